/**
 * Clock times and ranges as said: "10am", "at 3", "10:30", "a las 5 y media", "à 14h",
 * "noon", "from 2 to 4pm", "9-11", "de 9h à 11h", "entre las 9 y las 11". A bare number is a
 * time only with a lead word ("at 3") or a mark of one (minutes, am/pm, "h", "o'clock");
 * which half of the day it means is decided later (resolve-clock.ts).
 */
import { alternation } from './alternation';
import { takeFirst, type Scan } from './scan';
import type { VisitVocabulary } from './vocabulary';

export interface SaidClock {
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
  /** Over 12, with a leading zero ("09:00") or a named time ("noon"): no half-day to choose. */
  twentyFourHour: boolean;
  /** Minutes, am/pm, an hour word or a named time: a time even without a lead word. */
  marked: boolean;
}

export interface ClockReading {
  start: SaidClock;
  end?: SaidClock;
  text: string;
}

interface ClockGrammar {
  /** One time, anchored, with groups, to read what a range or a single time matched. */
  parts: RegExp;
  named: RegExp;
  range: RegExp;
  single: RegExp;
  rangeLeadFree: RegExp;
}

const MERIDIEM = 'a\\.?\\s?m\\.?|p\\.?\\s?m\\.?';
const grammars = new WeakMap<VisitVocabulary, ClockGrammar>();

function optional(source: string, around: (s: string) => string): string {
  return source === '' ? '' : around(source);
}

function grammarOf(vocabulary: VisitVocabulary): ClockGrammar {
  const cached = grammars.get(vocabulary);
  if (cached) return cached;
  const { clock, range, notTimeUnits } = vocabulary;
  const hour = `\\d{1,2}|${alternation(vocabulary.numbers)}`;
  const separator = clock.hSeparator ? '(?::|\\.|h)' : '(?::|\\.)';
  const before = alternation(clock.before);
  const after = alternation(clock.after);
  const named = alternation(clock.named);
  const suffix = `(?:${MERIDIEM}|${clock.hourWords})(?![\\p{L}])`;
  const time =
    `(?:${optional(before, (b) => `(?:(?:${b})\\s+)?`)}(?:${hour})(?:\\s*${separator}\\s*[0-5]\\d)?` +
    `(?:\\s*${suffix})?${optional(after, (a) => `(?:\\s+(?:${a}))?`)}|(?:${named}))`;
  const parts =
    `^${optional(before, (b) => `(?:(?<before>${b})\\s+)?`)}(?<hour>${hour})` +
    `(?:\\s*${separator}\\s*(?<minute>[0-5]\\d))?` +
    `(?:\\s*(?:(?<meridiem>${MERIDIEM})|(?<word>${clock.hourWords})))?` +
    `${optional(after, (a) => `(?:\\s+(?<after>${a}))?`)}$`;
  const start = '(?<![\\p{L}\\d/.:-])';
  const end = `(?!\\s*(?:${notTimeUnits})\\b)(?![\\p{L}\\d/])`;
  const grammar: ClockGrammar = {
    parts: new RegExp(parts, 'u'),
    named: new RegExp(`^(?:${named})$`, 'u'),
    range: new RegExp(
      `${start}(?:(?<lead>${range.lead})\\s+)?(?<from>${time})\\s*(?<separator>${range.separators})\\s*(?<to>${time})${end}`,
      'u',
    ),
    single: new RegExp(
      `${start}(?<!\\b(?:${clock.notAfter})\\s+)(?:(?<lead>${clock.lead})\\s*)?(?<time>${time})${end}`,
      'u',
    ),
    rangeLeadFree: new RegExp(`^(?:${range.withoutLead})$`, 'u'),
  };
  grammars.set(vocabulary, grammar);
  return grammar;
}

function minutesFor(table: Readonly<Record<string, number>>, said: string | undefined): number {
  if (said === undefined) return 0;
  const key = Object.keys(table).find((k) => new RegExp(`^(?:${k})$`, 'u').test(said));
  return key === undefined ? 0 : (table[key] ?? 0);
}

function numberOf(word: string, vocabulary: VisitVocabulary): number {
  return /^\d+$/.test(word) ? Number(word) : (vocabulary.numbers[word] ?? NaN);
}

/** What one matched time says, or nothing if it is no time of day ("25:00"). */
export function readSaidClock(text: string, vocabulary: VisitVocabulary): SaidClock | undefined {
  const { clock } = vocabulary;
  const grammar = grammarOf(vocabulary);
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (grammar.named.test(trimmed)) {
    const minutes = minutesFor(clock.named, trimmed);
    return {
      hour: Math.floor(minutes / 60),
      minute: minutes % 60,
      twentyFourHour: true,
      marked: true,
    };
  }
  const groups = grammar.parts.exec(trimmed)?.groups;
  if (!groups?.hour) return undefined;
  let hour = numberOf(groups.hour, vocabulary);
  let minute = groups.minute === undefined ? 0 : Number(groups.minute);
  minute += minutesFor(clock.before, groups.before) + minutesFor(clock.after, groups.after);
  if (minute < 0) {
    minute += 60;
    hour -= 1;
  }
  if (!(hour >= 0 && hour <= 24 && minute < 60)) return undefined;
  const meridiem = groups.meridiem?.startsWith('p') ? 'pm' : groups.meridiem ? 'am' : undefined;
  if (meridiem && (hour === 0 || hour > 12)) return undefined;
  return {
    hour,
    minute,
    ...(meridiem ? { meridiem } : {}),
    twentyFourHour: hour > 12 || hour === 0 || /^0\d/.test(groups.hour),
    marked: Boolean(
      groups.minute ?? groups.meridiem ?? groups.word ?? groups.before ?? groups.after,
    ),
  };
}

/** "from 2 to 4pm", "9-11", "de 9h à 11h". */
export function readClockRange(scan: Scan, vocabulary: VisitVocabulary): ClockReading | undefined {
  const grammar = grammarOf(vocabulary);
  const said: { start?: SaidClock; end?: SaidClock } = {};
  const taken = takeFirst(scan, grammar.range, ({ lead, from, to, separator }) => {
    if (!lead && !grammar.rangeLeadFree.test(separator?.replace(/\s+/g, ' ') ?? '')) return false;
    said.start = readSaidClock(from ?? '', vocabulary);
    said.end = readSaidClock(to ?? '', vocabulary);
    return said.start !== undefined && said.end !== undefined;
  });
  return taken && said.start && said.end && { start: said.start, end: said.end, text: taken.text };
}

/** One time: "at 3", "10:30", "15h", "noon". */
export function readClock(scan: Scan, vocabulary: VisitVocabulary): ClockReading | undefined {
  const grammar = grammarOf(vocabulary);
  const said: { start?: SaidClock } = {};
  const taken = takeFirst(scan, grammar.single, ({ lead, time }) => {
    said.start = readSaidClock(time ?? '', vocabulary);
    return said.start !== undefined && (lead !== undefined || said.start.marked);
  });
  return taken && said.start && { start: said.start, text: taken.text };
}
