import { minutesToHours } from './hours';

/**
 * A pilot's figures per day: what its cohort did (places taken, hours confirmed, where) beside
 * the organisation's demand for other skills the same days, so a trial of a new service can be
 * set against the work still going unfilled. Days are local dates ("2026-12-01") in the
 * organisation's zone, worked out by the caller; a shift counts on the day it starts.
 */

export interface PilotShift {
  id: string;
  day: string;
  /** Where it was: its area, or its place when it names none. */
  area: string;
  places: number;
  /** Every skill and badge it requires. */
  requires: readonly string[];
}

/** A place held now on one of those shifts. */
export interface HeldPlace {
  shift: string;
  person: string;
}

/** Minutes a supervisor confirmed for a person on one of those shifts. */
export interface ConfirmedMinutes {
  shift: string;
  person: string;
  minutes: number;
}

export interface AreaFigures {
  area: string;
  bookings: number;
  hoursConfirmed: number;
}

export interface SkillDemand {
  skill: string;
  places: number;
  filled: number;
  unfilled: number;
}

export interface PilotFigures {
  bookings: number;
  hoursConfirmed: number;
  areas: AreaFigures[];
  otherSkills: SkillDemand[];
}

export interface PilotDays {
  days: Array<PilotFigures & { date: string }>;
  totals: PilotFigures;
}

export interface PilotFacts {
  /** Every day asked for, in order: days with nothing are answered with zeros. */
  days: readonly string[];
  /** The pilot's badge: demand for it is the pilot's own, not another skill's. */
  badge: string;
  cohort: readonly string[];
  /** The organisation's shifts starting those days, cancelled ones left out. */
  shifts: readonly PilotShift[];
  held: readonly HeldPlace[];
  confirmed: readonly ConfirmedMinutes[];
}

interface Tally {
  bookings: number;
  minutes: number;
  areas: Map<string, { bookings: number; minutes: number }>;
  skills: Map<string, { places: number; filled: number }>;
}

const emptyTally = (): Tally => ({ bookings: 0, minutes: 0, areas: new Map(), skills: new Map() });

function entry<V>(map: Map<string, V>, key: string, fresh: () => V): V {
  const found = map.get(key);
  if (found) return found;
  const made = fresh();
  map.set(key, made);
  return made;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function figuresOf(tally: Tally): PilotFigures {
  return {
    bookings: tally.bookings,
    hoursConfirmed: minutesToHours(tally.minutes),
    areas: [...tally.areas]
      .sort(([a], [b]) => byName(a, b))
      .map(([area, t]) => ({
        area,
        bookings: t.bookings,
        hoursConfirmed: minutesToHours(t.minutes),
      })),
    otherSkills: [...tally.skills]
      .sort(([a], [b]) => byName(a, b))
      .map(([skill, t]) => ({
        skill,
        places: t.places,
        filled: t.filled,
        unfilled: t.places - t.filled,
      })),
  };
}

/** Counts each day's cohort work and other-skill demand, and the same over the whole range. */
export function tallyPilotDays(facts: PilotFacts): PilotDays {
  const cohort = new Set(facts.cohort);
  const shifts = new Map(facts.shifts.map((s) => [s.id, s]));
  const tallies = new Map(facts.days.map((day) => [day, emptyTally()]));
  const total = emptyTally();
  const both = (shift: PilotShift) =>
    [tallies.get(shift.day), total].filter((t) => t !== undefined);
  const area = (t: Tally, shift: PilotShift) =>
    entry(t.areas, shift.area, () => ({ bookings: 0, minutes: 0 }));

  const filled = new Map<string, number>();
  for (const place of facts.held) {
    filled.set(place.shift, (filled.get(place.shift) ?? 0) + 1);
    const shift = shifts.get(place.shift);
    if (!shift || !cohort.has(place.person)) continue;
    for (const t of both(shift)) {
      t.bookings += 1;
      area(t, shift).bookings += 1;
    }
  }
  for (const hours of facts.confirmed) {
    const shift = shifts.get(hours.shift);
    if (!shift || !cohort.has(hours.person)) continue;
    for (const t of both(shift)) {
      t.minutes += hours.minutes;
      area(t, shift).minutes += hours.minutes;
    }
  }
  for (const shift of facts.shifts) {
    const taken = Math.min(filled.get(shift.id) ?? 0, shift.places);
    const others = new Set(shift.requires.filter((skill) => skill !== facts.badge));
    for (const skill of others)
      for (const t of both(shift)) {
        const demand = entry(t.skills, skill, () => ({ places: 0, filled: 0 }));
        demand.places += shift.places;
        demand.filled += taken;
      }
  }
  return {
    days: facts.days.map((date) => ({ date, ...figuresOf(tallies.get(date)!) })),
    totals: figuresOf(total),
  };
}
