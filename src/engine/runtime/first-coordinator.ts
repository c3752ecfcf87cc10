import type { Types } from 'mongoose';
import type { Models } from '../../models';

type StaffRole = 'coordinator' | 'supervisor';

/** The organisation's people with `role`, oldest record first. */
export async function peopleWithRole(
  models: Pick<Models, 'Person'>,
  organisation: Types.ObjectId | string,
  role: StaffRole,
): Promise<Types.ObjectId[]> {
  // FerretDB has no $elemMatch on fields: match loosely, then exactly.
  const candidates = await models.Person.find(
    { 'roles.organisation': organisation, 'roles.role': role },
    { roles: 1 },
  )
    .sort({ _id: 1 })
    .lean();
  const wanted = organisation.toString();
  return candidates
    .filter((p) => p.roles.some((r) => r.role === role && r.organisation.toString() === wanted))
    .map((p) => p._id);
}

/** The organisation's first person with `role` (oldest record), if any. */
export async function firstWithRole(
  models: Pick<Models, 'Person'>,
  organisation: Types.ObjectId | string,
  role: StaffRole,
): Promise<Types.ObjectId | undefined> {
  return (await peopleWithRole(models, organisation, role))[0];
}

/** The organisation's first coordinator (oldest record): who is told when nobody else is named. */
export const firstCoordinatorOf = (
  models: Pick<Models, 'Person'>,
  organisation: Types.ObjectId | string,
): Promise<Types.ObjectId | undefined> => firstWithRole(models, organisation, 'coordinator');
