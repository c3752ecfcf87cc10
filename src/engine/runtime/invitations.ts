import { offerExpiry, type OfferStrategy } from '../../domain/offer-plan';
import { offerSendTime } from '../../domain/quiet-hours';
import type { rankCandidates } from '../../domain/ranking';
import type { Organisation } from '../../models/organisation';
import type { Shift } from '../../models/shift';
import { loadRankingInput } from './candidates';
import { chooseOffers, strategyFor } from './offer-choice';
import { offerTimingOf } from './organisation-settings';
import type { EngineRuntime } from './types';

/** One person a shift will be offered to, and when their text goes and closes. */
export interface Invitation {
  person: string;
  rank: number;
  reasons: string[];
  sendAt: Date;
  expiresAt: Date;
}

export interface InvitationPlan {
  invitations: Invitation[];
  /** When offers sent now would close (the batch's expiry). */
  expiresAt: Date;
  excluded: ReturnType<typeof rankCandidates>['excluded'];
  /** Offers of this shift still open, and how many people it was offered to before. */
  openOffers: number;
  offered: number;
}

/**
 * When an organisation's invitation reaches the person: at once, or when their quiet hours end
 * (their zone, else their organisation's; the inviting organisation's quiet hours). `shift`: an
 * urgent one starting soon may go at night where the organisation allows it.
 */
export async function inviteSendTime(
  runtime: EngineRuntime,
  organisation: Partial<Organisation>,
  personId: { toString(): string },
  shift: { start: Date; urgent: boolean } = { start: runtime.clock.now(), urgent: false },
): Promise<Date> {
  const now = runtime.clock.now();
  const timing = offerTimingOf(organisation);
  if (!timing.quietHours) return now;
  const person = await runtime.directory.person(personId);
  const home = person ? await runtime.directory.organisation(person.organisation) : null;
  const zone = person?.timeZone ?? home?.timeZone ?? organisation.timeZone ?? 'UTC';
  return offerSendTime({ now, zone, shiftStart: shift.start, urgent: shift.urgent, ...timing });
}

/** When the person is offered the shift (inviteSendTime), and when the offer closes. */
export async function sendTimes(
  runtime: EngineRuntime,
  shift: Shift,
  organisation: Partial<Organisation>,
  terms: { urgent: boolean; strategy: OfferStrategy },
  personId: { toString(): string },
): Promise<{ sendAt: Date; expiresAt: Date }> {
  const sendAt = await inviteSendTime(runtime, organisation, personId, {
    start: shift.start,
    urgent: terms.urgent,
  });
  return { sendAt, expiresAt: offerExpiry(terms.strategy, shift, sendAt) };
}

/**
 * Who a shift is offered to next, and when each text goes: chosen (chooseOffers: the ranking's
 * hard filters — hours left, availability, other bookings, opt-out — then the organisation's
 * plan), timed for each recipient's quiet hours, leaving out anyone whose text would be held past
 * the offer's close. The one decision behind both a broadcast's preview count and the offers it
 * sends. `firstInLine`: a person taken off the wait list, or `invited` by the organisation,
 * offered the place before anyone ranked.
 */
export async function planInvitations(
  runtime: EngineRuntime,
  shift: Shift,
  options: { urgent: boolean; seatsTaken: number; firstInLine?: string; invited?: boolean },
): Promise<InvitationPlan> {
  const [input, organisation] = await Promise.all([
    loadRankingInput(runtime, shift, options.urgent),
    runtime.directory.organisationOrFail(shift.organisation),
  ]);
  const strategy = strategyFor(shift, organisation);
  const { ranking, plan } = chooseOffers(input, {
    strategy,
    placesLeft: shift.places - options.seatsTaken,
    now: runtime.clock.now(),
    ...(options.firstInLine !== undefined && { waiting: options.firstInLine }),
    ...(options.invited && { invited: true }),
  });
  const ranked = new Map(ranking.eligible.map((e) => [e.personId, e]));
  const terms = { urgent: options.urgent, strategy };
  const timed = await Promise.all(
    plan.personIds.map(async (person): Promise<Invitation> => {
      const one = ranked.get(person);
      return {
        person,
        rank: one?.rank ?? 0,
        reasons: one?.reasons ?? [],
        ...(await sendTimes(runtime, shift, organisation, terms, person)),
      };
    }),
  );
  return {
    // Held past the end of the shift: nothing left to offer.
    invitations: timed.filter((i) => i.expiresAt.getTime() > i.sendAt.getTime()),
    expiresAt: plan.expiresAt,
    excluded: ranking.excluded,
    openOffers: input.openOffers,
    offered: input.offered.length,
  };
}
