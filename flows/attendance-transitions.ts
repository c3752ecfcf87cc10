/** The attendance flow's transitions that more than one state shares. */
import { minutesBetween } from '../src/domain/hours';
import { addMinutes } from '../src/domain/zoned-time';
import {
  cancelTimer,
  notify,
  offerNext,
  record,
  releaseSeat,
  send,
  setTimer,
} from '../src/engine/effects';
import type { TransitionDef } from '../src/engine/flow';
import type { EffectDraft, MessageVars } from '../src/engine/types';
import { notifyClient, notifyCoordinatorOfDrop } from './shift-facts';
import {
  deadlineAfterLate,
  graceTimerId,
  isValidLate,
  noShowTimerId,
  shiftVars,
  supervisorVars,
  type AttendanceContext,
  type AttendanceEvent,
  type AttendanceState,
} from './attendance-context';

type Ctx = AttendanceContext;
export type Transitions<T extends AttendanceEvent['type'] = AttendanceEvent['type']> =
  TransitionDef<Ctx, Extract<AttendanceEvent, { type: T }>, AttendanceState>[];

export const recordData = (c: Ctx) => ({
  assignmentId: c.assignmentId,
  shiftId: c.shiftId,
  personId: c.personId,
});

const checkInEffects = (c: Ctx, now: Date): EffectDraft[] => {
  const start = new Date(c.shiftStart);
  const late = now.getTime() > addMinutes(start, c.graceMinutes).getTime();
  return [
    send(c.personId, 'checkin.ok', shiftVars(c)),
    record('checked_in', { ...recordData(c), at: now.toISOString() }),
    ...(late
      ? [record('late', { ...recordData(c), minutesLate: minutesBetween(start, now) })]
      : []),
  ];
};

export const checkIn: Transitions<'reply.here'> = [
  {
    guard: (c, _e, now) =>
      now.getTime() >= addMinutes(new Date(c.shiftStart), -c.checkInOpensMinutes).getTime(),
    target: 'checked_in',
    assign: (_c, _e, now) => ({ checkedInAt: now.toISOString() }),
    effects: (c, _e, now) => checkInEffects(c, now),
  },
];

/**
 * DONE once the shift has started, without HERE: checked in from the start, flagged so the
 * supervisor confirms knowing it. No text here: the completion flow answers the DONE.
 */
export const doneWithoutCheckIn: Transitions<'reply.done'> = [
  {
    guard: (c, _e, now) => now.getTime() >= new Date(c.shiftStart).getTime(),
    target: 'checked_in',
    assign: (c) => ({ checkedInAt: c.shiftStart, checkInInferred: true }),
    effects: (c) => [record('checked_in', { ...recordData(c), at: c.shiftStart, inferred: true })],
  },
];

/** HERE after the place went to someone else: they are not booked, and the staff must know. */
export const arrivedAfterNoShow: Transitions<'reply.here'> = [
  {
    guard: (c, _e, now) => now.getTime() < new Date(c.shiftEnd).getTime(),
    target: 'arrived_after_no_show',
    effects: (c) => [
      send(c.personId, 'noshow.arrived.worker', shiftVars(c)),
      notify('supervisor', c.shiftId, 'noshow.arrived.supervisor', supervisorVars(c), {
        urgent: true,
      }),
      notify('coordinator', c.shiftId, 'noshow.arrived.coordinator', supervisorVars(c), {
        urgent: true,
      }),
    ],
  },
];

