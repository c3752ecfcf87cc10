import { addDays, instantAt, wallTime } from './zoned-time';

export interface Occurrence {
  start: Date;
  end: Date;
}

/** The same wall-clock time `weeks` weeks later in `zone` (a DST change keeps 09:00 at 09:00). */
function weeksLater(instant: Date, weeks: number, zone: string): Date {
  const local = wallTime(instant, zone);
  return instantAt({ ...local, ...addDays(local, 7 * weeks) }, zone);
}

/**
 * A weekly series of `count` occurrences starting with `first`: the same weekday, start and end
 * times in the organisation's zone, 7 local days apart.
 */
export function weeklyOccurrences(first: Occurrence, count: number, zone: string): Occurrence[] {
  return Array.from({ length: count }, (_, week) => ({
    start: weeksLater(first.start, week, zone),
    end: weeksLater(first.end, week, zone),
  }));
}
