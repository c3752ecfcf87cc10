import type { PersonDoc } from '../../directory/directory';
import type {
  Candidate,
  EmploymentType,
  Partnership,
  RankingContext,
  ShiftToFill,
} from '../../domain/ranking-types';
import { IN_FORCE } from '../../models/partnership';
import { asKnownTo } from '../../models/person';
import { programmeCandidates } from '../../programme/candidates';
import type { Shift } from '../../models/shift';
import { lastWorkerFor } from './client-history';
import { offerStates, OPEN_OFFER_STATES } from './offer-states';
import { bookingsOf, minutesThisWeek, reliabilityOf, toAvailability } from './worker-history';
import type { EngineRuntime } from './types';
import { isOptedOutOf, ownSender } from '../../messaging/opt-out';

export interface RankingInput {
  shift: ShiftToFill;
  candidates: Candidate[];
  context: RankingContext;
  /** Everyone offered this shift so far, and how many of those offers are still open. */
  offered: string[];
  openOffers: number;
}

/** What ranking needs from MongoDB: who might serve, their records, the offers made so far. */
export async function loadRankingInput(
  runtime: EngineRuntime,
  shift: Shift,
  urgent: boolean,
): Promise<RankingInput> {
  const { Partnership: Partnerships, Person, Organisation, Offer } = runtime.models;
  const now = runtime.clock.now();
  const organisationId = shift.organisation.toString();
  const partnerships: Partnership[] = (
    await Partnerships.find({ client: shift.organisation, ...IN_FORCE }).lean()
  ).map((p) => ({
    providerOrganisationId: p.provider.toString(),
    clientOrganisationId: p.client.toString(),
    chargeCentsPerHour: p.chargeCentsPerHour,
    ...(p.clientPeople.length > 0 ? { clientIds: p.clientPeople.map(String) } : {}),
    ...(p.terms
      ? {
          scope: {
            skills: p.terms.skills,
            areas: p.terms.areas,
            noticeHours: p.terms.noticeHours,
          },
        }
      : {}),
  }));
  const employers = [organisationId, ...partnerships.map((p) => p.providerOrganisationId)];
  const [matched, organisations, offers, client, lastWorker] = await Promise.all([
    shift.programme
      ? programmeCandidates(runtime, shift)
      : // FerretDB has no $elemMatch on fields: match loosely here, exactly below.
        runtime.directory.keepPeople(() =>
          Person.find({
            'roles.organisation': { $in: employers },
            'roles.role': 'worker',
          }).lean<PersonDoc[]>(),
        ),
    Organisation.find(
      { _id: { $in: employers } },
      { timeZone: 1, smsNumbers: 1, whatsappNumbers: 1 },
    ).lean(),
    Offer.find({ shift: shift._id }, { person: 1 }).lean(),
    shift.client
      ? Person.findById(shift.client, { preferredOrganisations: 1, language: 1 }).lean()
      : null,
    lastWorkerFor(runtime, shift),
  ]);
  const zones = new Map(organisations.map((o) => [o._id.toString(), o.timeZone]));
  const own = organisations.find((o) => o._id.toString() === organisationId);
  const people = shift.programme
    ? matched
    : matched.filter((p) =>
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
    // The employer's own record of them, when it added them after another organisation had.
    const known = asKnownTo(person, employer);
    return {
      personId: id,
      organisationId: employer,
      employment: known.employmentType as EmploymentType,
      language: person.language,
      skills: known.skills,
      badges: known.badges,
      timeZone: person.timeZone ?? zones.get(employer) ?? 'UTC',
      availability: toAvailability(known.availability),
      // The shift's offers go out from its organisation's number: someone who sent it STOP is out.
      optedOut: isOptedOutOf(person, ownSender(own, person.channel) ?? ''),
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
      ...(shift.service ? { service: shift.service } : {}),
      area: shift.area ?? shift.place,
    },
    candidates,
    context: {
      now,
      partnerships,
      client: {
        ...(client ? { language: client.language } : {}),
        preferredOrganisationIds: (client?.preferredOrganisations ?? []).map(String),
        ...(lastWorker ? { lastWorker } : {}),
      },
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
