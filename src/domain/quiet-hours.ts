import {
  addDays,
  addMinutes,
  instantAtMinutes,
  minutesOfDay,
  parseClockTime,
  wallTime,
  type LocalDate,
} from './zoned-time';

/** An organisation's quiet hours, local "HH:MM"; `start` after `end` means overnight. */
export interface QuietHours {
  start: string;
  end: string;
}

export interface QuietPeriod {
  start: Date;
  end: Date;
}

/** The quiet period `instant` falls in, or null when it is not in quiet hours. */
export function quietPeriodAt(instant: Date, quiet: QuietHours, zone: string): QuietPeriod | null {
  const qs = parseClockTime(quiet.start);
  const qe = parseClockTime(quiet.end);
  if (qs === qe) return null;
  const local = wallTime(instant, zone);
  const m = minutesOfDay(local);
  const today: LocalDate = local;
  let startDay: LocalDate;
  let endDay: LocalDate;
  if (qs < qe) {
    if (m < qs || m >= qe) return null;
    startDay = today;
    endDay = today;
  } else if (m >= qs) {
    startDay = today;
    endDay = addDays(today, 1);
  } else if (m < qe) {
    startDay = addDays(today, -1);
    endDay = today;
  } else {
    return null;
  }
  return { start: instantAtMinutes(startDay, qs, zone), end: instantAtMinutes(endDay, qe, zone) };
}

export type ReminderRule =
  'as_scheduled' | 'before_quiet_hours' | 'after_quiet_hours' | 'urgent_in_quiet_hours';

export interface ReminderPlacement {
  at: Date;
  urgent: boolean;
  rule: ReminderRule;
}

export interface ReminderInput {
  /** When the reminder would go without quiet hours (shift start minus its lead). */
  due: Date;
  shiftStart: Date;
  now: Date;
  quietHours: QuietHours | null;
  zone: string;
}

/**
 * When a reminder goes, given quiet hours. A reminder exists to give notice, so moving it
 * earlier only adds notice while moving it later takes notice away:
 *
 * 1. Outside quiet hours: as scheduled.
 * 2. Else at the last minute before the quiet period began, if that is not in the past and moves
 *    the reminder earlier by at most half its lead (a 24 h reminder by up to 12 h, a 1 h reminder
 *    by up to 30 min).
 * 3. Else at the end of the quiet period, if that is still before the shift starts.
 * 4. Else as scheduled, marked urgent (urgent sends may go in quiet hours).
 *
 * Returns null when the reminder is pointless: due in the past or not before the start.
 */
export function placeReminder(input: ReminderInput): ReminderPlacement | null {
  const { due, shiftStart, now, quietHours, zone } = input;
  if (due.getTime() < now.getTime() || due.getTime() >= shiftStart.getTime()) return null;
  const period = quietHours ? quietPeriodAt(due, quietHours, zone) : null;
  if (!period) return { at: due, urgent: false, rule: 'as_scheduled' };

  const earlier = addMinutes(period.start, -1);
  const lead = shiftStart.getTime() - due.getTime();
  const advance = due.getTime() - earlier.getTime();
  if (earlier.getTime() >= now.getTime() && advance <= lead / 2) {
    return { at: earlier, urgent: false, rule: 'before_quiet_hours' };
  }
  if (period.end.getTime() < shiftStart.getTime()) {
    return { at: period.end, urgent: false, rule: 'after_quiet_hours' };
  }
  return { at: due, urgent: true, rule: 'urgent_in_quiet_hours' };
}

/**
 * An urgent replacement may wake someone only for a shift that starts before this long after
 * the quiet hours end: later than that, the morning leaves time enough to answer and travel.
 */
export const NIGHT_REPLACEMENT_LEAD_MINUTES = 120;

export interface OfferSendInput {
  now: Date;
  quietHours: QuietHours | null;
  /** The recipient's zone: their own, else their organisation's. */
  zone: string;
  shiftStart: Date;
  /** A replacement for a no-show or a drop, or a shift posted as urgent. */
  urgent: boolean;
  /** The organisation lets urgent replacements go in quiet hours. */
  urgentInQuietHours: boolean;
}

/**
 * When an offer (an invitation, a broadcast's slot) goes: at once outside the recipient's quiet
 * hours; in them, when they end. Only an urgent replacement for a shift starting before the end
 * plus NIGHT_REPLACEMENT_LEAD_MINUTES goes at night, and only where the organisation allows it.
 */
export function offerSendTime(input: OfferSendInput): Date {
  const { now, quietHours, zone } = input;
  const period = quietHours ? quietPeriodAt(now, quietHours, zone) : null;
  if (!period) return now;
  const soon =
    input.shiftStart.getTime() < addMinutes(period.end, NIGHT_REPLACEMENT_LEAD_MINUTES).getTime();
  return input.urgent && input.urgentInQuietHours && soon ? now : period.end;
}
