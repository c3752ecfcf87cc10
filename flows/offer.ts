/**
 * offer — one shift offered to one person.
 *
 *   created ─▶ offered            send offer.new (offer.urgent), timer expire
 *     offered ── YES ──────────▶ claiming           claimSeat
 *       claiming ── seat.claimed ──────▶ accepted   send offer.accepted
 *       claiming ── seat.already_held ─▶ accepted   send offer.accepted
 *       claiming ── seat.full ─────────▶ filled     send offer.filled
 *       claiming ── shift.cancelled ───▶ withdrawn  releaseSeat, send offer.withdrawn
 *     offered ── NO ───────────▶ declined           send offer.declined, offerNext
 *     offered ── expire timer ─▶ expired            send offer.expired, offerNext
 *     offered ── shift.filled ─▶ filled             send offer.filled
 *     offered ── shift.cancelled ─▶ withdrawn       send offer.withdrawn
 *
 * Entering any final state cancels the expiry timer. A YES after that is answered by the
 * conversation layer from the `final_state` reason.
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
  place: string;
  /** A replacement for a no-show or drop. */
  urgent: boolean;
  expiresAt: string;
  seat: number | null;
}

export type OfferEvent =
  | { type: 'reply.yes' }
  | { type: 'reply.no' }
  | { type: 'timer.expire'; timerId: string }
  | { type: 'seat.claimed'; seat: number }
  | { type: 'seat.full' }
  | { type: 'seat.already_held' }
  | { type: 'shift.filled' }
  | { type: 'shift.cancelled' };

export type OfferState =
  'offered' | 'claiming' | 'accepted' | 'filled' | 'declined' | 'expired' | 'withdrawn';

export const expiryTimerId = (c: OfferContext): string => `offer:${c.offerId}:expire`;

const vars = (c: OfferContext): MessageVars => ({
  code: c.code,
  shiftStart: c.shiftStart,
  shiftEnd: c.shiftEnd,
  place: c.place,
});

const accepted = {
  target: 'accepted',
  effects: (c: OfferContext) => [
    send(c.personId, 'offer.accepted', {
      ...vars(c),
      ...(c.seat === null ? {} : { seat: c.seat }),
    }),
  ],
} as const;

const filled = {
  target: 'filled',
  effects: (c: OfferContext) => [send(c.personId, 'offer.filled', vars(c))],
} as const;

export const offerFlow = defineFlow<OfferContext, OfferEvent, OfferState>({
  id: 'offer',
  initial: 'offered',
  key: (c) => `offer:${c.offerId}`,
  start: {
    effects: (c) => [
      send(
        c.personId,
        c.urgent ? 'offer.urgent' : 'offer.new',
        { ...vars(c), expiresAt: c.expiresAt },
        {
          urgent: c.urgent,
        },
      ),
      setTimer(expiryTimerId(c), new Date(c.expiresAt), { type: 'timer.expire' }),
    ],
  },
  states: {
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
        'seat.full': [filled],
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
