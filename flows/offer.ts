/**
 * offer — one shift offered to one person.
 *
 *   created ─▶ offered            send offer.new (offer.urgent, offer.invited), timer expire at expiresAt
 *   created ─▶ held               (sendAt still to come: the recipient's quiet hours) timer send
 *     held ── send timer ──────▶ offered            send offer.new (offer.urgent), timer expire
 *     held ── shift.filled ────▶ filled             (nothing: they never saw it)
 *     held ── shift.cancelled ─▶ withdrawn          (nothing: they never saw it)
 *     offered ── YES ──────────▶ claiming           claimSeat
 *       claiming ── seat.claimed ──────▶ accepted   send offer.accepted
 *       claiming ── seat.already_held ─▶ accepted   send offer.accepted
 *       claiming ── seat.full ─────────▶ filled     send offer.filled (a programme's: nothing,
 *                                                   the wait list tells them their place)
 *       claiming ── shift.cancelled ───▶ withdrawn  releaseSeat, send offer.withdrawn
 *     offered ── NO ───────────▶ declined           send offer.declined, offerNext
 *     offered ── expire timer ─▶ expired            send offer.expired, offerNext
 *     offered ── shift.filled ─▶ filled             send offer.filled (a programme's:
 *                                                   offer.filled_wait_list, "reply YES to wait")
 *     offered ── shift.cancelled ─▶ withdrawn       send offer.withdrawn
 *
 * An offer names the shift's `area` where it has one (a client's home visit: not the street);
 * offer.accepted, to the one now booked, gives the full place and how to get in.
 *
 * Entering any final state cancels the expiry timer. A YES after that is answered by the
 * conversation layer from the `final_state` reason. `expiresAt` is counted from `sendAt`, so an
 * offer held until the morning is open as long as one sent at once.
 */
import { defineFlow } from '../src/engine/flow';
import { claimSeat, offerNext, releaseSeat, send, setTimer } from '../src/engine/effects';
import type { MessageVars } from '../src/engine/types';

export interface OfferContext {
  offerId: string;
  shiftId: string;
  personId: string;
  /** Short code the person can quote when several prompts are open ("YES K7P"). */
  code: string;
  shiftStart: string;
  shiftEnd: string;
  /** Where: told in full once booked. */
  place: string;
  /** What the offer shows instead of the place, if anything (a client's area, not their street). */
  area?: string;
  /** How to get in: told once booked. */
  accessNotes?: string;
  /** A replacement for a no-show or drop. */
  urgent: boolean;
  /** A programme's slot: a YES that finds it full joins its wait list. */
  waitList?: boolean;
  /** Made to the first person on the wait list, for a place that opened. */
  fromWaitList?: boolean;
  /**
   * Made because the organisation invited this person from its candidate search: the offer says
   * so, with the organisation's own words when it gave any.
   */
  invited?: { words?: string };
  /** When it is texted: at once, or when the recipient's quiet hours end (offerSendTime). */
  sendAt: string;
  expiresAt: string;
  seat: number | null;
}

export type OfferEvent =
  | { type: 'reply.yes' }
  | { type: 'reply.no' }
  | { type: 'timer.send'; timerId: string }
  | { type: 'timer.expire'; timerId: string }
  | { type: 'seat.claimed'; seat: number }
  | { type: 'seat.full' }
  | { type: 'seat.already_held' }
  | { type: 'shift.filled' }
  | { type: 'shift.cancelled' };

export type OfferState =
  'held' | 'offered' | 'claiming' | 'accepted' | 'filled' | 'declined' | 'expired' | 'withdrawn';

export const expiryTimerId = (c: OfferContext): string => `offer:${c.offerId}:expire`;
export const sendTimerId = (c: OfferContext): string => `offer:${c.offerId}:send`;

const heldAt = (c: OfferContext, now: Date): boolean => new Date(c.sendAt) > now;

