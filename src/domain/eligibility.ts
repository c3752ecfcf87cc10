import { isAvailable, overlaps } from './availability';
import { outsideScope } from './partnership-scope';
import type { Candidate, RankingContext, ShiftToFill } from './ranking-types';

/** Every hard-filter reason that keeps `candidate` off this shift; empty when eligible. */
export function exclusionReasons(
  shift: ShiftToFill,
  candidate: Candidate,
  context: RankingContext,
): string[] {
  const reasons: string[] = [];
  if (candidate.optedOut) reasons.push('opted out of texts');
  for (const skill of shift.skills) {
    if (!candidate.skills.includes(skill)) reasons.push(`missing skill: ${skill}`);
  }
  for (const badge of shift.badges) {
    if (!candidate.badges.includes(badge)) reasons.push(`missing badge: ${badge}`);
  }
  reasons.push(...partnershipReasons(shift, candidate, context));
  if (!isAvailable(candidate.availability, candidate.timeZone, shift.start, shift.end)) {
    reasons.push('not available at that time');
  }
  if (candidate.bookings.some((b) => b.shiftId === shift.id)) {
    reasons.push('already booked on this shift');
  } else if (candidate.bookings.some((b) => overlaps(b, shift))) {
    reasons.push('already booked in an overlapping shift');
  }
  if (context.declinedPersonIds.includes(candidate.personId)) {
    reasons.push('declined this shift');
  } else if (context.offeredPersonIds.includes(candidate.personId)) {
    reasons.push('already offered this shift');
  }
  return reasons;
}

/**
 * Why no partnership lets a provider's worker serve this shift: none in force for the shift's
 * client, or the shift falls outside the terms the partnership was made under.
 */
function partnershipReasons(
  shift: ShiftToFill,
  candidate: Candidate,
  context: RankingContext,
): string[] {
  if (candidate.organisationId === shift.organisationId) return [];
  const partnership = context.partnerships.find(
    (p) =>
      p.providerOrganisationId === candidate.organisationId &&
      p.clientOrganisationId === shift.organisationId &&
      (p.clientIds === undefined || p.clientIds.includes(shift.clientId)),
  );
  if (!partnership)
    return [`no partnership lets ${candidate.organisationId} serve ${shift.organisationId}`];
  if (!partnership.scope) return [];
  const work = [...shift.skills, ...(shift.service ? [shift.service] : [])];
  return outsideScope(
    partnership.scope,
    { start: shift.start, work, area: shift.area },
    context.now,
  ).map((reason) => `outside the partnership's terms: ${reason}`);
}
