import type { ShiftFacts } from './shift-facts';
import { placeReminder, type QuietHours } from '../src/domain/quiet-hours';
import { addMinutes } from '../src/domain/zoned-time';
import { setTimer } from '../src/engine/effects';
import type { EffectDraft, MessageVars } from '../src/engine/types';

/** What an organisation tunes about attendance. */
export interface AttendanceSettings {
  timeZone: string;
  quietHours: QuietHours | null;
  /** Reminder leads, minutes before the start. */
  reminderMinutesBefore: number[];
  /** No check-in this long after the start: ask "are you on your way?". */
  graceMinutes: number;
  /** No answer this long after that question: no-show. */
  noShowAfterMinutes: number;
  /** HERE is accepted from this long before the start. */
  checkInOpensMinutes: number;
}

export const DEFAULT_ATTENDANCE_SETTINGS: Omit<AttendanceSettings, 'timeZone'> = {
  quietHours: { start: '21:00', end: '08:00' },
  reminderMinutesBefore: [1440, 60],
  graceMinutes: 10,
  noShowAfterMinutes: 20,
  checkInOpensMinutes: 120,
};

export interface AttendanceContext extends AttendanceSettings, ShiftFacts {
  /** When a missing check-in is first chased; moves later when the worker says they are late. */
  graceAt: string;
  /** Bumped each time `graceAt` moves, so the new timers get new ids. */
  graceRound: number;
  /** When the worker checked in; null before. */
  checkedInAt: string | null;
  /** DONE came without HERE: the check-in is taken to be the shift's start. */
  checkInInferred: boolean;
  /** Booked in a place someone left: after a no-show (the supervisor was told) or a drop. */
  replacing?: 'no_show' | 'drop';
}

export type AttendanceEvent =
  | { type: 'timer.reminder'; timerId: string; minutesBefore: number; urgent: boolean }
  | { type: 'timer.grace'; timerId: string }
  | { type: 'timer.noshow'; timerId: string }
  | { type: 'reply.here' }
  /** DONE before any HERE: the worker was there, and forgot to say so. */
  | { type: 'reply.done' }
  | { type: 'reply.late'; minutes: number }
  | { type: 'reply.drop' }
  /** "I'm sick", "bad day": released at once, recorded as a drop for being unwell. */
  | { type: 'reply.unwell' }
  | { type: 'reply.yes' }
  | { type: 'reply.no' }
  | { type: 'reply.other' }
  /** The worker opted out of texts; `release` is the organisation's placeOnWorkerOptOut. */
  | { type: 'worker.opted_out'; release: boolean };

export type AttendanceState =
  | 'booked'
  | 'drop_pending'
  | 'nudged'
  | 'checked_in'
  | 'dropped'
  | 'no_show'
  | 'arrived_after_no_show'
  | 'opted_out';

/** What the caller knows when a seat is taken; settings default to the organisation defaults. */
export type AttendanceInput = Omit<
  AttendanceContext,
  'graceAt' | 'graceRound' | 'checkedInAt' | 'checkInInferred' | keyof AttendanceSettings
> &
  Pick<AttendanceSettings, 'timeZone'> &
  Partial<AttendanceSettings>;

export function attendanceContext(input: AttendanceInput): AttendanceContext {
  const context = { ...DEFAULT_ATTENDANCE_SETTINGS, ...input };
  return {
    ...context,
    graceAt: addMinutes(new Date(input.shiftStart), context.graceMinutes).toISOString(),
    graceRound: 0,
    checkedInAt: null,
    checkInInferred: false,
  };
}

const base = (c: AttendanceContext) => `assignment:${c.assignmentId}`;
export const reminderTimerId = (c: AttendanceContext, minutes: number) =>
  `${base(c)}:reminder-${minutes}`;
export const graceTimerId = (c: AttendanceContext, round = c.graceRound) =>
  `${base(c)}:grace-${round}`;
export const noShowTimerId = (c: AttendanceContext, round = c.graceRound) =>
  `${base(c)}:noshow-${round}`;

export const shiftVars = (c: AttendanceContext): MessageVars => ({
  shiftStart: c.shiftStart,
  shiftEnd: c.shiftEnd,
  place: c.place,
});

export const supervisorVars = (c: AttendanceContext): MessageVars => ({
  ...shiftVars(c),
  name: c.workerName,
});

/** Reminder timers, each placed around the organisation's quiet hours. */
export function reminderTimers(c: AttendanceContext, now: Date): EffectDraft[] {
  const shiftStart = new Date(c.shiftStart);
  return [...new Set(c.reminderMinutesBefore)].flatMap((minutesBefore) => {
    const placed = placeReminder({
      due: addMinutes(shiftStart, -minutesBefore),
      shiftStart,
      now,
      quietHours: c.quietHours,
      zone: c.timeZone,
    });
    if (!placed) return [];
    return [
      setTimer(reminderTimerId(c, minutesBefore), placed.at, {
        type: 'timer.reminder',
        minutesBefore,
        urgent: placed.urgent,
      }),
    ];
  });
}

/** How long a replacement booked after the start is given to get there, before grace counts. */
export const LATE_BOOKING_TRAVEL_MINUTES = 45;

/**
 * When "are you on your way?" is first asked: grace after the start; for someone booked after
 * the start (a replacement for a no-show), after time to travel, and never past the shift's end.
 */
export function firstCheckInDeadline(c: AttendanceContext, now: Date): Date {
  const start = new Date(c.shiftStart);
  if (now.getTime() <= start.getTime()) return addMinutes(start, c.graceMinutes);
  const arrival = addMinutes(now, LATE_BOOKING_TRAVEL_MINUTES + c.graceMinutes).getTime();
  return new Date(Math.min(arrival, new Date(c.shiftEnd).getTime()));
}

/**
 * The no-check-in deadline after the worker says they are late: the grace period after they
 * expect to arrive, but no later than the shift's end. Without a number ("on my way"), N minutes.
 */
export function deadlineAfterLate(
  c: AttendanceContext,
  now: Date,
  minutesLate: number | undefined,
): Date {
  if (minutesLate === undefined) return addMinutes(now, c.noShowAfterMinutes);
  const expected = Math.max(
    now.getTime(),
    addMinutes(new Date(c.shiftStart), minutesLate).getTime(),
  );
  const deadline = addMinutes(new Date(expected), c.graceMinutes).getTime();
  return new Date(Math.min(deadline, new Date(c.shiftEnd).getTime()));
}

export const isValidLate = (minutes: number): boolean =>
  Number.isFinite(minutes) && minutes > 0 && minutes <= 24 * 60;
