import type { Runtime } from '../../runtime';
import type { Person } from '../../models/person';
import type { Caller } from '../api/v1/auth/api-keys';
import {
  looselyVisiblePeople,
  notFound,
  personVisibility,
  tenancyOf,
  visibleRoles,
  type Tenancy,
} from '../api/v1/tenancy';

export interface SimulatorPhone {
  personId: string;
  name: string;
  phone: string;
  language: string;
  roles: string[];
  organisationName: string;
}

/**
 * Only the caller's own people have phones here, as only they may be texted as (the API's rule
 * for sending to a person): a partner's workers are visible in the API, but reading their texts
 * or answering as them is their own organisation's business.
 */
const isOwn = (person: Person, tenancy: Tenancy): boolean =>
  personVisibility(person, tenancy) === 'own';

/** The caller's names for the person's roles, or null when the person is not the caller's. */
function rolesShown(person: Person, tenancy: Tenancy): string[] | null {
  if (!isOwn(person, tenancy)) return null;
  return [...new Set(visibleRoles(person, tenancy).map((r) => r.role))];
}

/** The one number a simulated phone has: the person's SMS number, else their WhatsApp one. */
const numberOf = (person: Person): string | null => person.phone ?? person.whatsapp ?? null;

/** The caller's own people who have a phone, by organisation then name. */
export async function listPhones(runtime: Runtime, caller: Caller): Promise<SimulatorPhone[]> {
  const { Person, Organisation } = runtime.models;
  const tenancy = await tenancyOf(runtime, caller.organisationId);
  const people = await Person.find(looselyVisiblePeople(tenancy)).lean<Person[]>();
  const names = new Map(
    (
      await Organisation.find(
        { _id: { $in: [...new Set(people.map((p) => p.organisation.toString()))] } },
        { name: 1 },
      ).lean()
    ).map((o) => [o._id.toString(), o.name]),
  );
  return people
    .flatMap((person) => {
      const roles = rolesShown(person, tenancy);
      const phone = numberOf(person);
      if (!roles || !phone) return [];
      return [
        {
          personId: person._id.toString(),
          name: person.name,
          phone,
          language: person.language,
          roles,
          organisationName: names.get(person.organisation.toString()) ?? '',
        },
      ];
    })
    .sort(
      (a, b) =>
        a.organisationName.localeCompare(b.organisationName) || a.name.localeCompare(b.name),
    );
}

/** The person whose phone this is, if they are the caller's own; else 404, as if there were none. */
export async function findPhone(runtime: Runtime, caller: Caller, number: string): Promise<Person> {
  const person = await runtime.models.Person.findOne({
    $or: [{ phone: number }, { whatsapp: number }],
  }).lean<Person>();
  if (!person || numberOf(person) !== number) throw notFound('phone');
  if (!isOwn(person, await tenancyOf(runtime, caller.organisationId))) throw notFound('phone');
  return person;
}
