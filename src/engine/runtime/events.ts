import {
  attendanceFlow,
  type AttendanceContext,
  type AttendanceEvent,
} from '../../../flows/attendance';
import { completionFlow, type CompletionContext } from '../../../flows/completion';
import { offerFlow, type OfferContext } from '../../../flows/offer';
import { attendanceEntity, completionEntity, offerEntity } from './entities';
import { applyEvent } from './store';
import type { ApplyResult, Cause, EngineRuntime } from './types';

export { cancelShift, postShift, type PostShiftInput } from './shifts';

/** The conversation layer's way in: one function per thing a person can say to a flow. */

/** YES or NO to an offer. YES takes a place only if one is free. */
export function replyToOffer(
  runtime: EngineRuntime,
  offerId: string,
  intent: 'yes' | 'no',
  cause: Cause,
): Promise<ApplyResult<OfferContext>> {
  const event = { type: intent === 'yes' ? 'reply.yes' : 'reply.no' } as const;
  return applyEvent(runtime, offerFlow, offerEntity(offerId), event, cause);
}

export type AssignmentReply = Extract<
  AttendanceEvent,
  {
    type:
      | 'reply.here'
      | 'reply.done'
      | 'reply.late'
      | 'reply.drop'
      | 'reply.yes'
      | 'reply.no'
      | 'reply.other';
  }
>;

/**
 * HERE, LATE n, DROP, YES/NO to "are you on your way?" / "drop this shift?", or DONE before
 * any HERE (the check-in it implies).
 */
export function replyToAssignment(
  runtime: EngineRuntime,
  assignmentId: string,
  event: AssignmentReply,
  cause: Cause,
): Promise<ApplyResult<AttendanceContext>> {
  return applyEvent(runtime, attendanceFlow, attendanceEntity(assignmentId), event, cause);
}

/** DONE, optionally with hours and a note. */
export function reportDone(
  runtime: EngineRuntime,
  assignmentId: string,
  report: { hours?: number; note?: string },
  cause: Cause,
): Promise<ApplyResult<CompletionContext>> {
  const event = {
    type: 'reply.done' as const,
    ...(report.hours === undefined ? {} : { hours: report.hours }),
    ...(report.note === undefined ? {} : { note: report.note }),
  };
  return applyEvent(runtime, completionFlow, completionEntity(assignmentId), event, cause);
}

/** The supervisor's OK or NO to a worker's reported hours. */
export function supervisorAnswer(
  runtime: EngineRuntime,
  assignmentId: string,
  answer: 'ok' | 'no',
  cause: Cause,
  reason?: string,
): Promise<ApplyResult<CompletionContext>> {
  const event =
    answer === 'ok'
      ? ({ type: 'supervisor.ok' } as const)
      : { type: 'supervisor.no' as const, ...(reason ? { reason } : {}) };
  return applyEvent(runtime, completionFlow, completionEntity(assignmentId), event, cause);
}
