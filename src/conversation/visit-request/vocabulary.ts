/**
 * The words each language uses for the parts of a visit request. Patterns are regular
 * expression sources matched against folded text (lower case, no accents, plain apostrophes),
 * so "mañana" is written "manana" and "à" is "a".
 */
import type { Language, PartOfDay } from './types';
import { ENGLISH } from './vocabulary-en';
import { SPANISH } from './vocabulary-es';
import { FRENCH } from './vocabulary-fr';

export interface VisitVocabulary {
  /**
   * Weekday and day words as chrono spells them; a word of six letters or more one typo away
   * from one of these is corrected before reading ("tomorow", "wensday" is too far).
   */
  dateSpellings: readonly string[];
  /** One to twelve, as words. */
  numbers: Readonly<Record<string, number>>;
  /** Day phrases chrono misreads ("pasado mañana" as tomorrow), with the days from today. */
  relativeDays: ReadonlyArray<readonly [pattern: string, days: number]>;
  /** Longest first; `today` for "tonight", "esta tarde", "ce soir". */
  partsOfDay: ReadonlyArray<{ pattern: string; part: PartOfDay; today?: true }>;
  /** Phrases that name no day ("next week", "la semaine prochaine"): not a date. */
  vagueDays: string;
  /** Weekday names → 0 (Sunday) … 6. */
  weekdays: Readonly<Record<string, number>>;
  months: string;
  /** A day of the month said alone ("the 5th", "el 5", "le 5", "vendredi 4"): groups `day`, `weekday`. */
  daysOfMonth: readonly string[];
  clock: {
    /** Words before a time ("at", "a las", "vers"). */
    lead: string;
    /** Words that make what follows a delay, not a time ("in an hour", "dans une heure"). */
    notAfter: string;
    /** A word after the hour that makes it a time ("o'clock", "horas", "heures", "h"). */
    hourWords: string;
    /** "h" between hours and minutes ("10h30"). */
    hSeparator: boolean;
    /** Words before the hour that add minutes ("half past"); group text → minutes. */
    before: Readonly<Record<string, number>>;
    /** Words after the time that add minutes ("y media", "et quart"). */
    after: Readonly<Record<string, number>>;
    /** Times said as words ("noon", "mediodía", "minuit") → minutes after midnight. */
    named: Readonly<Record<string, number>>;
  };
  range: {
    lead: string;
    separators: string;
    /** Separators that make a range without a lead ("9-11", "9 to 11"; not "el 5 a las 10"). */
    withoutLead: string;
  };
  duration: {
    lead: string;
    /** Whether "2 hours" without a lead word is a length. */
    leadless: boolean;
    hours: string;
    /** Hour units that also end a time ("h"): need a lead to be a duration. */
    shortHours: string;
    minutes: string;
    /** "and a half", "y media", "et demie". */
    half: string;
    /** Whole phrases worth 30 minutes ("half an hour"). */
    halfHour: string;
    /** An amount that is 1 in a duration only ("an hour"; "a couple of hours" is 2). */
    articles: Readonly<Record<string, number>>;
    /** Words that make "2 hours" a moment ("in 2 hours", "a las 15 horas"), not a length. */
    notAfter: string;
  };
  /** Units that make a number something else than a time ("3 days", "2 people"). */
  notTimeUnits: string;
  place: {
    home: string;
    /** Prepositions that open a place before an article or a capitalised name ("at the", "at Riverside"). */
    prepositions: string;
    /** Prepositions that hold their article ("au", "al") and need none. */
    contracted: string;
    articles: string;
    /** Words after a preposition that make it no place ("at the latest"). */
    notPlaces: string;
    /** Words that end a place phrase (after its first word). */
    stops: string;
  };
  /**
   * Words for a visit of any kind ("visit", "appointment", "cita", "rendez-vous"): a service
   * named only by one of them gives way to a specific service named beside it.
   */
  visitWords: readonly string[];
  /** Ordinal words of a numbered choice → 1-based position. */
  ordinals: Readonly<Record<string, number>>;
  /** Words a choice may come wrapped in ("the", "one", "number", "please"). */
  choiceFillers: string;
}

export const VOCABULARY: Readonly<Record<Language, VisitVocabulary>> = {
  en: ENGLISH,
  es: SPANISH,
  fr: FRENCH,
};
