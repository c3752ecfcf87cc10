/**
 * visit-unfilled — watches one visit a client booked until its notice time.
 *
 *   created ─▶ watching                      timer notice at noticeAt
 *     watching ── notice timer ─▶ noticed    visitUnfilled: if nobody has taken the visit yet,
 *                                            the client is offered other times (a reply picks
 *                                            one, in a move dialog) and the coordinator is told
 *
 * Whether the visit is still open is read when the timer fires, not tracked here: a visit filled,
 * moved or called off before then makes the effect do nothing.
 */
import { setTimer, visitUnfilled } from '../src/engine/effects';
import { defineFlow } from '../src/engine/flow';

export interface VisitUnfilledContext {
  shiftId: string;
  /** When the client and coordinator are told (ISO): see `unfilledNoticeAt`. */
  noticeAt: string;
}

export type VisitUnfilledEvent = { type: 'timer.notice'; timerId: string };

export type VisitUnfilledState = 'watching' | 'noticed';

export const noticeTimerId = (c: VisitUnfilledContext): string => `visit-unfilled:${c.shiftId}`;

export const visitUnfilledFlow = defineFlow<
  VisitUnfilledContext,
  VisitUnfilledEvent,
  VisitUnfilledState
>({
  id: 'visit-unfilled',
  initial: 'watching',
  key: (c) => `shift:${c.shiftId}:unfilled`,
  start: {
    effects: (c) => [setTimer(noticeTimerId(c), new Date(c.noticeAt), { type: 'timer.notice' })],
  },
  states: {
    watching: {
      on: {
        'timer.notice': [{ target: 'noticed', effects: (c) => [visitUnfilled(c.shiftId)] }],
      },
    },
    noticed: { final: true },
  },
});
