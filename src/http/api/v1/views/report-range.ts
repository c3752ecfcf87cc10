import {
  addDays,
  daysBetween,
  instantAt,
  wallTime,
  type LocalDate,
} from '../../../../domain/zoned-time';

export const MAX_REPORT_DAYS = 92;
const DEFAULT_REPORT_DAYS = 7;

export interface ReportRange {
  from: LocalDate;
  /** Included. */
  to: LocalDate;
}

export type RangeResult =
  ({ ok: true } & ReportRange) | { ok: false; path: 'from' | 'to'; message: string };

/** "2026-11-25" → its parts; the text is already validated as a date. */
export function parseLocalDate(text: string): LocalDate {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

export const formatLocalDate = (date: LocalDate): string =>
  [date.year, date.month, date.day]
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');

export const localDateOf = (instant: Date, zone: string): LocalDate => wallTime(instant, zone);

/** The days asked for: 7 days ending today, from `from`, or up to `to`; at most 92. */
export function reportRange(
  asked: { from?: string | undefined; to?: string | undefined },
  today: LocalDate,
): RangeResult {
  const from = asked.from ? parseLocalDate(asked.from) : undefined;
  const to = asked.to ? parseLocalDate(asked.to) : undefined;
  const last = to ?? (from ? addDays(from, DEFAULT_REPORT_DAYS - 1) : today);
  const first = from ?? addDays(last, 1 - DEFAULT_REPORT_DAYS);
  const days = daysBetween(first, last) + 1;
  if (days < 1) return { ok: false, path: 'to', message: 'must not be before from' };
  if (days > MAX_REPORT_DAYS)
    return { ok: false, path: 'to', message: `a report covers at most ${MAX_REPORT_DAYS} days` };
  return { ok: true, from: first, to: last };
}

export function daysOf(range: ReportRange): LocalDate[] {
  const count = daysBetween(range.from, range.to) + 1;
  return Array.from({ length: count }, (_, i) => addDays(range.from, i));
}

/** The instants the range covers in `zone`: from the first day's midnight to the next after the last. */
export function instantsOf(range: ReportRange, zone: string): { start: Date; end: Date } {
  const midnight = (date: LocalDate) => instantAt({ ...date, hour: 0, minute: 0, second: 0 }, zone);
  return { start: midnight(range.from), end: midnight(addDays(range.to, 1)) };
}
