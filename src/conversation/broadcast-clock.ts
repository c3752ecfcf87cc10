/**
 * Clock times in a coordinator's BROADCAST: "9-1", "9am-1pm", "9:30-1:30", "9 to 1",
 * "de 9 a 13 h", "de las 9 a las 13", "9h-13h", "de 9 h à 13 h", "entre 9h et 13h", "9-noon".
 * Read here rather than by chrono-node, which misses bare ranges ("Sat 9-1", "sáb 9-13"),
 * splits "de 9:00 a 13:00" in two, and reads "9h" in Spanish and "9 h" in French as 9:00 in
 * military time zone H (UTC+8).
 */

export interface Span {
  start: number;
  end: number;
}

interface Clock {
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
}

/** Minutes after local midnight; `endMinutes` passes 1440 when the range runs overnight. */
export interface Minutes {
  startMinutes: number;
  endMinutes: number;
}

export interface ClockRange extends Minutes {
  span: Span;
  /** When both ends are bare hours ("8-11"): the reading for a day said to be "tonight". */
  afternoon?: Minutes;
}

export interface LoneClock {
  minutes: number;
  span: Span;
}

const NOON = ['noon', 'midday', 'mediodía', 'mediodia', 'midi'];
const MIDNIGHT = ['midnight', 'medianoche', 'minuit'];

const CLOCK = String.raw`(?:\d{1,2}(?:[:.h]\d{2})?(?:[ap](?!\p{L})|\s?[ap]\.?\s?m\.?(?!\p{L})|\s?h(?:eures?|oras?|rs?|s)?(?!\p{L}))?|${[...NOON, ...MIDNIGHT].join('|')})`;
const BEFORE = String.raw`(?<![\p{L}\p{N}/:.\-])`;
const AFTER = String.raw`(?![\p{L}\p{N}/:])`;

/** Spanish puts an article before each hour: "de las 9 a las 13". */
const ARTICLE = String.raw`(?:(?:las|la)\s+)?`;
const RANGE = new RegExp(
  String.raw`${BEFORE}(?:(from|de|desde|dès|des|between|entre)\s+)?${ARTICLE}(${CLOCK})\s*(-|–|—|to|till|til|until|a|hasta|à|jusqu'à|and|y|et)\s*${ARTICLE}(${CLOCK})${AFTER}`,
  'giu',
);
/** "and" joins two times only after "between" ("between 9 and 1"); alone it is too loose. */
const BETWEEN = new Set(['between', 'entre']);
const AND = new Set(['and', 'y', 'et']);

const LONE = new RegExp(
  String.raw`${BEFORE}(?:(at|a las|a la|à|vers)\s+)?(${CLOCK})${AFTER}`,
  'giu',
);

/** The first time range in `text` at or after `from`. */
export function findClockRange(text: string, from: number): ClockRange | undefined {
  for (const match of matchesFrom(RANGE, text, from)) {
    const [whole, prefix, first, connector, second] = match;
    const between = prefix !== undefined && BETWEEN.has(prefix.toLowerCase());
    if (AND.has(connector?.toLowerCase() ?? '') && !between) continue;
    const start = readClock(first ?? '');
    const end = readClock(second ?? '');
    const minutes = start && end ? resolveRange(start, end) : undefined;
    if (!start || !end || !minutes) continue;
    const span = { start: match.index, end: match.index + whole.length };
    if (!isAmbiguous(start) || !isAmbiguous(end)) return { ...minutes, span };
    return { ...minutes, span, afternoon: inTheAfternoon(start, end) };
  }
  return undefined;
}

/**
 * The first single time in `text` at or after `from` that is plainly a time ("9am", "9h",
 * "9:30", "at 9"), so a BROADCAST with no end time can be told so. A bare number is not one.
 */
