import type { Quantity, Reading } from './reading';
import type { Match } from './vocabulary';

/** Words allowed between a keyword and its number: "late by 15", "en retard de 10". */
const CONNECTORS = new Set([
  'by',
  'of',
  'about',
  'around',
  'like',
  'de',
  'unos',
  'como',
  'environ',
]);

export interface Amount {
  /** Undefined when the number is out of range: the intent stands without it. */
  readonly value?: number;
  readonly quantity?: Quantity;
}

function skippable(reading: Reading, index: number): boolean {
  const token = reading.tokens[index];
  return token?.kind === 'code' || (token?.kind === 'word' && CONNECTORS.has(token.plain));
}

/** A bare number right before or after the keyword ("LATE 15", "15 late", "LATE K7P 15"). */
function besideKeyword(reading: Reading, keyword: Match, quantity: Quantity): boolean {
  if (quantity.unit !== undefined) return false;
  if (quantity.end === keyword.start) return true;
  let at = keyword.end;
  while (at < quantity.start && skippable(reading, at)) at += 1;
  return at === quantity.start;
}

function firstOf(reading: Reading, keywords: readonly Match[], unit: Quantity['unit']) {
  return reading.quantities.find((quantity) =>
    unit ? quantity.unit === unit : keywords.some((k) => besideKeyword(reading, k, quantity)),
  );
}

/** Minutes late: "15 min", "LATE 15", "half an hour", "1h". Kept when 0 < minutes ≤ 240. */
export function lateMinutes(reading: Reading, keywords: readonly Match[]): Amount {
  const quantity =
    firstOf(reading, keywords, 'min') ??
    firstOf(reading, keywords, undefined) ??
    firstOf(reading, keywords, 'h');
  if (!quantity) return {};
  const minutes = Math.round(quantity.unit === 'h' ? quantity.value * 60 : quantity.value);
  return { quantity, value: minutes > 0 && minutes <= 240 ? minutes : undefined };
}

/** Hours worked: "3.5h", "4 hours", "DONE 3,5", "4h30". Kept when 0 < hours ≤ 24. */
export function hoursWorked(reading: Reading, keywords: readonly Match[]): Amount {
  const quantity = firstOf(reading, keywords, 'h') ?? firstOf(reading, keywords, undefined);
  if (!quantity) return {};
  const hours = Math.round(quantity.value * 100) / 100;
  return { quantity, value: hours > 0 && hours <= 24 ? hours : undefined };
}
