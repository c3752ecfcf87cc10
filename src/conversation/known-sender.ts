import { personVisibility } from '../domain/person-visibility';
import type { OrganisationDoc, PersonDoc } from '../directory/directory';
import type { Clock } from '../engine/clock';
import type { Models } from '../models';
import { IN_FORCE } from '../models/partnership';

/**
 * The person behind a text, as the organisation that owns the number texted knows them: one of
 * its own, a provider's worker (who answers its shifts' offers from its number), or someone it
 * invited from its candidate search lately (who answers the invitation, and works the shift it
 * offered, from its number, until a week past it: CandidateInvitation.knownUntil). To any other organisation the sender is a stranger, so nothing of what they
 * do elsewhere is told to them in its name, or recorded where its admins can read it.
 */
export async function knownSender(
  deps: { models: Models; clock: Clock },
  person: PersonDoc | null,
  organisation: Pick<OrganisationDoc, '_id'> | null,
): Promise<PersonDoc | null> {
  if (!person || !organisation) return person;
  const us = organisation._id;
  if (personVisibility(person, { organisation: us, providers: [] })) return person;
  // Only a worker of another organisation can be a provider's: look its partnerships up then.
  if (person.roles.some((r) => r.role === 'worker')) {
    const partnerships = await deps.models.Partnership.find(
      { client: us, ...IN_FORCE },
      { provider: 1 },
    ).lean();
    const providers = partnerships.map((p) => p.provider);
    if (personVisibility(person, { organisation: us, providers })) return person;
  }
  const invited = await deps.models.CandidateInvitation.exists({
    person: person._id,
    organisation: us,
    knownUntil: { $gt: deps.clock.now() },
  });
  return invited ? person : null;
}
