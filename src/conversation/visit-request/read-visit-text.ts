/**
 * Everything one text says about a visit, read in an order where each reader sees only what
 * the ones before left: a series ("every Monday for 5 weeks"), day phrases chrono misreads, the part of the day ("mañana por la
 * mañana" is tomorrow morning), clock ranges, durations, clock times, days of the month, then
 * chrono for the day, the services, and the place.
 */
import { wallTime, type LocalDate } from '../../domain/zoned-time';
import { findServices, type ServiceReading } from './find-service';
import { readChronoDay } from './read-chrono-day';
import { readClock, readClockRange, type ClockReading } from './read-clock';
import { readDayOfMonth, readRelativeDay, type DayReading } from './read-day-words';
import { readDuration, type DurationReading } from './read-duration';
import { readPartOfDay, type PartOfDayReading } from './read-part-of-day';
import { readPlace, type PlaceReading } from './read-place';
import { readRepeat, type RepeatReading } from './read-repeat';
import { createScan, untakenWords } from './scan';
import { spellDateWords } from './spell-date-words';
import type { Understood, VisitParseContext } from './types';
import { VOCABULARY } from './vocabulary';

export interface VisitReading {
  today: LocalDate;
  services?: ServiceReading;
  day?: DayReading;
  partOfDay?: PartOfDayReading;
  clock?: ClockReading;
  duration?: DurationReading;
  place?: PlaceReading;
  /** A series ("every Monday", "weekly for 3 weeks"), or only its length ("for 6 weeks"). */
  repeat?: RepeatReading;
  /** Whole numbers nothing else read ("make it 11"): an hour or a day, by the question. */
  bareNumbers: number[];
}

export function todayIn(context: Pick<VisitParseContext, 'now' | 'timeZone'>): LocalDate {
  const { year, month, day } = wallTime(context.now, context.timeZone);
  return { year, month, day };
}

/** A reading of nothing, for a choice picked from a list. */
export function emptyReading(context: Pick<VisitParseContext, 'now' | 'timeZone'>): VisitReading {
  return { today: todayIn(context), bareNumbers: [] };
}

export function readVisitText(text: string, context: VisitParseContext): VisitReading {
  const vocabulary = VOCABULARY[context.language];
  const today = todayIn(context);
  const scan = createScan(spellDateWords(text, vocabulary));
  const repeat = readRepeat(scan, context.language, today);
  const relativeDay = readRelativeDay(scan, vocabulary, today);
  const partOfDay = readPartOfDay(scan, vocabulary);
  const range = readClockRange(scan, vocabulary);
  const duration = readDuration(scan, vocabulary);
  const clock = range ?? readClock(scan, vocabulary);
  const dayOfMonth = readDayOfMonth(scan, vocabulary, today);
  const chronoDay = readChronoDay(scan, vocabulary, context.language, today, context.timeZone);
  const services = findServices(scan, context.catalogue, context.language);
  const place = readPlace(scan, vocabulary);
  const todayByPart =
    partOfDay?.today === true
      ? { date: today, fromWeekday: false, text: partOfDay.text }
      : undefined;
  const repeatDay = repeat?.day && { ...repeat.day, fromWeekday: true };
  const day = relativeDay ?? dayOfMonth ?? chronoDay ?? repeatDay ?? todayByPart;
  return {
    today,
    ...(services ? { services } : {}),
    ...(day ? { day } : {}),
    ...(partOfDay ? { partOfDay } : {}),
    ...(clock ? { clock } : {}),
    ...(duration ? { duration } : {}),
    ...(place ? { place } : {}),
    ...(repeat ? { repeat } : {}),
    bareNumbers: untakenWords(scan)
      .filter(({ word }) => /^\d{1,2}$/.test(word))
      .map(({ word }) => Number(word)),
  };
}

/** The client's words behind each part read. */
export function understoodOf(reading: VisitReading): Understood {
  const time = [reading.partOfDay?.text, reading.clock?.text].filter(Boolean).join(' ');
  return {
    ...(reading.services ? { service: reading.services.text } : {}),
    ...(reading.day ? { date: reading.day.text } : {}),
    ...(time ? { time } : {}),
    ...(reading.duration ? { duration: reading.duration.text } : {}),
    ...(reading.place ? { place: reading.place.text } : {}),
    ...(reading.repeat ? { repeat: reading.repeat.text } : {}),
  };
}

/** Whether a text says a series: "every week", "cada martes" (a length alone, "for 6 weeks", does not). */
export function saysSeries(reading: VisitReading): boolean {
  return reading.repeat?.everyWeeks !== undefined;
}

/** Whether a first text names a visit: a service, a day, a time or a series (a place alone is not one). */
export function namesAVisit(reading: VisitReading): boolean {
  return (
    Boolean(reading.services ?? reading.day ?? reading.partOfDay ?? reading.clock) ||
    saysSeries(reading)
  );
}

/** Whether an answer or a change said anything about the visit. */
export function saysAnything(reading: VisitReading): boolean {
  return (
    Boolean(
      reading.services ??
      reading.day ??
      reading.partOfDay ??
      reading.clock ??
      reading.duration ??
      reading.place,
    ) || saysSeries(reading)
  );
}
