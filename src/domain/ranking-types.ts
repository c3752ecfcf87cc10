import type { Availability } from './availability';
import type { PartnershipScope } from './partnership-scope';

export type EmploymentType = 'full_time' | 'part_time' | 'on_call';

export interface ShiftToFill {
  id: string;
  /** The organisation that booked the shift (its client's organisation). */
  organisationId: string;
  clientId: string;
  start: Date;
  end: Date;
  skills: string[];
  badges: string[];
  /** A visit's service key: the work it is, with its skills. */
  service?: string;
  /** Where it is, as offers show it: a visit's area, else its place. */
  area: string;
}

export interface Booking {
  shiftId: string;
  start: Date;
  end: Date;
}

export interface ReliabilityEvent {
  kind: 'no_show' | 'drop';
  at: Date;
  /** A drop for being unwell ("I'm sick"): shown, never held against them. */
  reason?: 'unwell';
}

export interface Candidate {
  personId: string;
  /** The organisation that employs the worker. */
  organisationId: string;
  employment: EmploymentType;
  /** The language the worker texts in (the one they speak with clients). */
  language: string;
  skills: string[];
  badges: string[];
  /** The zone the availability windows are written in (the worker's, else their organisation's). */
  timeZone: string;
  availability: Availability;
  optedOut: boolean;
  bookings: Booking[];
  reliability: ReliabilityEvent[];
  confirmedMinutesThisWeek: number;
}

/** Lets `providerOrganisationId`'s workers serve `clientOrganisationId`'s shifts. */
export interface Partnership {
  providerOrganisationId: string;
  clientOrganisationId: string;
  /** Limits the partnership to these clients; absent: all of the organisation's clients. */
  clientIds?: string[];
  /** What the client is charged per hour of the provider's work, in cents. */
  chargeCentsPerHour?: number;
  /** Made under the provider's published terms: the shifts it serves; absent: every one. */
  scope?: PartnershipScope;
}

export interface RankingContext {
  now: Date;
  partnerships: Partnership[];
  client: {
    /** The client's language: workers who speak it come first. Absent: no client. */
    language?: string;
    preferredOrganisationIds: string[];
    lastWorker?: { personId: string; liked: boolean };
  };
  /** People already offered this shift (any answer, or none yet). */
  offeredPersonIds: string[];
  declinedPersonIds: string[];
  /** A no-show or drop replacement: on-call workers first. */
  urgent: boolean;
}

export interface Ranked {
  personId: string;
  /** 1 is offered first. */
  rank: number;
  reasons: string[];
}

export interface Excluded {
  personId: string;
  reasons: string[];
}

export interface RankingResult {
  eligible: Ranked[];
  excluded: Excluded[];
}
