/**
 * attendance — one booked worker on one shift, from booking to arrival.
 *
 *   created ─▶ booked                 timers: reminders (around quiet hours), grace at start+grace;
 *                                     notify client visit.worker_coming; a replacement: notify
 *                                     coordinator (and after a no-show supervisor) covering
 *     booked ── reminder timer ─────▶ booked        send reminder
 *     booked ── HERE ───────────────▶ checked_in    send checkin.ok, record checked_in (+ late)
 *     booked ── DONE (after start) ─▶ checked_in    check-in inferred at the start, flagged;
 *                                                   record checked_in (completion answers DONE)
 *     booked ── LATE n ─────────────▶ booked        send late.ack, notify supervisor late.supervisor,
 *                                                   deadline moved to start+n+grace (not past the end)
 *     booked / drop_pending / nudged ── not well ("I'm sick") ▶ dropped
 *                                                   as a confirmed DROP, but sends drop.unwell
 *                                                   (the organisation's support line, if any)
 *                                                   and records the drop with reason unwell
 *     booked ── DROP ───────────────▶ drop_pending  send drop.confirm
 *       drop_pending ── DROP ───────▶ dropped       send drop.done, releaseSeat, offerNext urgent,
 *                                                   record drop, notify client visit.replacing,
 *                                                   notify coordinator programme.dropped (a programme slot)
 *       drop_pending ── HERE ───────▶ checked_in
 *       drop_pending ── other reply ▶ booked
 *     booked ── grace timer ────────▶ nudged        send nudge, timer no-show in N min
 *       nudged ── HERE ─────────────▶ checked_in    (+ record late)
 *       nudged ── LATE n / YES ─────▶ booked        as LATE, deadline moved
 *       nudged ── DROP / NO ────────▶ dropped
 *       nudged ── no-show timer ────▶ no_show       send noshow.worker, notify supervisor and
 *                                                   coordinator, record no_show, releaseSeat,
 *                                                   offerNext urgent, notify client visit.replacing
 *       no_show ── HERE (before the end) ▶ arrived_after_no_show
 *                                                   send noshow.arrived.worker (not booked: check
 *                                                   with the supervisor), notify supervisor and
 *                                                   coordinator noshow.arrived.*
 *     booked / drop_pending / nudged ── worker opted out (STOP), the organisation's
 *                                       placeOnWorkerOptOut says:
 *       release ────────────────────▶ opted_out     notify coordinator opted_out.released,
 *                                                   releaseSeat, offerNext urgent, notify client
 *       keep ───────────────────────▶ (stays)       notify coordinator opted_out.kept
 *
 * checked_in, dropped, arrived_after_no_show and opted_out are final (their pending timers are
 * cancelled); no_show waits only for a late HERE. The completion
 * flow takes over once the worker is checked in. The client is notified only when the shift has
 * one; a replacement's own attendance flow then tells them who is coming instead.
 */
import {
  cancelTimer,
  notify,
  offerNext,
  record,
  releaseSeat,
  send,
  setTimer,
} from '../src/engine/effects';
import { defineFlow, type On } from '../src/engine/flow';
import {
  firstCheckInDeadline,
  graceTimerId,
  reminderTimerId,
  reminderTimers,
  shiftVars,
  supervisorVars,
  type AttendanceContext,
  type AttendanceEvent,
  type AttendanceState,
} from './attendance-context';
import { notifyClient } from './shift-facts';
import {
  backToBooked,
  arrivedAfterNoShow,
  checkIn,
  doneWithoutCheckIn,
  coverNotices,
  drop,
  dropUnwell,
  lateBy,
  nudge,
  onTheWay,
  optedOut,
  recordData,
  reminder,
} from './attendance-transitions';

export * from './attendance-context';

type Ctx = AttendanceContext;

/** What a booked worker (or one asked to confirm a drop) may do. */
const whileBooked: On<Ctx, AttendanceEvent, AttendanceState> = {
  'timer.reminder': reminder,
  'timer.grace': nudge,
  'reply.here': checkIn,
  'reply.done': doneWithoutCheckIn,
  'reply.late': lateBy,
  'reply.unwell': dropUnwell,
  'worker.opted_out': optedOut,
};

export const attendanceFlow = defineFlow<Ctx, AttendanceEvent, AttendanceState>({
  id: 'attendance',
  initial: 'booked',
  key: (c) => `assignment:${c.assignmentId}:attendance`,
  start: {
    assign: (c, now) => ({
      graceAt: firstCheckInDeadline(c, now).toISOString(),
      graceRound: 0,
    }),
    effects: (c, now) => [
      ...reminderTimers(c, now),
      setTimer(graceTimerId(c), new Date(c.graceAt), { type: 'timer.grace' }),
      ...notifyClient(c, 'visit.worker_coming'),
      ...coverNotices(c),
    ],
  },
  states: {
    booked: {
      on: {
        ...whileBooked,
        'reply.drop': [
          {
            target: 'drop_pending',
            effects: (c) => [send(c.personId, 'drop.confirm', shiftVars(c))],
          },
        ],
      },
    },
    drop_pending: {
      on: {
        ...whileBooked,
        'reply.drop': drop,
        'reply.yes': backToBooked,
        'reply.no': backToBooked,
        'reply.other': backToBooked,
      },
    },
    nudged: {
      on: {
        'reply.here': checkIn,
        'reply.done': doneWithoutCheckIn,
        'reply.late': lateBy,
        'reply.unwell': dropUnwell,
        'worker.opted_out': optedOut,
        'reply.yes': onTheWay,
        'reply.drop': drop,
        'reply.no': drop,
        'timer.noshow': [
          {
            target: 'no_show',
            effects: (c) => [
              send(c.personId, 'noshow.worker', shiftVars(c)),
              notify('supervisor', c.shiftId, 'noshow.supervisor', supervisorVars(c), {
                urgent: true,
              }),
              notify('coordinator', c.shiftId, 'noshow.coordinator', supervisorVars(c), {
                urgent: true,
              }),
              record('no_show', recordData(c)),
              releaseSeat(c.shiftId, c.personId),
              offerNext(c.shiftId, true),
              ...notifyClient(c, 'visit.replacing', { urgent: true }),
              // no_show still waits for a late HERE, so nothing else may fire in it.
              ...c.reminderMinutesBefore.map((m) => cancelTimer(reminderTimerId(c, m))),
            ],
          },
        ],
      },
    },
    checked_in: { final: true },
    dropped: { final: true },
    no_show: { on: { 'reply.here': arrivedAfterNoShow } },
    arrived_after_no_show: { final: true },
    opted_out: { final: true },
  },
});
