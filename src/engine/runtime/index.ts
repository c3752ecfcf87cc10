/** The engine's I/O side: runs the pure flows against MongoDB and BullMQ. */
export { loadSnapshot, startFlow, applyEvent, applyStoredEvent } from './store';
export { dispatch, runEffects } from './dispatcher';
export {
  postShift,
  cancelShift,
  replyToOffer,
  replyToAssignment,
  reportDone,
  supervisorAnswer,
  type PostShiftInput,
  type AssignmentReply,
} from './events';
export {
  openOffersFor,
  recentOffersFor,
  activeAssignmentsFor,
  pendingConfirmationsFor,
  type OpenOffer,
  type RecentOffer,
  type ActiveAssignment,
  type PendingConfirmation,
} from './queries';
export { offerEntity, attendanceEntity, completionEntity } from './entities';
export { messageVars, type RenderContext } from './message-vars';
export { randomCode } from './short-codes';
export { scheduleTimerJob, timerJobId, type TimerJob } from './timer-jobs';
export { EntityBusyError } from './entity-busy-error';
export type {
  ApplyOptions,
  ApplyResult,
  Cause,
  ChangeRecord,
  EngineRuntime,
  NotHandledReason,
  StartOutcome,
} from './types';
