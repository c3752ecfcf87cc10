/** What the visit-request parser reads and returns. Pure data; nothing here does I/O. */
import type { VisitRepeat } from '../../domain/visit/types';
import type { LocalDate } from '../../domain/zoned-time';
import type { Language } from '../types';

export type { Language };

/** "HH:MM" on a 24-hour clock, as in the organisation's settings. */
export type ClockTime = string;

/** When a service can be booked: on these weekdays (0 = Sunday … 6 = Saturday), between two times. */
export interface BusinessHours {
  weekdays: number[];
  opens: ClockTime;
  closes: ClockTime;
}

/** One service of the organisation's catalogue. */
export interface ServiceEntry {
  id: string;
  /** The service's name first, then its synonyms, in each language. */
  names: Record<Language, string[]>;
  defaultMinutes: number;
  hours?: BusinessHours[];
}

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

/** The organisation's idea of each part of the day: `[from, to]`. */
export type DayWindows = Record<PartOfDay, readonly [ClockTime, ClockTime]>;

export type VisitPlace = { kind: 'home' } | { kind: 'named'; text: string };

export type MissingField = 'service' | 'date' | 'time';

/**
 * A visit as far as it is known. What the client said is kept (`date`, `startMinutes`,
 * `partOfDay`, `saidMinutes`), so that an answer or a change can replace one part and the
 * instants are worked out again. `start` and `end` are set once the day and the time are known
 * (`end` also needs a duration: said, from a range, or the service's default).
 */
export interface VisitRequestDraft {
  serviceId?: string;
  /** The day, in the organisation's zone. */
  date?: LocalDate;
  /** Wall-clock minutes after midnight, when a time was said. */
  startMinutes?: number;
  /** A part of the day said without a time: the visit starts when its window opens. */
  partOfDay?: PartOfDay;
  /** A duration the client said ("for 2 hours") or a range gave ("9-11"). */
  saidMinutes?: number;
  start?: Date;
  end?: Date;
  durationMinutes?: number;
  place: VisitPlace;
  /** False while the place is the client's home by default. */
  placeSaid: boolean;
  missing: MissingField[];
  /** Several services matched: the ids to ask the client to choose from. */
  ambiguities?: { service: string[] };
  /** A series ("every Monday for 5 weeks"): the first visit is this draft's day. */
  repeat?: VisitRepeat;
  /** More visits were asked than a series may have: `repeat.count` is the most allowed. */
  repeatCapped?: true;
}

/** The client's own words behind each part of the draft, for logs and for a coordinator. */
export interface Understood {
  service?: string;
  date?: string;
  time?: string;
  duration?: string;
  place?: string;
  repeat?: string;
}

export type VisitUnclearReason =
  /** Nothing but spaces or punctuation. */
  | 'empty'
  /** Longer than any text message; not read. */
  | 'too_long'
  /** No service, day, time, duration or place recognised. */
  | 'nothing_understood'
  /** A numbered choice that was not offered ("3" when two were). */
  | 'no_such_choice';

export type VisitParseResult =
  | { kind: 'request'; draft: VisitRequestDraft; understood: Understood }
  | { kind: 'unclear'; reason: VisitUnclearReason };

export interface VisitParseContext {
  language: Language;
  /** IANA zone name of the organisation, e.g. "America/New_York". */
  timeZone: string;
  now: Date;
  catalogue: readonly ServiceEntry[];
  windows: DayWindows;
}

export type AnswerExpected = 'service' | 'date' | 'time' | 'place' | 'confirm';

export interface VisitAnswerContext extends VisitParseContext {
  /** What the last question asked for. */
  expecting: AnswerExpected;
  /**
   * The numbered options the last question offered, in order: service ids when asking for
   * the service, ISO instants when offering start times, 'home' or a place's name when
   * offering places.
   */
  choices?: readonly string[];
}
