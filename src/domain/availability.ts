import { daysBetween, minutesOfDay, parseClockTime, wallTime, weekday } from './zoned-time';

/** A weekly window of local time, e.g. Mondays 09:00–17:00. `end` may be "24:00". */
export interface WeeklyWindow {
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  start: string;
  end: string;
}

export type Availability = WeeklyWindow[] | 'anytime';

/**
 * Whether the weekly windows, read in `zone`, cover the whole of [start, end). Adjacent windows
 * join, so Monday 18:00–24:00 and Tuesday 00:00–06:00 cover an overnight shift.
 */
export function isAvailable(
  availability: Availability,
  zone: string,
  start: Date,
  end: Date,
): boolean {
  if (availability === 'anytime') return true;
  const from = wallTime(start, zone);
  const to = wallTime(end, zone);
  const days = daysBetween(from, to);
  const target = { from: minutesOfDay(from), to: days * 1440 + minutesOfDay(to) };
  const firstWeekday = weekday(from);
  const covered: { from: number; to: number }[] = [];
  for (let day = 0; day <= days; day += 1) {
    for (const w of availability) {
      if (w.weekday !== (firstWeekday + day) % 7) continue;
      covered.push({
        from: day * 1440 + parseClockTime(w.start),
        to: day * 1440 + parseClockTime(w.end),
      });
    }
  }
  covered.sort((a, b) => a.from - b.from);
  let cursor = target.from;
  for (const interval of covered) {
    if (cursor >= target.to) break;
    if (interval.from <= cursor && interval.to > cursor) cursor = interval.to;
  }
  return cursor >= target.to;
}

export function overlaps(a: { start: Date; end: Date }, b: { start: Date; end: Date }): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}
