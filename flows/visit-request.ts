/**
 * visit-request — a client's dialog about a visit: asking for one (or a series), moving one or
 * calling one off. The conversation layer reads each text (src/conversation/act-on-client-text.ts)
 * and works out the next step from the draft and the organisation's rules; this flow decides what
 * that means for the dialog.
 *
 *   created ─▶ asking                                    timer expire
 *     asking|confirming ── understood, step asks ─────▶ asking      send the step's question
 *     asking|confirming ── understood, step confirms ─▶ confirming  send the summary
 *     asking|confirming ── unclear (first) ───────────▶ (stays)     send the question again
 *     asking|confirming ── unclear (second running) ──▶ handed_off  send visit.handed_off,
 *                                                                  hand to a coordinator
 *     confirming ── YES ──▶ booked | moved | called_off (by purpose), which books, moves or calls off
 *     asking|confirming ── NO ────────────────────────▶ dropped     send visit.dropped.*
 *     asking|confirming ── expire timer ──────────────▶ expired     send visit.expired (nothing
 *                                                                  when Shiftline offered it)
 *
 * Each text the client sends pushes the expiry back. Every final state closes the dialog.
 */
import type { AnswerExpected, VisitRequestDraft } from '../src/conversation/visit-request/types';
import { addMinutes } from '../src/domain/zoned-time';
import { cancelTimer, send, setTimer, visitAction } from '../src/engine/effects';
import { defineFlow, type TransitionDef } from '../src/engine/flow';
import type { MessageKey } from '../src/engine/message-keys';
import type { EffectDraft, MessageVars } from '../src/engine/types';

export type VisitPurpose = 'book' | 'move' | 'call_off';

/** A draft as the change log stores it: instants as ISO strings. */
export type StoredDraft = Omit<VisitRequestDraft, 'start' | 'end'> & {
  start?: string;
  end?: string;
};

/** What the dialog says next, and how the answer to it is read. */
export interface VisitStep {
  /** 'confirm': the summary waits for YES or a change. */
  expecting: AnswerExpected;
  /** The numbered options the question offers (service ids, ISO starts). */
  choices: string[];
  message: MessageKey;
  /** The same question after an answer that was not understood. */
  again: MessageKey;
  vars: MessageVars;
}

export interface VisitRequestContext {
  requestId: string;
  clientId: string;
  purpose: VisitPurpose;
  draft: StoredDraft | null;
  /** The last thing asked; null until a text was understood. */
  step: VisitStep | null;
  /** Texts in a row that were not understood; the second hands the dialog to a coordinator. */
  unclearTexts: number;
  /** Texts heard so far: names the current expiry timer. */
  turn: number;
  expiryMinutes: number;
  /** Opened by Shiftline, not the client (a visit nobody has taken): it expires without a note. */
  offered?: true;
}

export type VisitRequestEvent =
  | { type: 'client.understood'; draft: StoredDraft; step: VisitStep }
  | { type: 'client.unclear' }
  | { type: 'client.yes' }
  | { type: 'client.no' }
  | { type: 'timer.expire'; timerId: string };

export type VisitRequestState =
  | 'asking'
  | 'confirming'
  | 'booked'
  | 'moved'
  | 'called_off'
  | 'handed_off'
  | 'dropped'
  | 'expired';

export function visitRequestContext(
  input: Pick<VisitRequestContext, 'requestId' | 'clientId' | 'purpose' | 'expiryMinutes'>,
): VisitRequestContext {
  return { ...input, draft: null, step: null, unclearTexts: 0, turn: 0 };
}

const expiryTimerId = (c: VisitRequestContext, turn = c.turn): string =>
  `visit:${c.requestId}:expire:${turn}`;

/** The dialog heard the client: the expiry starts again from now. */
function pushBackExpiry(c: VisitRequestContext, now: Date): EffectDraft[] {
  return [
    cancelTimer(expiryTimerId(c, c.turn - 1)),
    setTimer(expiryTimerId(c), addMinutes(now, c.expiryMinutes), { type: 'timer.expire' }),
  ];
}

type Transition<E extends VisitRequestEvent['type']> = TransitionDef<
  VisitRequestContext,
  Extract<VisitRequestEvent, { type: E }>,
  VisitRequestState
>;

const took = (c: VisitRequestContext, e: { draft: StoredDraft; step: VisitStep }) => ({
  draft: e.draft,
  step: e.step,
  unclearTexts: 0,
  turn: c.turn + 1,
});

const say: Transition<'client.understood'>['effects'] = (c, e, now) => [
  send(c.clientId, e.step.message, e.step.vars),
  ...pushBackExpiry(c, now),
];

const understood: Transition<'client.understood'>[] = [
  {
    guard: (_c, e) => e.step.expecting === 'confirm',
    target: 'confirming',
    assign: took,
    effects: say,
  },
  { target: 'asking', assign: took, effects: say },
];

const unclear: Transition<'client.unclear'>[] = [
  {
    guard: (c) => c.unclearTexts >= 1,
    target: 'handed_off',
    effects: (c) => [
      send(c.clientId, 'visit.handed_off', {}),
      visitAction(c.requestId, 'hand_off'),
    ],
  },
  {
    assign: (c) => ({ unclearTexts: c.unclearTexts + 1, turn: c.turn + 1 }),
    effects: (c, _e, now) => [
      c.step
        ? send(c.clientId, c.step.again, c.step.vars)
        : send(c.clientId, 'visit.again.request', {}),
      ...pushBackExpiry(c, now),
    ],
  },
];

const dropped: Transition<'client.no'>[] = [
  {
    target: 'dropped',
    effects: (c) => [
      send(c.clientId, c.purpose === 'book' ? 'visit.dropped.book' : 'visit.dropped.change', {}),
      visitAction(c.requestId, 'close'),
    ],
  },
];

const expired: Transition<'timer.expire'>[] = [
  {
    guard: (c) => c.offered === true,
    target: 'expired',
    effects: (c) => [visitAction(c.requestId, 'close')],
  },
  {
    target: 'expired',
    effects: (c) => [send(c.clientId, 'visit.expired', {}), visitAction(c.requestId, 'close')],
  },
];

const agreed = (purpose: VisitPurpose, target: VisitRequestState): Transition<'client.yes'> => ({
  guard: (c) => c.purpose === purpose,
  target,
  effects: (c) => [visitAction(c.requestId, purpose)],
});

export const visitRequestFlow = defineFlow<
  VisitRequestContext,
  VisitRequestEvent,
  VisitRequestState
>({
  id: 'visit-request',
  initial: 'asking',
  key: (c) => `visit:${c.requestId}`,
  start: {
    effects: (c, now) => [
      setTimer(expiryTimerId(c), addMinutes(now, c.expiryMinutes), { type: 'timer.expire' }),
    ],
  },
  states: {
    asking: {
      on: {
        'client.understood': understood,
        'client.unclear': unclear,
        'client.no': dropped,
        'timer.expire': expired,
      },
    },
    confirming: {
      on: {
        'client.yes': [
          agreed('book', 'booked'),
          agreed('move', 'moved'),
          agreed('call_off', 'called_off'),
        ],
        'client.understood': understood,
        'client.unclear': unclear,
        'client.no': dropped,
        'timer.expire': expired,
      },
    },
    booked: { final: true },
    moved: { final: true },
    called_off: { final: true },
    handed_off: { final: true },
    dropped: { final: true },
    expired: { final: true },
  },
});
