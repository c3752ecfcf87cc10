/**
 * A series as the client's words leave it: "every Monday" starts one (4 visits unless a length
 * is said), "every other week" changes its rhythm and keeps its length, "for 6 weeks" changes the
 * length of one the draft has (and starts none: a length alone is not a series).
 */
import type { VisitRepeat } from '../../domain/visit/types';
import type { RepeatReading } from './read-repeat';

/** Visits in a series said without a length ("every week"). */
export const DEFAULT_SERIES_VISITS = 4;
/** The most visits one series may have; more asked are capped, and the draft says so. */
export const MOST_SERIES_VISITS = 12;

export interface SeriesOutcome {
  repeat?: VisitRepeat;
  capped: boolean;
}

function visitsOf(reading: RepeatReading, everyWeeks: number): number | undefined {
  if (reading.visits !== undefined) return reading.visits;
  // "for 5 weeks", every other week: weeks 0, 2 and 4, so 3 visits.
  return reading.weeks === undefined ? undefined : Math.ceil(reading.weeks / everyWeeks);
}

/** The series after `reading`, or undefined when the reading changes nothing about it. */
export function seriesAfter(
  current: VisitRepeat | undefined,
  reading: RepeatReading | undefined,
): SeriesOutcome | undefined {
  if (!reading) return undefined;
  const everyWeeks = reading.everyWeeks ?? current?.everyWeeks;
  if (everyWeeks === undefined) return undefined;
  const asked = visitsOf(reading, everyWeeks) ?? current?.count ?? DEFAULT_SERIES_VISITS;
  const count = Math.max(1, Math.min(asked, MOST_SERIES_VISITS));
  return { repeat: { everyWeeks, count }, capped: asked > MOST_SERIES_VISITS };
}
