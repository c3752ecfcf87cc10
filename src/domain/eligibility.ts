import { isAvailable, overlaps } from './availability';
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
  if (!partnershipAllows(shift, candidate, context)) {
    reasons.push(`no partnership lets ${candidate.organisationId} serve ${shift.organisationId}`);
  }
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

function partnershipAllows(
  shift: ShiftToFill,
  candidate: Candidate,
  context: RankingContext,
): boolean {
  if (candidate.organisationId === shift.organisationId) return true;
  return context.partnerships.some(
    (p) =>
      p.providerOrganisationId === candidate.organisationId &&
      p.clientOrganisationId === shift.organisationId &&
      (p.clientIds === undefined || p.clientIds.includes(shift.clientId)),
  );
}
