import type {
  EffectDraft,
  FlowEvent,
  MessageVars,
  NotifyRole,
  RecordData,
  RecordKind,
  VisitAction,
} from './types';
import type { MessageKey } from './message-keys';

/** Builders that keep flow files reading like the conversation. */

export function send(
  personId: string,
  message: MessageKey,
  vars: MessageVars,
  options: { urgent?: boolean } = {},
): EffectDraft {
  return { type: 'send', to: { personId }, message, vars, ...options };
}

export function notify(
  role: NotifyRole,
  shiftId: string,
  message: MessageKey,
  vars: MessageVars,
  options: { urgent?: boolean } = {},
): EffectDraft {
  return { type: 'notify', role, shiftId, message, vars, ...options };
}

/** The timer's event carries the timer id, so a fired timer can be told from a stale one. */
export function setTimer<T extends FlowEvent>(id: string, at: Date, event: T): EffectDraft {
  return { type: 'setTimer', id, at, event: { ...event, timerId: id } };
}

export function cancelTimer(id: string): EffectDraft {
  return { type: 'cancelTimer', id };
}

export function claimSeat(shiftId: string, personId: string): EffectDraft {
  return { type: 'claimSeat', shiftId, personId };
}

export function releaseSeat(shiftId: string, personId: string): EffectDraft {
  return { type: 'releaseSeat', shiftId, personId };
}

export function offerNext(shiftId: string, urgent: boolean, count = 1): EffectDraft {
  return { type: 'offerNext', shiftId, urgent, count };
}

export function record(kind: RecordKind, data: RecordData): EffectDraft {
  return { type: 'record', kind, data };
}

export function visitAction(requestId: string, action: VisitAction): EffectDraft {
  return { type: 'visit', action, requestId };
}

export function visitUnfilled(shiftId: string): EffectDraft {
  return { type: 'visitUnfilled', shiftId };
}
