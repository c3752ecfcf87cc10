/**
 * Whether a visit can be booked at the time a client asked, and if not why, with the nearest
 * times it could be. Pure: `now` and the zone come in as arguments.
 *
 * Decided here (tests/unit/domain/visit/booking-rules.test.ts holds it):
 * - Reasons, first that applies: 'past' (start ≤ now), 'too_soon' (start < now + minLeadMinutes),
 *   'too_far' (start later than now's wall-clock time `maxLeadDays` days on, in the zone),
 *   'closed' (the whole visit is not inside one business-hours window of its local day; a window
 *   is the local day's `opens`–`closes`, so a visit across midnight is never inside one). No
 *   hours, or an empty list, is always open.
 * - Alternatives: up to 3 bookable starts of the same length, on a 30-minute grid of wall-clock
 *   time in the zone, nearest to the asked start on its own local day, then the earliest of the
 *   following days, then the latest of the days before; returned earliest first.
 * - The grid walks real instants from local midnight, so a night whose clocks go back has both
 *   01:00s, and a night whose clocks go forward has no 02:00.
 */
import {
  addDays,
  addMinutes,
  daysBetween,
  instantAt,
  instantAtMinutes,
  parseClockTime,
  wallTime,
  weekday,
  type LocalDate,
} from '../zoned-time';
import type { BookingCheck, BusinessHours, VisitSettings } from './types';

export interface VisitTimeInput {
  start: Date;
  end: Date;
  now: Date;
  /** IANA zone of the organisation. */
  timeZone: string;
  settings: VisitSettings;
  /** The service's hours; absent or empty: always open. */
  hours?: readonly BusinessHours[];
}

const MAX_ALTERNATIVES = 3;
const GRID_MINUTES = 30;

type Reason = Extract<BookingCheck, { ok: false }>['reason'];

interface Rules {
  now: Date;
  earliest: Date;
  latest: Date;
  timeZone: string;
  hours: readonly BusinessHours[];
}

function rulesOf(input: Omit<VisitTimeInput, 'start' | 'end'>): Rules {
  const { now, timeZone, settings } = input;
  const wall = wallTime(now, timeZone);
  return {
    now,
    earliest: addMinutes(now, settings.minLeadMinutes),
    latest: instantAt({ ...wall, ...addDays(wall, settings.maxLeadDays) }, timeZone),
    timeZone,
    hours: input.hours ?? [],
  };
}

function localDate(instant: Date, zone: string): LocalDate {
  const { year, month, day } = wallTime(instant, zone);
  return { year, month, day };
}

/** The business-hours windows of one local day as instants; undefined when always open. */
function windowsOf(date: LocalDate, rules: Rules): Array<[Date, Date]> | undefined {
  if (rules.hours.length === 0) return undefined;
  const day = weekday(date);
  return rules.hours
    .filter((window) => window.weekdays.includes(day))
    .map((window) => [
      instantAtMinutes(date, parseClockTime(window.opens), rules.timeZone),
      instantAtMinutes(date, parseClockTime(window.closes), rules.timeZone),
    ]);
}

/** Whether [start, end] lies inside one of the windows (undefined: always open). */
function isInside(start: Date, end: Date, windows: Array<[Date, Date]> | undefined): boolean {
  return (
    windows === undefined || windows.some(([opens, closes]) => start >= opens && end <= closes)
  );
}

function leadRefusal(start: Date, rules: Rules): Reason | undefined {
  if (start <= rules.now) return 'past';
  if (start < rules.earliest) return 'too_soon';
  if (start > rules.latest) return 'too_far';
  return undefined;
}

function refusal(start: Date, end: Date, rules: Rules): Reason | undefined {
  const lead = leadRefusal(start, rules);
  if (lead) return lead;
  const windows = windowsOf(localDate(start, rules.timeZone), rules);
  return isInside(start, end, windows) ? undefined : 'closed';
}

/** The starts on the 30-minute wall-clock grid of one local day, in order. */
function gridOf(date: LocalDate, zone: string): Date[] {
  const midnight = instantAtMinutes(date, 0, zone);
  const next = instantAtMinutes(addDays(date, 1), 0, zone);
  const starts: Date[] = [];
  for (let t = midnight; t < next; t = addMinutes(t, GRID_MINUTES)) {
    const wall = wallTime(t, zone);
    if (wall.minute % GRID_MINUTES === 0 && wall.second === 0) starts.push(t);
  }
  return starts;
}

