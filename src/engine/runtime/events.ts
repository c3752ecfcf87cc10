import {
  attendanceFlow,
  type AttendanceContext,
  type AttendanceEvent,
} from '../../../flows/attendance';
import { completionFlow, type CompletionContext } from '../../../flows/completion';
import { offerFlow, type OfferContext } from '../../../flows/offer';
import type { Types } from 'mongoose';
import { attendanceEntity, completionEntity, offerEntity } from './entities';
import { eachLimit } from './concurrently';
import { releasesPlaceOnOptOut } from './organisation-settings';
import { applyEvent } from './store';
import type { ApplyResult, Cause, EngineRuntime } from './types';

export { cancelShift, postShift, type PostShiftInput } from './shifts';
export { inviteToShift } from './effects/offer-next';

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
      | 'reply.unwell'
      | 'reply.yes'
      | 'reply.no'
      | 'reply.other';
  }
>;

/**
 * HERE, LATE n, DROP, not well ("I'm sick"), YES/NO to "are you on your way?" / "drop this shift?", or DONE before
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

/**
 * The person opted out of texts from `organisation`'s numbers (or from every number: undefined).
 * Each place they hold on its shifts still to come is told, as that organisation's
 * placeOnWorkerOptOut says; a place already checked into or given up takes no notice.
 */
export async function workerOptedOut(
  runtime: EngineRuntime,
  personId: Types.ObjectId,
  organisation: Types.ObjectId | undefined,
  cause: Cause,
): Promise<void> {
  const { Assignment, Shift } = runtime.models;
  const places = await Assignment.find({ person: personId }, { shift: 1 }).lean();
  if (places.length === 0) return;
  // Two reads however long their record: their places, then which of those shifts are to come.
  const coming = await Shift.find(
    { _id: { $in: places.map((p) => p.shift) }, end: { $gt: runtime.clock.now() } },
    { organisation: 1 },
  ).lean();
  await eachLimit(coming, 4, async (shift) => {
    if (organisation && !shift.organisation.equals(organisation)) return;
    const place = places.find((p) => p.shift.equals(shift._id))!;
    const owner = await runtime.directory.organisationOrFail(shift.organisation);
    const event = { type: 'worker.opted_out', release: releasesPlaceOnOptOut(owner) } as const;
    await applyEvent(runtime, attendanceFlow, attendanceEntity(place._id.toString()), event, cause);
  });
}
