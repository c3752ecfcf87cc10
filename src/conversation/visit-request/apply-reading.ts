/** A reading laid over a draft: what the text said replaces what the draft had, the rest stays. */
import { addDays } from '../../domain/zoned-time';
import { seriesAfter } from './apply-repeat';
import { understoodOf, type VisitReading } from './read-visit-text';
import { clockMinutes, rangeMinutes } from './resolve-clock';
import { partHasBegun, saidPart, settleDraft } from './settle-draft';
import type { VisitParseContext, VisitParseResult, VisitRequestDraft } from './types';

export function applyReading(
  draft: VisitRequestDraft,
  reading: VisitReading,
  context: VisitParseContext,
): VisitRequestDraft {
  const said = saidPart(draft);
  const { services, day, clock, partOfDay, duration, place } = reading;
  if (services?.ids.length === 1) {
    said.serviceId = services.ids[0];
    delete said.ambiguities;
  } else if (services) {
    delete said.serviceId;
    said.ambiguities = { service: services.ids };
  }
  if (day) said.date = day.date;
  const hint = partOfDay?.part ?? said.partOfDay ?? said.startMinutes;
  if (clock?.end) {
    const range = rangeMinutes(clock.start, clock.end, hint);
    said.startMinutes = range.start;
    if (range.end > range.start) said.saidMinutes = range.end - range.start;
  } else if (clock) {
    said.startMinutes = clockMinutes(clock.start, hint);
  } else if (partOfDay) {
    delete said.startMinutes;
  }
  if (clock) delete said.partOfDay;
  else if (partOfDay) said.partOfDay = partOfDay.part;
  if (duration && !clock?.end) said.saidMinutes = duration.minutes;
  if (place) {
    said.place = place.place;
    said.placeSaid = true;
  }
  const series = seriesAfter(said.repeat, reading.repeat);
  if (series?.repeat) said.repeat = series.repeat;
  if (series?.capped) said.repeatCapped = true;
  else if (series) delete said.repeatCapped;
  const settled = settleDraft(said, context);
  // "friday at 9" or "friday morning", said on a Friday at 10: next Friday ("this morning" is
  // what is left of it).
  const gone =
    partHasBegun(said, context) || (settled.start !== undefined && settled.start <= context.now);
  if (day?.fromWeekday && said.date && gone) {
    return settleDraft({ ...said, date: addDays(said.date, 7) }, context);
  }
  return settled;
}

/** The answer to give: the draft with the reading laid over it, and the words behind it. */
export function requestResult(
  draft: VisitRequestDraft,
  reading: VisitReading,
  context: VisitParseContext,
): VisitParseResult {
  return {
    kind: 'request',
    draft: applyReading(draft, reading, context),
    understood: understoodOf(reading),
  };
}
