import type { Types } from 'mongoose';
import type { Person } from '../../../models/person';
import type { Runtime } from '../../../runtime';
import { personVisibility, type Tenancy } from './tenancy';

export type Found = { person: Person; via: 'shared' | 'partner' };

/**
 * The people an organisation may search: those who share their record with it (active Share),
 * and the workers of the organisations whose workers serve its shifts (partnerships in force).
 * Nobody else. One query per collection, whoever they are. `only`: that one person, if they are
 * among them (whom the organisation may invite).
 */
export async function searchScope(
  runtime: Runtime,
  tenancy: Tenancy,
  only?: Types.ObjectId,
): Promise<Found[]> {
  const { Share, Person } = runtime.models;
  const one = only ? { person: only } : {};
  const shares = await Share.find(
    { organisation: tenancy.organisation, active: true, ...one },
    { person: 1 },
  ).lean();
  const sharers = shares.map((s) => s.person);
  const people = await Person.find({
    ...(only && { _id: only }),
    $or: [
      { _id: { $in: sharers } },
      { 'roles.organisation': { $in: tenancy.providers }, 'roles.role': 'worker' as const },
    ],
  }).lean<Person[]>();
  const shared = new Set(sharers.map(String));
  return people.flatMap((person): Found[] => {
    if (shared.has(person._id.toString())) return [{ person, via: 'shared' }];
    return personVisibility(person, tenancy) === 'shared' ? [{ person, via: 'partner' }] : [];
  });
}
