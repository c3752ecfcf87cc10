/**
 * Days chrono misses or misreads, read before it: "pasado mañana" / "après-demain" (chrono
 * reads tomorrow), and a day of the month said alone: "the 5th", "el 5", "le 5", "vendredi 4"
 * (chrono reads 4 o'clock). "le 5 novembre" and "the 5th of May" are left to chrono.
 */
import { addDays, weekday, type LocalDate } from '../../domain/zoned-time';
import { takeFirst, type Scan } from './scan';
import type { VisitVocabulary } from './vocabulary';

export interface DayReading {
  date: LocalDate;
  /** Only a weekday was said ("friday"): a time already past today means next week's. */
  fromWeekday: boolean;
  text: string;
}

export function readRelativeDay(
  scan: Scan,
  vocabulary: VisitVocabulary,
  today: LocalDate,
): DayReading | undefined {
  for (const [pattern, days] of vocabulary.relativeDays) {
    const taken = takeFirst(scan, new RegExp(`\\b(?:${pattern})\\b`, 'u'));
    if (taken) return { date: addDays(today, days), fromWeekday: false, text: taken.text };
  }
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "vendredi 4" is no Friday the 4th when the next one is months away ("lunes 10" is 10 o'clock). */
const MONTHS_AHEAD = 2;

/**
 * The first day numbered `day` from today on: this month's, or the next month that has one;
 * with a weekday ("vendredi 4"), the first that falls on it.
 */
export function nextDayOfMonth(
  today: LocalDate,
  day: number,
  onWeekday?: number,
): LocalDate | undefined {
  if (day < 1 || day > 31) return undefined;
  for (let ahead = 0; ahead <= MONTHS_AHEAD; ahead += 1) {
    const month0 = today.month - 1 + ahead;
    const date = { year: today.year + Math.floor(month0 / 12), month: (month0 % 12) + 1, day };
    const fits =
      day <= daysInMonth(date.year, date.month) &&
      (ahead > 0 || day >= today.day) &&
      (onWeekday === undefined || weekday(date) === onWeekday);
    if (fits) return date;
  }
  return undefined;
}

export function readDayOfMonth(
  scan: Scan,
  vocabulary: VisitVocabulary,
  today: LocalDate,
): DayReading | undefined {
  const notAfterDay =
    `(?!\\s*(?:de\\s+|of\\s+)?(?:${vocabulary.months})\\b)(?!\\s*[:./h]\\s*\\d)` +
    `(?!\\s*(?:${vocabulary.clock.hourWords}|[ap]\\.?\\s?m\\b|${vocabulary.notTimeUnits})\\b)`;
  for (const pattern of vocabulary.daysOfMonth) {
    const found: { date?: LocalDate } = {};
    const taken = takeFirst(
      scan,
      new RegExp(`\\b(?:${pattern})${notAfterDay}`, 'u'),
      ({ day, weekday: named }) => {
        const onWeekday = named === undefined ? undefined : vocabulary.weekdays[named];
        found.date = nextDayOfMonth(today, Number(day), onWeekday);
        return found.date !== undefined;
      },
    );
    if (taken && found.date) return { date: found.date, fromWeekday: false, text: taken.text };
  }
  return undefined;
}
