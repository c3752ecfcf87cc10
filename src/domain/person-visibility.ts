/** A database id, compared by its string form (an ObjectId, or its hex). */
interface Id {
  toString(): string;
}

export interface PersonTies {
  /** The organisation that made the person. */
  organisation: Id;
  roles: readonly { organisation: Id; role: string }[];
}

export interface OrganisationTies {
  organisation: Id;
  /** Organisations whose workers serve its shifts (partnerships in force). */
  providers: readonly Id[];
}

const same = (a: Id, b: Id) => a.toString() === b.toString();

/**
 * What an organisation knows of a person: ours (a role with us, or made by us: ours to change),
 * shared (a provider's worker, who may serve our shifts: read-only), or nothing at all (null).
 * The admin API shows a person only when this is not null, and a text from a person the number's
 * organisation knows nothing of is a text from a stranger.
 */
export function personVisibility(
  person: PersonTies,
  to: OrganisationTies,
): 'own' | 'shared' | null {
  const us = to.organisation;
  if (same(person.organisation, us) || person.roles.some((r) => same(r.organisation, us)))
    return 'own';
  const partnerWorker = person.roles.some(
    (r) => r.role === 'worker' && to.providers.some((p) => same(p, r.organisation)),
  );
  return partnerWorker ? 'shared' : null;
}
