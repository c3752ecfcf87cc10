/**
 * The day, read by chrono-node in the client's language: "tomorrow", "next Tuesday",
 * "el lunes", "jeudi prochain", "Nov 5", "3/12", "dans 3 jours". Only the calendar day is
 * taken from chrono: the time is read elsewhere and the instant is made in the zone, for the
 * day's own UTC offset (chrono knows offsets, not zones, so across a DST change its instant
 * would be an hour off).
 *
 * Chrono reads from local midnight, forward: "friday" said on a Friday is today, whatever the
 * hour; a weekday whose time has passed moves to next week later, once the time is known.
 */
import * as chrono from 'chrono-node';
import { instantAt, offsetMs, type LocalDate } from '../../domain/zoned-time';
import { alternation } from './alternation';
import type { DayReading } from './read-day-words';
import { takeSpan, untakenText, type Scan } from './scan';
import type { Language } from './types';
import type { VisitVocabulary } from './vocabulary';

const PARSERS: Readonly<Record<Language, chrono.Chrono>> = {
  en: chrono.en.casual,
  es: chrono.es.casual,
  fr: chrono.fr.casual,
};

const MINUTE_MS = 60_000;

export function readChronoDay(
  scan: Scan,
  vocabulary: VisitVocabulary,
  language: Language,
  today: LocalDate,
  timeZone: string,
): DayReading | undefined {
  const midnight = instantAt({ ...today, hour: 0, minute: 0, second: 0 }, timeZone);
  const reference = { instant: midnight, timezone: offsetMs(midnight, timeZone) / MINUTE_MS };
  const { text, origins } = untakenText(scan);
  const vague = new RegExp(vocabulary.vagueDays, 'u');
  const weekdayNamed = new RegExp(`\\b(?:${alternation(vocabulary.weekdays)})\\b`, 'u');
  for (const result of PARSERS[language].parse(text, reference, { forwardDate: true })) {
    const { start } = result;
    const namesDay =
      start.isCertain('day') || start.isCertain('weekday') || start.isCertain('month');
    const from = origins[result.index] ?? 0;
    const to = (origins[result.index + result.text.length - 1] ?? from) + 1;
    const said = scan.folded.slice(from, to);
    if (!namesDay || (vague.test(said) && !weekdayNamed.test(said))) continue;
    const date = { year: start.get('year'), month: start.get('month'), day: start.get('day') };
    if (date.year === null || date.month === null || date.day === null) continue;
    return {
      date: { year: date.year, month: date.month, day: date.day },
      fromWeekday: start.isCertain('weekday') && !start.isCertain('day'),
      text: takeSpan(scan, from, to),
    };
  }
  return undefined;
}