function alternatives(asked: Date, lengthMinutes: number, rules: Rules): Date[] {
  const zone = rules.timeZone;
  const bookable = (day: LocalDate) => {
    // Only windows long enough for the visit; a day with none is skipped without its grid.
    const windows = windowsOf(day, rules)?.filter(([o, c]) => +c - +o >= lengthMinutes * 60_000);
    if (windows?.length === 0) return [];
    return gridOf(day, zone).filter(
      (s) => !leadRefusal(s, rules) && isInside(s, addMinutes(s, lengthMinutes), windows),
    );
  };
  const askedDay = localDate(asked, zone);
  const firstDay = localDate(rules.earliest, zone);
  const lastDay = localDate(rules.latest, zone);
  const distance = (s: Date) => Math.abs(s.getTime() - asked.getTime());
  const found: Date[] = [];
  const inWindow = daysBetween(firstDay, askedDay) >= 0 && daysBetween(askedDay, lastDay) >= 0;
  if (inWindow) {
    const sameDay = bookable(askedDay).sort((a, b) => distance(a) - distance(b) || +a - +b);
    found.push(...sameDay.slice(0, MAX_ALTERNATIVES));
  }
  const laterFrom = daysBetween(askedDay, firstDay) > 0 ? firstDay : addDays(askedDay, 1);
  for (let d = laterFrom; daysBetween(d, lastDay) >= 0 && found.length < MAX_ALTERNATIVES;) {
    found.push(...bookable(d).slice(0, MAX_ALTERNATIVES - found.length));
    d = addDays(d, 1);
  }
  const earlierFrom = daysBetween(askedDay, lastDay) < 0 ? lastDay : addDays(askedDay, -1);
  for (let d = earlierFrom; daysBetween(firstDay, d) >= 0 && found.length < MAX_ALTERNATIVES;) {
    found.push(
      ...bookable(d)
        .reverse()
        .slice(0, MAX_ALTERNATIVES - found.length),
    );
    d = addDays(d, -1);
  }
  return found.sort((a, b) => +a - +b);
}

/**
 * The first bookable start from `from` to before `until` on the 30-minute grid of `from`'s
 * local day, for a visit of `lengthMinutes`: what a part of the day said without a time ("this
 * afternoon") means once it has begun, or when the service opens later than it. Undefined when
 * none is left.
 */
export function firstBookableIn(
  input: Omit<VisitTimeInput, 'start' | 'end'> & { from: Date; until: Date; lengthMinutes: number },
): Date | undefined {
  const rules = rulesOf(input);
  const day = localDate(input.from, rules.timeZone);
  const windows = windowsOf(day, rules);
  return gridOf(day, rules.timeZone).find(
    (s) =>
      s >= input.from &&
      s < input.until &&
      !leadRefusal(s, rules) &&
      isInside(s, addMinutes(s, input.lengthMinutes), windows),
  );
}

/**
 * Other times for a visit that nobody has taken: up to 3 bookable starts at the same wall-clock
 * time on the days after it, within the booking window and the service's hours.
 */
export function sameTimeOtherDays(input: VisitTimeInput): Date[] {
  const rules = rulesOf(input);
  const zone = rules.timeZone;
  const lengthMinutes = (input.end.getTime() - input.start.getTime()) / 60_000;
  const wall = wallTime(input.start, zone);
  const found: Date[] = [];
  for (let n = 1; found.length < MAX_ALTERNATIVES; n += 1) {
    const day = addDays(wall, n);
    const start = instantAtMinutes(day, wall.hour * 60 + wall.minute, zone);
    if (start > rules.latest) break;
    if (!refusal(start, addMinutes(start, lengthMinutes), rules)) found.push(start);
  }
  return found;
}

/** When a visit nobody has taken is told: `hours` before it, or half-way there when booked later. */
export function unfilledNoticeAt(start: Date, bookedAt: Date, hours: number): Date {
  const before = addMinutes(start, -hours * 60);
  if (before > bookedAt) return before;
  return new Date(bookedAt.getTime() + (start.getTime() - bookedAt.getTime()) / 2);
}

export function checkVisitTime(input: VisitTimeInput): BookingCheck {
  const { start, end } = input;
  if (!(end > start)) throw new RangeError('a visit ends after it starts');
  const rules = rulesOf(input);
  const reason = refusal(start, end, rules);
  if (!reason) return { ok: true };
  const lengthMinutes = (end.getTime() - start.getTime()) / 60_000;
  return { ok: false, reason, alternatives: alternatives(start, lengthMinutes, rules) };
}