const vars = (c: OfferContext): MessageVars => ({
  code: c.code,
  shiftStart: c.shiftStart,
  shiftEnd: c.shiftEnd,
  place: c.area ?? c.place,
});

const accepted = {
  target: 'accepted',
  effects: (c: OfferContext) => [
    send(c.personId, 'offer.accepted', {
      ...vars(c),
      place: c.place,
      ...(c.accessNotes ? { access: c.accessNotes } : {}),
      ...(c.seat === null ? {} : { seat: c.seat }),
    }),
  ],
} as const;

const offerKey = (c: OfferContext) =>
  c.invited
    ? c.invited.words
      ? 'offer.invited_words'
      : 'offer.invited'
    : c.fromWaitList
      ? c.urgent
        ? 'offer.wait_list_urgent'
        : 'offer.wait_list'
      : c.urgent
        ? 'offer.urgent'
        : 'offer.new';

const sendOffer = (c: OfferContext) => [
  send(
    c.personId,
    offerKey(c),
    { ...vars(c), expiresAt: c.expiresAt, ...(c.invited?.words && { words: c.invited.words }) },
    { urgent: c.urgent },
  ),
  setTimer(expiryTimerId(c), new Date(c.expiresAt), { type: 'timer.expire' }),
];

const filled = {
  target: 'filled',
  effects: (c: OfferContext) => [
    send(c.personId, c.waitList ? 'offer.filled_wait_list' : 'offer.filled', vars(c)),
  ],
} as const;

/** A YES that lost the last place: on a programme's slot, the wait list answers it alone. */
const lostClaim = {
  target: 'filled',
  effects: (c: OfferContext) => (c.waitList ? [] : [send(c.personId, 'offer.filled', vars(c))]),
} as const;

export const offerFlow = defineFlow<OfferContext, OfferEvent, OfferState>({
  id: 'offer',
  initial: 'offered',
  key: (c) => `offer:${c.offerId}`,
  start: {
    state: (c, now) => (heldAt(c, now) ? 'held' : 'offered'),
    effects: (c, now) =>
      heldAt(c, now)
        ? [setTimer(sendTimerId(c), new Date(c.sendAt), { type: 'timer.send' })]
        : sendOffer(c),
  },
  states: {
    held: {
      on: {
        'timer.send': [{ target: 'offered', effects: sendOffer }],
        'shift.filled': [{ target: 'filled' }],
        'shift.cancelled': [{ target: 'withdrawn' }],
      },
    },
    offered: {
      on: {
        'reply.yes': [{ target: 'claiming', effects: (c) => [claimSeat(c.shiftId, c.personId)] }],
        'reply.no': [
          {
            target: 'declined',
            effects: (c) => [
              send(c.personId, 'offer.declined', vars(c)),
              offerNext(c.shiftId, c.urgent),
            ],
          },
        ],
        'timer.expire': [
          {
            target: 'expired',
            effects: (c) => [
              send(c.personId, 'offer.expired', vars(c)),
              offerNext(c.shiftId, c.urgent),
            ],
          },
        ],
        'shift.filled': [filled],
        'shift.cancelled': [
          { target: 'withdrawn', effects: (c) => [send(c.personId, 'offer.withdrawn', vars(c))] },
        ],
      },
    },
    claiming: {
      on: {
        'seat.claimed': [{ ...accepted, assign: (_c, e) => ({ seat: e.seat }) }],
        // The claim was replayed after the seat was taken for this person: they hold it.
        'seat.already_held': [accepted],
        'seat.full': [lostClaim],
        'shift.cancelled': [
          {
            target: 'withdrawn',
            effects: (c) => [
              releaseSeat(c.shiftId, c.personId),
              send(c.personId, 'offer.withdrawn', vars(c)),
            ],
          },
        ],
      },
    },
    accepted: { final: true },
    filled: { final: true },
    declined: { final: true },
    expired: { final: true },
    withdrawn: { final: true },
  },
});
