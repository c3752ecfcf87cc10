import type { Types } from 'mongoose';
import type { Runtime } from '../../../../runtime';
import type { Person } from '../../../../models/person';
import { asSeenBy, type Tenancy } from '../tenancy';

type Id = Types.ObjectId | string | null | undefined;

export interface PersonRef {
  id: string;
  name: string;
}

/**
 * Names of the people and organisations a view mentions, loaded with one query each; a person's
 * as the reader knows them (asSeenBy).
 */
export interface Names {
  person(id: Types.ObjectId | string): PersonRef;
  organisation(id: Types.ObjectId | string): string;
}

const present = (ids: Id[]) => [...new Set(ids.filter((id) => id != null).map(String))];

export async function loadNames(
  runtime: Runtime,
  ids: { people: Id[]; organisations: Id[] },
  reader: Tenancy,
): Promise<Names> {
  const [people, organisations] = await Promise.all([
    runtime.models.Person.find(
      { _id: { $in: present(ids.people) } },
      { name: 1, organisation: 1, records: 1 },
    ).lean<Pick<Person, '_id' | 'name' | 'organisation' | 'records'>[]>(),
    runtime.models.Organisation.find(
      { _id: { $in: present(ids.organisations) } },
      { name: 1 },
    ).lean(),
  ]);
  const personNames = new Map(people.map((p) => [p._id.toString(), asSeenBy(p, reader).name]));
  const organisationNames = new Map(organisations.map((o) => [o._id.toString(), o.name]));
  return {
    person: (id) => ({ id: id.toString(), name: personNames.get(id.toString()) ?? '' }),
    organisation: (id) => organisationNames.get(id.toString()) ?? '',
  };
}
