/** Wall-clock time in an IANA zone, with Intl only. Local dates are proleptic Gregorian. */

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock time shown in `zone` at `instant`. */
export function wallTime(instant: Date, zone: string): LocalDateTime {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatter(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
  };
}

/** Milliseconds the zone is ahead of UTC at `instant`. */
export function offsetMs(instant: Date, zone: string): number {
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return asUtc(wallTime(new Date(wholeSeconds), zone)) - wholeSeconds;
}

/**
 * The instant a wall-clock time happens in `zone`. Like Temporal's `compatible`: a time that
 * occurs twice (clocks go back) is the earlier one; a time that never occurs (clocks go forward)
 * is moved forward by the gap, so 02:30 on a spring-forward night is 03:30.
 */
export function instantAt(local: LocalDateTime, zone: string): Date {
  const naive = asUtc(local);
  const offsetBefore = offsetMs(new Date(naive - DAY_MS), zone);
  const offsetAfter = offsetMs(new Date(naive + DAY_MS), zone);
  const matches = [naive - offsetBefore, naive - offsetAfter]
    .filter((t) => sameWallTime(wallTime(new Date(t), zone), local))
    .sort((a, b) => a - b);
  return new Date(matches[0] ?? naive - offsetBefore);
}

/** The instant `minutesOfDay` after local midnight of `date` in `zone` (wall-clock minutes). */
export function instantAtMinutes(date: LocalDate, minutesOfDay: number, zone: string): Date {
  const day = addDays(date, Math.floor(minutesOfDay / 1440));
  const rest = minutesOfDay - Math.floor(minutesOfDay / 1440) * 1440;
  return instantAt({ ...day, hour: Math.floor(rest / 60), minute: rest % 60, second: 0 }, zone);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS,
  );
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function minutesOfDay(time: LocalDateTime): number {
  return time.hour * 60 + time.minute;
}

/** "HH:MM" (00:00–24:00) → minutes after midnight. */
export function parseClockTime(text: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match) throw new RangeError(`not a HH:MM time: ${text}`);
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > 1440) throw new RangeError(`not a HH:MM time: ${text}`);
  return minutes;
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MINUTE_MS);
}

function asUtc(t: LocalDateTime): number {
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
}

function sameWallTime(a: LocalDateTime, b: LocalDateTime): boolean {
  return asUtc(a) === asUtc(b);
}
