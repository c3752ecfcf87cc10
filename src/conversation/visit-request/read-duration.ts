/**
 * How long the visit is: "for 2 hours", "an hour and a half", "90 minutes", "durante 2 horas",
 * "media hora", "pendant 1h30", "une visite de 2 heures". Never "in 2 hours" (a moment) nor
 * "à 9 heures" (a time).
 */
import { takeFirst, type Scan } from './scan';
import { alternation } from './alternation';
import type { VisitVocabulary } from './vocabulary';

export interface DurationReading {
  minutes: number;
  text: string;
}

const SHORTEST_MINUTES = 15;
const LONGEST_MINUTES = 12 * 60;

const patterns = new WeakMap<VisitVocabulary, { led: RegExp; leadless: RegExp }>();

function patternsOf(vocabulary: VisitVocabulary) {
  const cached = patterns.get(vocabulary);
  if (cached) return cached;
  const d = vocabulary.duration;
  const amount = `\\d+(?:[.,]\\d+)?|${alternation({ ...vocabulary.numbers, ...d.articles })}`;
  const length = (hours: string) =>
    `(?:(?<halfHour>${d.halfHour})|(?<amount>${amount})\\s*-?\\s*(?:(?<halfBefore>${d.half})\\s+)?` +
    `(?:(?<hours>${hours})|(?<minutes>${d.minutes}))(?:\\s+(?<halfAfter>${d.half}))?)(?![\\p{L}])`;
  const led =
    `\\b(?:${d.lead})\\s+(?:(?<h>\\d{1,2})\\s*h\\s*(?<m>[0-5]\\d)(?![\\p{L}\\d])|` +
    `${length(`${d.hours}|${d.shortHours}`)})`;
  const leadless = `(?<!(?:^|[^\\p{L}])(?:${d.notAfter})\\s+)(?<![\\p{L}\\d])${length(d.hours)}`;
  const built = { led: new RegExp(led, 'u'), leadless: new RegExp(leadless, 'u') };
  patterns.set(vocabulary, built);
  return built;
}

function amountOf(said: string, vocabulary: VisitVocabulary): number {
  if (/^\d/.test(said)) return Number(said.replace(',', '.'));
  const table = { ...vocabulary.numbers, ...vocabulary.duration.articles };
  const key = Object.keys(table).find((k) => new RegExp(`^(?:${k})$`, 'u').test(said));
  return key === undefined ? NaN : (table[key] ?? NaN);
}

function minutesOf(
  groups: Record<string, string | undefined>,
  vocabulary: VisitVocabulary,
): number | undefined {
  if (groups.halfHour) return 30;
  if (groups.h && groups.m) return Number(groups.h) * 60 + Number(groups.m);
  const amount = amountOf((groups.amount ?? '').replace(/\s+/g, ' '), vocabulary);
  const half = groups.halfBefore || groups.halfAfter ? 0.5 : 0;
  const minutes = groups.minutes ? amount : (amount + half) * 60;
  return Number.isFinite(minutes) ? Math.round(minutes) : undefined;
}

export function readDuration(scan: Scan, vocabulary: VisitVocabulary): DurationReading | undefined {
  const { led, leadless } = patternsOf(vocabulary);
  const found: { minutes?: number } = {};
  const sensible = (groups: Record<string, string | undefined>) => {
    found.minutes = minutesOf(groups, vocabulary);
    return (
      found.minutes !== undefined &&
      found.minutes >= SHORTEST_MINUTES &&
      found.minutes <= LONGEST_MINUTES
    );
  };
  const taken =
    takeFirst(scan, led, sensible) ??
    (vocabulary.duration.leadless ? takeFirst(scan, leadless, sensible) : undefined);
  return taken && found.minutes !== undefined
    ? { minutes: found.minutes, text: taken.text }
    : undefined;
}
