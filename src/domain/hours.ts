import type { Partnership } from './ranking-types';

/** Hours are counted in whole minutes and money in integer cents, so sums never drift. */

const MINUTE_MS = 60_000;

/** Whole minutes from `start` to `end`, rounded to the nearest minute (never negative). */
export function minutesBetween(start: Date, end: Date): number {
  return Math.max(0, Math.round((end.getTime() - start.getTime()) / MINUTE_MS));
}

/** Decimal hours → whole minutes. */
export function hoursToMinutes(hours: number): number {
  return Math.round(hours * 60);
}

/** Minutes → decimal hours, for message vars (150 → 2.5). */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Minutes to the nearest multiple of `increment` (a time clock's rounding); 1: unchanged. */
export function roundToIncrement(minutes: number, increment: number): number {
  if (!Number.isInteger(increment) || increment < 1) {
    throw new RangeError('the increment must be a whole number of minutes, at least 1');
  }
  return Math.round(minutes / increment) * increment;
}

/** Reported time, or the scheduled length when none was given, never above the shift's length. */
export function capReportedMinutes(reported: number | undefined, shiftMinutes: number): number {
  const minutes = reported ?? shiftMinutes;
  return Math.min(Math.max(0, minutes), shiftMinutes);
}

/** What the partnership charges for `minutes` at an hourly rate in cents, rounded half up. */
export function chargeCents(minutes: number, rateCentsPerHour: number): number {
  if (!Number.isInteger(minutes) || !Number.isInteger(rateCentsPerHour)) {
    throw new RangeError('minutes and rate must be whole numbers');
  }
  return Math.round((minutes * rateCentsPerHour) / 60);
}

/**
 * What an hour of a worker's work on an organisation's shift is charged, in cents: a partner's
 * worker at the partnership's rate, the organisation's own worker at its own rate.
 */
export function hourlyChargeCents(
  worker: { organisationId: string },
  shift: { organisationId: string; ownRateCentsPerHour: number },
  partnerships: Partnership[],
): { rateCentsPerHour: number; partnership: boolean } {
  if (worker.organisationId === shift.organisationId)
    return { rateCentsPerHour: shift.ownRateCentsPerHour, partnership: false };
  const partnership = partnerships.find(
    (p) =>
      p.providerOrganisationId === worker.organisationId &&
      p.clientOrganisationId === shift.organisationId,
  );
  return { rateCentsPerHour: partnership?.chargeCentsPerHour ?? 0, partnership: true };
}
