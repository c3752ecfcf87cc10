/**
 * A series of visits: "every Monday morning for 5 weeks", "weekly for 3 weeks", "cada martes",
 * "todos los lunes durante 5 semanas", "chaque mardi", "tous les lundis pendant un mois".
 * Read first, before chrono, which would take "for 5 weeks" for a day five weeks on and knows
 * no plural weekday ("lundis", "sábados").
 *
 * The weekday of "every Monday" is the visit's day (the first visit is the next Monday); how
 * long the series runs, in weeks or months (a month is 4 weeks), or its number of visits, is
 * read apart from the marker, so a change can say only "for 6 weeks".
 */
import { addDays, weekday as weekdayOf, type LocalDate } from '../../domain/zoned-time';
import { alternation } from './alternation';
import { REPEAT_WORDS, type RepeatWords } from './repeat-vocabulary';
import { takeFirst, type Scan } from './scan';
import type { Language } from './types';
import { VOCABULARY, type VisitVocabulary } from './vocabulary';

export interface RepeatReading {
  /** Weeks between visits, when a series was said ("every", "weekly", "cada", "chaque"). */
  everyWeeks?: number;
  /** How long it runs, in weeks, when said ("for 5 weeks", "for a month" = 4). */
  weeks?: number;
  /** How many visits, when said as such ("5 times"). */
  visits?: number;
  /** The day of the first visit, when a weekday was said ("every Monday": the next Monday). */
  day?: { date: LocalDate; text: string };
  text: string;
}

const WEEKS_IN_A_MONTH = 4;

interface RepeatGrammar {
  markers: ReadonlyArray<readonly [RegExp, number | undefined]>;
  counts: readonly RegExp[];
  month: RegExp;
  amounts: Readonly<Record<string, number>>;
}

const grammars = new Map<Language, RepeatGrammar>();

function grammarOf(language: Language): RepeatGrammar {
  const cached = grammars.get(language);
  if (cached) return cached;
  const words: RepeatWords = REPEAT_WORDS[language];
  const vocabulary: VisitVocabulary = VOCABULARY[language];
  const amounts = { ...vocabulary.numbers, ...words.articles };
  const fill = (source: string) =>
    new RegExp(
      `\\b(?:${source
        .replaceAll('{W}', `(?:${alternation(vocabulary.weekdays)})`)
        .replaceAll('{N}', `(?:\\d{1,2}|${alternation(amounts)})`)})\\b`,
      'u',
    );
  const grammar: RepeatGrammar = {
    markers: words.markers.map(([pattern, everyWeeks]) => [fill(pattern), everyWeeks] as const),
    counts: words.counts.map(fill),
    month: new RegExp(`^(?:${words.monthUnit})$`, 'u'),
    amounts,
  };
  grammars.set(language, grammar);
  return grammar;
}

function amountOf(said: string, amounts: Readonly<Record<string, number>>): number {
  return /^\d+$/.test(said) ? Number(said) : (amounts[said] ?? NaN);
}

/** The first `weekday` from `today` on (today itself included). */
function nextWeekday(today: LocalDate, weekday: number): LocalDate {
  return addDays(today, (weekday - weekdayOf(today) + 7) % 7);
}

function readMarker(
  scan: Scan,
  language: Language,
  today: LocalDate,
): (Pick<RepeatReading, 'everyWeeks' | 'day'> & { text: string }) | undefined {
  const grammar = grammarOf(language);
  const weekdays = VOCABULARY[language].weekdays;
  for (const [pattern, fixed] of grammar.markers) {
    const found: { every?: number; weekday?: number } = {};
    const taken = takeFirst(scan, pattern, (groups) => {
      const every = groups.every ? amountOf(groups.every, grammar.amounts) : undefined;
      found.every = groups.other ? 2 : (every ?? fixed ?? 1);
      found.weekday = groups.weekday === undefined ? undefined : weekdays[groups.weekday];
      return Number.isInteger(found.every) && (found.every ?? 0) >= 1;
    });
    if (!taken || found.every === undefined) continue;
    const date = found.weekday === undefined ? undefined : nextWeekday(today, found.weekday);
    return {
      everyWeeks: found.every,
      ...(date ? { day: { date, text: taken.text } } : {}),
      text: taken.text,
    };
  }
  return undefined;
}

function readCount(
  scan: Scan,
  language: Language,
): (Pick<RepeatReading, 'weeks' | 'visits'> & { text: string }) | undefined {
  const grammar = grammarOf(language);
  for (const pattern of grammar.counts) {
    const found: { amount?: number; unit?: string } = {};
    const taken = takeFirst(scan, pattern, ({ n, unit }) => {
      found.amount = amountOf(n ?? '', grammar.amounts);
      found.unit = unit;
      return Number.isInteger(found.amount) && (found.amount ?? 0) >= 1;
    });
    if (!taken || found.amount === undefined) continue;
    if (found.unit === undefined) return { visits: found.amount, text: taken.text };
    const months = grammar.month.test(found.unit);
    return { weeks: months ? found.amount * WEEKS_IN_A_MONTH : found.amount, text: taken.text };
  }
  return undefined;
}

export function readRepeat(
  scan: Scan,
  language: Language,
  today: LocalDate,
): RepeatReading | undefined {
  const marker = readMarker(scan, language, today);
  const count = readCount(scan, language);
  if (!marker && !count) return undefined;
  return {
    ...(marker?.everyWeeks !== undefined ? { everyWeeks: marker.everyWeeks } : {}),
    ...(count?.weeks !== undefined ? { weeks: count.weeks } : {}),
    ...(count?.visits !== undefined ? { visits: count.visits } : {}),
    ...(marker?.day ? { day: marker.day } : {}),
    text: [marker?.text, count?.text].filter(Boolean).join(' '),
  };
}
