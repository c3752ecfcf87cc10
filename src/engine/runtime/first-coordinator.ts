import type { Types } from 'mongoose';
import type { Models } from '../../models';

/** The organisation's first coordinator (oldest record): who is told when nobody else is named. */
export async function firstCoordinatorOf(
  models: Pick<Models, 'Person'>,
  organisation: Types.ObjectId | string,
): Promise<Types.ObjectId | undefined> {
  // FerretDB has no $elemMatch on fields: match loosely, then exactly.
  const candidates = await models.Person.find(
    { 'roles.organisation': organisation, 'roles.role': 'coordinator' },
    { roles: 1 },
  )
    .sort({ _id: 1 })
    .lean();
  const wanted = organisation.toString();
  return candidates.find((p) =>
    p.roles.some((r) => r.role === 'coordinator' && r.organisation.toString() === wanted),
  )?._id;
}
