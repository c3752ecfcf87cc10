import { notify } from '../src/engine/effects';
import type { MessageKey } from '../src/engine/message-keys';
import type { EffectDraft, MessageVars } from '../src/engine/types';

/** What every per-assignment flow knows about the shift and the worker it is about. */
export interface ShiftFacts {
  assignmentId: string;
  shiftId: string;
  personId: string;
  workerName: string;
  shiftStart: string;
  shiftEnd: string;
  place: string;
  /** The person the visit is for, when the shift has one: they are told who is coming. */
  clientId?: string;
  /** A guaranteed-work programme's slot: its coordinator hears when a place is dropped. */
  programmeSlot?: boolean;
}

/** The worker named, with the visit's time and place: what the client is told. */
export const clientVars = (c: ShiftFacts): MessageVars => ({
  name: c.workerName,
  shiftStart: c.shiftStart,
  shiftEnd: c.shiftEnd,
  place: c.place,
});

/** The coordinator told that a programme slot was dropped; nothing for other shifts. */
export function notifyCoordinatorOfDrop(c: ShiftFacts): EffectDraft[] {
  return c.programmeSlot
    ? [notify('coordinator', c.shiftId, 'programme.dropped', clientVars(c))]
    : [];
}

/** A text to the shift's client about this worker; nothing when the shift has no client. */
export function notifyClient(
  c: ShiftFacts,
  message: MessageKey,
  options: { urgent?: boolean } = {},
): EffectDraft[] {
  return c.clientId ? [notify('client', c.shiftId, message, clientVars(c), options)] : [];
}
