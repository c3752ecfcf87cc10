import * as chrono from 'chrono-node';
import { addDays, instantAtMinutes, offsetMs, type LocalDate } from '../domain/zoned-time';
import { findClockRange, findLoneClock, type Span } from './broadcast-clock';
import { plain } from './normalise';
import type { Language } from './types';

export interface WhenContext {
  language: Language;
  timeZone: string;
  now: Date;
}

export type WhenUnclearReason = 'no_time' | 'no_date' | 'no_end_time' | 'past';

/** `spans` are the parts of the text that said when, whether or not they made sense. */
export type WhenReading =
  | { kind: 'when'; start: Date; end: Date; spans: Span[] }
  | { kind: 'unclear'; reason: WhenUnclearReason; start?: Date; end?: Date; spans: Span[] };

interface DateReading {
  date: LocalDate;
  /** "Sat" rather than "Sat 29 Nov": the next one is meant, even a week on. */
  weekdayOnly: boolean;
  /** "tonight", "esta tarde", "ce soir": bare hours are afternoon or evening ones. */
  afternoon: boolean;
  span: Span;
}

const PARSERS: Record<Language, chrono.Chrono> = {
  en: chrono.en.casual,
  es: chrono.es.casual,
  fr: chrono.fr.casual,
};

/**
 * chrono reads "day after tomorrow" (without "the"), "pasado mañana" and "après-demain" as
 * tomorrow: it matches only the last word.
 */
const DAY_AFTER = /(?:day\s+after|pasado|apr[eè]s)[\s-]*$/iu;
const TOMORROW = new Set(['tomorrow', 'manana', 'demain']);
const LATER_IN_THE_DAY = new Set(
  ['afternoon', 'evening', 'tonight'].map((part) => `casualReference/${part}`),
);
/** chrono skips the day of the month after a weekday ("sábado 29", "samedi 29"). */
const DAY_OF_MONTH = /^\s*(\d{1,2})(?!\d)/u;
/** "sábado que viene" is the coming Saturday, as chrono reads it, but chrono leaves the words. */
const COMING = /^\s*(?:que viene|qui vient)(?!\p{L})/iu;

/**
 * When a BROADCAST's slots are, from the text at or after `from`: the clock range read by
 * `broadcast-clock`, the day by chrono-node in the coordinator's language (then English) and
 * time zone. A weekday alone means the next one whose start is still ahead.
 */
export function readWhen(text: string, from: number, context: WhenContext): WhenReading {
  const range = findClockRange(text, from);
  const lone = range ? undefined : findLoneClock(text, from);
  const clockSpan = range?.span ?? lone?.span;
  const day = readDate(text, from, clockSpan, context);
  const spans = [clockSpan, day?.span].filter((span): span is Span => span !== undefined);
  if (!clockSpan) return { kind: 'unclear', reason: 'no_time', spans };
  if (!day) return { kind: 'unclear', reason: 'no_date', spans };
  const at = (date: LocalDate, minutes: number) =>
    instantAtMinutes(date, minutes, context.timeZone);
  if (!range) {
    return {
      kind: 'unclear',
      reason: 'no_end_time',
      start: at(day.date, lone?.minutes ?? 0),
      spans,
    };
  }

  const minutes = (day.afternoon && range.afternoon) || range;
  const isAhead = (date: LocalDate) =>
    at(date, minutes.startMinutes).getTime() >= context.now.getTime();
  const date = day.weekdayOnly && !isAhead(day.date) ? addDays(day.date, 7) : day.date;
  const start = at(date, minutes.startMinutes);
  const end = at(date, minutes.endMinutes);
  if (!isAhead(date)) return { kind: 'unclear', reason: 'past', start, end, spans };
  return { kind: 'when', start, end, spans };
}

function readDate(
  text: string,
  from: number,
  clockSpan: Span | undefined,
  context: WhenContext,
): DateReading | undefined {
  const cut = cutOut(text, from, clockSpan);
  const reference = {
    instant: context.now,
    timezone: offsetMs(context.now, context.timeZone) / 60_000,
  };
  const languages: Language[] = context.language === 'en' ? ['en'] : [context.language, 'en'];
  for (const language of languages) {
    const found = PARSERS[language]
      .parse(cut.text, reference, { forwardDate: true })
      .find(saysWhichDay);
    if (found) return dateOf(found, cut);
  }
  return undefined;
}

/**
 * "Sat", "29/11", "tomorrow", and a part of today in more than one word ("this afternoon",
 * "esta tarde", "ce soir"): a lone "Morning" may be the start of a place's name.
 */
function saysWhichDay(result: chrono.ParsedResult): boolean {
  if (result.start.isCertain('day') || result.start.isCertain('weekday')) return true;
  const casual = [...result.tags()].some((tag) => tag.startsWith('casualReference/'));
  return casual && /\s/.test(result.text.trim());
}

function dateOf(result: chrono.ParsedResult, cut: Cut): DateReading | undefined {
  const [year, month, day] = (['year', 'month', 'day'] as const).map((c) => result.start.get(c));
  if (!year || !month || !day) return undefined;
  let date: LocalDate = { year, month, day };
  let start = result.index;
  let end = result.index + result.text.length;
  const dayAfter = DAY_AFTER.exec(cut.text.slice(0, start));
  if (dayAfter && TOMORROW.has(plain(result.text.trim()))) {
    date = addDays(date, 1);
    start = dayAfter.index;
  }
  end += COMING.exec(cut.text.slice(end))?.[0].length ?? 0;
  const weekdayOnly = result.start.isCertain('weekday') && !result.start.isCertain('day');
  const dayOfMonth = DAY_OF_MONTH.exec(cut.text.slice(end));
  if (weekdayOnly && dayOfMonth && Number(dayOfMonth[1]) === date.day) {
    end += dayOfMonth[0].length;
  }
  return {
    date,
    weekdayOnly,
    afternoon: [...result.tags()].some((tag) => LATER_IN_THE_DAY.has(tag)),
    span: { start: cut.original(start), end: cut.original(end) },
  };
}

interface Cut {
  text: string;
  /** Where an offset in `text` was in the original. */
  original: (offset: number) => number;
}

/**
 * The text from `from` with the clock span (and the blanks around it) replaced by one space,
 * so chrono neither misreads the times nor stumbles on a run of blanks.
 */
function cutOut(text: string, from: number, span: Span | undefined): Cut {
  if (!span) return { text: text.slice(from), original: (offset) => offset + from };
  let start = span.start;
  let end = span.end;
  while (start > from && /\s/.test(text[start - 1] ?? '')) start -= 1;
  while (end < text.length && /\s/.test(text[end] ?? '')) end += 1;
  const removed = end - start - 1;
  const gap = start - from;
  return {
    text: `${text.slice(from, start)} ${text.slice(end)}`,
    original: (offset) => from + (offset <= gap ? offset : offset + removed),
  };
}
