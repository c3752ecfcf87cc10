import { addDays, instantAtMinutes, wallTime, weekday } from './zoned-time';

/** Monday 00:00 of the week containing `now`, in the organisation's zone. */
export function startOfWeek(now: Date, zone: string): Date {
  const today = wallTime(now, zone);
  const daysSinceMonday = (weekday(today) + 6) % 7;
  return instantAtMinutes(addDays(today, -daysSinceMonday), 0, zone);
}