export function findLoneClock(text: string, from: number): LoneClock | undefined {
  for (const match of matchesFrom(LONE, text, from)) {
    const [whole, prefix, raw = ''] = match;
    const clock = readClock(raw);
    if (!clock || (prefix === undefined && /^\d+$/.test(raw))) continue;
    return {
      minutes: minutesOf(clock, hour24(clock)),
      span: { start: match.index, end: match.index + whole.length },
    };
  }
  return undefined;
}

function* matchesFrom(pattern: RegExp, text: string, from: number) {
  for (const match of text.slice(from).matchAll(pattern)) {
    match.index += from;
    yield match;
  }
}

function readClock(raw: string): Clock | undefined {
  const word = raw.toLowerCase();
  if (NOON.includes(word)) return { hour: 12, minute: 0, meridiem: 'pm' };
  if (MIDNIGHT.includes(word)) return { hour: 12, minute: 0, meridiem: 'am' };
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?\s?(?:([ap])(?:\.?\s?m)?\.?)?/iu.exec(raw);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const letter = match[3]?.toLowerCase();
  if (minute > 59) return undefined;
  if (letter === undefined) return hour <= 23 ? { hour, minute } : undefined;
  if (hour < 1 || hour > 12) return undefined;
  return { hour, minute, meridiem: letter === 'a' ? 'am' : 'pm' };
}

/**
 * Hours without am/pm are read the way people write shifts: "9-1" is 9am–1pm (an end hour
 * smaller than the start, both ≤ 12, is afternoon); "2-5pm" is 2pm–5pm and "9am-1" is 9am–1pm
 * (a bare hour takes whichever reading gives the shorter shift). A range that ends before its
 * start after that runs overnight; one that starts and ends at the same time is none.
 */
function resolveRange(start: Clock, end: Clock): Minutes | undefined {
  let startMinutes = minutesOf(start, hour24(start));
  let endMinutes = minutesOf(end, hour24(end));
  if (isAmbiguous(start) && isAmbiguous(end)) {
    if (end.hour < start.hour) endMinutes += 720;
  } else if (isAmbiguous(start)) {
    startMinutes = shortest(readings(start), (minutes) => endMinutes - minutes);
  } else if (isAmbiguous(end)) {
    endMinutes = shortest(readings(end), (minutes) => minutes - startMinutes);
  }
  if (endMinutes === startMinutes) return undefined;
  if (endMinutes < startMinutes) endMinutes += 1440;
  return { startMinutes, endMinutes };
}

/** "8-11" tonight is 8pm–11pm; "10-2" tonight is 10pm–2am. */
function inTheAfternoon(start: Clock, end: Clock): Minutes {
  const [, startMinutes = 0] = readings(start);
  const endMinutes = shortest(readings(end), (minutes) => minutes - startMinutes);
  return { startMinutes, endMinutes: endMinutes > startMinutes ? endMinutes : endMinutes + 1440 };
}

/** 1–12 without am/pm: "9" could be 9:00 or 21:00. "13", "0" and "9pm" cannot. */
function isAmbiguous(clock: Clock): boolean {
  return clock.meridiem === undefined && clock.hour >= 1 && clock.hour <= 12;
}

/** The hour on a 24-hour clock; without am/pm, the hour as written (12 is noon). */
function hour24(clock: Clock): number {
  if (clock.meridiem === 'am') return clock.hour % 12;
  if (clock.meridiem === 'pm') return (clock.hour % 12) + 12;
  return clock.hour;
}

function minutesOf(clock: Clock, hour: number): number {
  return hour * 60 + clock.minute;
}

/** Both readings of an ambiguous time, in minutes after midnight. */
function readings(clock: Clock): number[] {
  return [minutesOf(clock, clock.hour % 12), minutesOf(clock, (clock.hour % 12) + 12)];
}

/** The reading that makes the shortest shift (a length wrapped into one day, never zero). */
function shortest(candidates: number[], length: (minutes: number) => number): number {
  const wrapped = (minutes: number) => ((((length(minutes) - 1) % 1440) + 1440) % 1440) + 1;
  return candidates.reduce((best, minutes) => (wrapped(minutes) < wrapped(best) ? minutes : best));
}
