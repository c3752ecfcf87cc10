import type { Types } from 'mongoose';
import type { Availability, WeeklyWindow } from '../../domain/availability';
import { parseClockTime } from '../../domain/zoned-time';
import type {
  Candidate,
  EmploymentType,
  Partnership,
  RankingContext,
  ShiftToFill,
} from '../../domain/ranking-types';
import type { Shift } from '../../models/shift';
import { offerStates, OPEN_OFFER_STATES } from './offer-states';
import type { EngineRuntime } from './types';

const DAY_MS = 86_400_000;
const RELIABILITY_DAYS = 90;

export interface RankingInput {
  shift: ShiftToFill;
  candidates: Candidate[];
  context: RankingContext;
  /** Everyone offered this shift so far, and how many of those offers are still open. */
  offered: string[];
  openOffers: number;
}

/** Everything ranking needs, from MongoDB: the workers who might serve, their records, the offers so far. */
export async function loadRankingInput(
  runtime: EngineRuntime,
  shift: Shift,
  urgent: boolean,
): Promise<RankingInput> {
  const { Partnership: Partnerships, Person, Organisation, Offer } = runtime.models;
  const now = runtime.clock.now();
  const organisationId = shift.organisation.toString();
  const partnerships: Partnership[] = (
    await Partnerships.find({ client: shift.organisation }).lean()
  ).map((p) => ({
    providerOrganisationId: p.provider.toString(),
    clientOrganisationId: p.client.toString(),
    ...(p.clientPeople.length > 0 ? { clientIds: p.clientPeople.map(String) } : {}),
  }));
  const employers = [organisationId, ...partnerships.map((p) => p.providerOrganisationId)];
  const [matched, organisations, offers, client] = await Promise.all([
    // FerretDB has no $elemMatch on fields: match loosely here, exactly below.
    Person.find({ 'roles.organisation': { $in: employers }, 'roles.role': 'worker' }).lean(),
    Organisation.find({ _id: { $in: employers } }, { timeZone: 1 }).lean(),
    Offer.find({ shift: shift._id }, { person: 1 }).lean(),
    shift.client ? Person.findById(shift.client, { preferredOrganisations: 1 }).lean() : null,
  ]);
  const zones = new Map(organisations.map((o) => [o._id.toString(), o.timeZone]));
  const people = matched.filter((p) =>
    p.roles.some((r) => r.role === 'worker' && employers.includes(r.organisation.toString())),
  );
  const ids = people.map((p) => p._id);
  const [states, bookings, reliability, minutes] = await Promise.all([
    offerStates(
      runtime,
      offers.map((o) => o._id),
    ),
    bookingsOf(runtime, ids),
    reliabilityOf(runtime, ids, now),
    minutesThisWeek(runtime, ids, now),
  ]);
  const candidates = people.map((person): Candidate => {
    const id = person._id.toString();
    const employer =
      person.roles
        .filter((r) => r.role === 'worker')
        .map((r) => r.organisation.toString())
        .sort((a, b) => Number(b === organisationId) - Number(a === organisationId))
        .find((o) => employers.includes(o)) ?? organisationId;
    return {
      personId: id,
      organisationId: employer,
      employment: person.employmentType as EmploymentType,
      skills: person.skills,
      badges: person.badges,
      timeZone: person.timeZone ?? zones.get(employer) ?? 'UTC',
      availability: toAvailability(person.availability),
      optedOut: person.optedOut,
      bookings: bookings.get(id) ?? [],
      reliability: reliability.get(id) ?? [],
      confirmedMinutesThisWeek: minutes.get(id) ?? 0,
    };
  });
  return {
    shift: {
      id: shift._id.toString(),
      organisationId,
      clientId: shift.client?.toString() ?? '',
      start: shift.start,
      end: shift.end,
      skills: shift.requiredSkills,
      badges: shift.requiredBadges,
    },
    candidates,
    context: {
      now,
      partnerships,
      client: { preferredOrganisationIds: (client?.preferredOrganisations ?? []).map(String) },
      offeredPersonIds: offers.map((o) => o.person.toString()),
      declinedPersonIds: offers
        .filter((o) => states.get(o._id.toString()) === 'declined')
        .map((o) => o.person.toString()),
      urgent,
    },
    offered: offers.map((o) => o.person.toString()),
    openOffers: offers.filter((o) => OPEN_OFFER_STATES.includes(states.get(o._id.toString()) ?? ''))
      .length,
  };
}

async function bookingsOf(runtime: EngineRuntime, people: Types.ObjectId[]) {
  const { Assignment, Shift: Shifts } = runtime.models;
  const assignments = await Assignment.find(
    { person: { $in: people } },
    { shift: 1, person: 1 },
  ).lean();
  const shifts = await Shifts.find(
    { _id: { $in: assignments.map((a) => a.shift) }, state: { $ne: 'cancelled' } },
    { start: 1, end: 1 },
  ).lean();
  const byId = new Map(shifts.map((s) => [s._id.toString(), s]));
  const result = new Map<string, Candidate['bookings']>();
  for (const a of assignments) {
    const s = byId.get(a.shift.toString());
    if (!s) continue;
    const list = result.get(a.person.toString()) ?? [];
    list.push({ shiftId: s._id.toString(), start: s.start, end: s.end });
    result.set(a.person.toString(), list);
  }
  return result;
}

async function reliabilityOf(runtime: EngineRuntime, people: Types.ObjectId[], now: Date) {
  const records = await runtime.models.WorkRecord.find(
    {
      person: { $in: people },
      kind: { $in: ['no_show', 'drop'] },
      at: { $gte: new Date(now.getTime() - RELIABILITY_DAYS * DAY_MS) },
    },
    { person: 1, kind: 1, at: 1 },
  ).lean();
  const result = new Map<string, Candidate['reliability']>();
  for (const r of records) {
    if (!r.person || (r.kind !== 'no_show' && r.kind !== 'drop')) continue;
    const list = result.get(r.person.toString()) ?? [];
    list.push({ kind: r.kind, at: r.at });
    result.set(r.person.toString(), list);
  }
  return result;
}

/** Confirmed minutes over the last seven days (confirmation time, not the shift's). */
async function minutesThisWeek(runtime: EngineRuntime, people: Types.ObjectId[], now: Date) {
  const records = await runtime.models.WorkRecord.find(
    {
      person: { $in: people },
      kind: 'hours_confirmed',
      at: { $gte: new Date(now.getTime() - 7 * DAY_MS) },
    },
    { person: 1, minutes: 1 },
  ).lean();
  const result = new Map<string, number>();
  for (const r of records) {
    if (!r.person) continue;
    const key = r.person.toString();
    result.set(key, (result.get(key) ?? 0) + (r.minutes ?? 0));
  }
  return result;
}

/** Stored availability, checked: an unreadable window is dropped (never available then). */
export function toAvailability(value: unknown): Availability {
  if (value === 'anytime' || value === undefined || value === null) return 'anytime';
  if (!Array.isArray(value)) return [];
  return value.filter((w: unknown): w is WeeklyWindow => {
    if (typeof w !== 'object' || w === null) return false;
    const { weekday, start, end } = w as Record<string, unknown>;
    if (typeof weekday !== 'number' || typeof start !== 'string' || typeof end !== 'string') {
      return false;
    }
    try {
      return parseClockTime(start) < parseClockTime(end);
    } catch {
      return false;
    }
  });
}
