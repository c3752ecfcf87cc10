import type { MessageKey } from './message-keys';

/** Who a `send` goes to; the executor loads the person's number, channel and language. */
export interface PersonRef {
  personId: string;
}

/**
 * Anything that moves a flow: a reply intent, a timer firing, an executor answer, an API call.
 * A timer event carries the id of the timer that produced it.
 */
export interface FlowEvent {
  type: string;
  timerId?: string;
}

/** Raw values for a message (ISO instants, names, codes); formatting happens at send time. */
export type MessageVars = Record<string, string | number>;

export type RecordKind = 'checked_in' | 'late' | 'no_show' | 'drop' | 'hours_confirmed' | 'dispute';

export type RecordData = Record<string, string | number | boolean | null>;

/** How a visit dialog ends: each closes the dialog; all but 'close' also act on it. */
export type VisitAction = 'book' | 'move' | 'call_off' | 'hand_off' | 'close';

export type NotifyRole = 'supervisor' | 'coordinator' | 'client';

/**
 * What a transition asks the world to do. One executor runs them; the engine never does.
 * Effects that are not idempotent by nature carry a `dedupeKey` (`<entity>:<version>:<n>`).
 */
export type Effect =
  | {
      type: 'send';
      to: PersonRef;
      message: MessageKey;
      vars: MessageVars;
      urgent?: boolean;
      dedupeKey: string;
    }
  | { type: 'setTimer'; id: string; at: Date; event: FlowEvent }
  | { type: 'cancelTimer'; id: string }
  /** Answered by `seat.claimed {seat}`, `seat.full` or `seat.already_held`. */
  | { type: 'claimSeat'; shiftId: string; personId: string }
  | { type: 'releaseSeat'; shiftId: string; personId: string }
  /** The executor ranks candidates and offers the shift to the next `count` of them. */
  | { type: 'offerNext'; shiftId: string; urgent: boolean; count: number; dedupeKey: string }
  | {
      type: 'notify';
      role: NotifyRole;
      shiftId: string;
      message: MessageKey;
      vars: MessageVars;
      urgent?: boolean;
      dedupeKey: string;
    }
  /** A ledger, reliability or audit fact. */
  | { type: 'record'; kind: RecordKind; data: RecordData; dedupeKey: string }
  /** Ends a client's visit dialog: books, moves or calls off what it agreed, or hands it over. */
  | { type: 'visit'; action: VisitAction; requestId: string; dedupeKey: string }
  /** A visit nobody has taken yet: its client is offered other times, its coordinator told. */
  | { type: 'visitUnfilled'; shiftId: string; dedupeKey: string };

type WithoutDedupeKey<T> = T extends { dedupeKey: string } ? Omit<T, 'dedupeKey'> : T;

/** An effect as a flow writes it; the engine stamps the dedupe key. */
export type EffectDraft = WithoutDedupeKey<Effect>;

export interface Snapshot<Ctx> {
  flow: string;
  state: string;
  context: Ctx;
  /** Incremented on every handled event; (entity, version) is unique in the change log. */
  version: number;
  /** Timers set and neither fired nor cancelled; a timer event whose id is not here is stale. */
  pendingTimers: string[];
}

export type UnhandledReason = 'not_accepted' | 'guard_failed' | 'final_state' | 'stale_timer';

export type TransitionResult<Ctx> =
  | { handled: true; snapshot: Snapshot<Ctx>; effects: Effect[] }
  | { handled: false; reason: UnhandledReason; state: string };

export interface StartResult<Ctx> {
  snapshot: Snapshot<Ctx>;
  effects: Effect[];
}