/** Tell the supervisor; if the worker will come after the deadline, move it (and its timer). */
function runningLate(minutesOf: (e: AttendanceEvent) => number | undefined) {
  const valid = (e: AttendanceEvent) => {
    const minutes = minutesOf(e);
    return minutes === undefined || isValidLate(minutes);
  };
  const tell = (c: Ctx, e: AttendanceEvent): EffectDraft[] => {
    const minutes = minutesOf(e);
    const extra: MessageVars = minutes === undefined ? {} : { minutes };
    return [
      send(c.personId, 'late.ack', { ...shiftVars(c), ...extra }),
      notify('supervisor', c.shiftId, 'late.supervisor', { ...supervisorVars(c), ...extra }),
    ];
  };
  const movesDeadline = (c: Ctx, e: AttendanceEvent, now: Date) =>
    deadlineAfterLate(c, now, minutesOf(e)).getTime() > new Date(c.graceAt).getTime();
  const moved: Transitions[number] = {
    guard: (c, e, now) => valid(e) && movesDeadline(c, e, now),
    target: 'booked',
    assign: (c, e, now) => ({
      graceAt: deadlineAfterLate(c, now, minutesOf(e)).toISOString(),
      graceRound: c.graceRound + 1,
    }),
    effects: (c, e) => [
      ...tell(c, e),
      cancelTimer(graceTimerId(c, c.graceRound - 1)),
      cancelTimer(noShowTimerId(c, c.graceRound - 1)),
      setTimer(graceTimerId(c), new Date(c.graceAt), { type: 'timer.grace' }),
    ],
  };
  const kept: Transitions[number] = {
    guard: (_c, e) => valid(e),
    target: 'booked',
    effects: tell,
  };
  return [moved, kept];
}

export const lateBy = runningLate((e) => (e.type === 'reply.late' ? e.minutes : undefined));
export const onTheWay = runningLate(() => undefined);

/** The place is freed and offered again, urgently. */
const reoffer = (c: Ctx): EffectDraft[] => [
  releaseSeat(c.shiftId, c.personId),
  offerNext(c.shiftId, true),
];

/** The place is given up: the worker told, the place offered again, the drop recorded. */
const dropped = (message: 'drop.done' | 'drop.unwell', reason?: 'unwell'): Transitions => [
  {
    target: 'dropped',
    effects: (c, _e, now) => [
      send(c.personId, message, shiftVars(c)),
      ...reoffer(c),
      record('drop', {
        ...recordData(c),
        minutesBeforeStart: minutesBetween(now, new Date(c.shiftStart)),
        ...(reason ? { reason } : {}),
      }),
      ...notifyClient(c, 'visit.replacing'),
      ...notifyCoordinatorOfDrop(c),
    ],
  },
];

/** For DROP, and for NO to "are you on your way?". */
export const drop = dropped('drop.done');

/**
 * "I'm sick", "bad day": released at once, without asking to confirm, and recorded as a drop
 * with reason 'unwell', which ranking does not hold against them (src/domain/ranking.ts).
 */
export const dropUnwell = dropped('drop.unwell', 'unwell');

/**
 * The worker texted STOP: nothing more can reach them. The coordinator is told, and the place is
 * re-offered as after a drop (not recorded as one: opting out is not letting a shift down) or
 * kept for the coordinator to follow up, as the organisation chose.
 */
export const optedOut: Transitions<'worker.opted_out'> = [
  {
    guard: (_c, e) => e.release,
    target: 'opted_out',
    effects: (c) => [
      notify('coordinator', c.shiftId, 'opted_out.released', supervisorVars(c)),
      ...reoffer(c),
      ...notifyClient(c, 'visit.replacing'),
    ],
  },
  { effects: (c) => [notify('coordinator', c.shiftId, 'opted_out.kept', supervisorVars(c))] },
];

/** A replacement is booked: whoever was told of the empty place hears who fills it. */
export const coverNotices = (c: Ctx): EffectDraft[] =>
  c.replacing
    ? [
        notify('coordinator', c.shiftId, 'replacement.covering', supervisorVars(c)),
        ...(c.replacing === 'no_show'
          ? [notify('supervisor', c.shiftId, 'replacement.covering', supervisorVars(c))]
          : []),
      ]
    : [];

export const reminder: Transitions<'timer.reminder'> = [
  {
    // A reminder moved later for quiet hours must not say more time is left than there is.
    effects: (c, e, now) => [
      send(
        c.personId,
        'reminder',
        {
          ...shiftVars(c),
          minutesBefore: Math.min(e.minutesBefore, minutesBetween(now, new Date(c.shiftStart))),
        },
        { urgent: e.urgent },
      ),
    ],
  },
];

export const nudge: Transitions<'timer.grace'> = [
  {
    target: 'nudged',
    effects: (c, _e, now) => [
      send(c.personId, 'nudge', shiftVars(c), { urgent: true }),
      setTimer(noShowTimerId(c), addMinutes(now, c.noShowAfterMinutes), { type: 'timer.noshow' }),
    ],
  },
];

export const backToBooked = [{ target: 'booked' as const }];
