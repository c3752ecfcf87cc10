/** What booking a client's visit depends on. Pure data; nothing here does I/O. */
import type {
  BusinessHours,
  DayWindows,
  ServiceEntry,
} from '../../conversation/visit-request/types';

export type { BusinessHours, DayWindows, ServiceEntry };

/** An organisation's rules for visits clients book by text. */
export interface VisitSettings {
  /** Not sooner than this after now (e.g. 120: not within the next 2 hours). */
  minLeadMinutes: number;
  /** Not later than this many days after now (e.g. 60). */
  maxLeadDays: number;
  /** What "morning", "afternoon" and "evening" mean, in the organisation's zone. */
  dayWindows: DayWindows;
  /** A visit dialog left half-way is closed, with a short note, after this long. */
  dialogExpiryMinutes: number;
  /**
   * Nobody has taken a visit this long before it starts: the client is offered other times and
   * the coordinator told (half the time to the visit when booked with less notice than this).
   */
  unfilledNoticeHours: number;
}

export const DEFAULT_VISIT_SETTINGS: VisitSettings = {
  minLeadMinutes: 120,
  maxLeadDays: 60,
  dayWindows: {
    morning: ['09:00', '12:00'],
    afternoon: ['13:00', '17:00'],
    evening: ['17:00', '20:00'],
  },
  dialogExpiryMinutes: 60,
  unfilledNoticeHours: 24,
};

/** A visit time Shiftline can book, or why not and the nearest times it could. */
export type BookingCheck =
  | { ok: true }
  | {
      ok: false;
      reason: 'past' | 'too_soon' | 'too_far' | 'closed';
      /** Up to 3 bookable starts nearest the one asked for, earliest first (same length). */
      alternatives: Date[];
    };

/** A series: the same visit every `everyWeeks` weeks, `count` visits in all (the first included). */
export interface VisitRepeat {
  everyWeeks: number;
  count: number;
}
