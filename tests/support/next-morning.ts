import { addDays, instantAtMinutes, wallTime } from '../../src/domain/zoned-time';

/**
 * The next 10:00 in `zone`: offers wait for the end of quiet hours, so a test that runs on real
 * time from here runs in the daytime whatever the hour it is run.
 */
export function nextMorning(now: Date, zone: string): Date {
  const today = wallTime(now, zone);
  const at = instantAtMinutes(today, 10 * 60, zone);
  return at > now ? at : instantAtMinutes(addDays(today, 1), 10 * 60, zone);
}
