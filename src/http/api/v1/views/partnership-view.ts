import type { Types } from 'mongoose';
import type { Partnership } from '../../../../models/partnership';
import type { Runtime } from '../../../../runtime';
import { iso } from '../schemas/common';

/** Each partnership as `organisationId`, one of its sides, sees it (names in one query). */
export async function viewsOfPartnerships(
  runtime: Runtime,
  partnerships: Partnership[],
  organisationId: string,
) {
  const ids = partnerships.flatMap((p) => [p.provider, p.client]);
  const found = await runtime.models.Organisation.find({ _id: { $in: ids } }, { name: 1 }).lean();
  const names = new Map(found.map((o) => [o._id.toString(), o.name]));
  const ref = (id: Types.ObjectId) => ({ id: id.toString(), name: names.get(id.toString()) ?? '' });
  return partnerships.map((p) => ({
    id: p._id.toString(),
    provider: ref(p.provider),
    client: ref(p.client),
    chargeCentsPerHour: p.chargeCentsPerHour,
    clientPeople: p.clientPeople.map(String),
    side: p.provider.equals(organisationId) ? ('provider' as const) : ('client' as const),
    pending: p.pending,
    awaiting: p.pending && !p.endedAt ? awaitingSide(p) : null,
    terms: p.terms
      ? {
          id: p.terms.id.toString(),
          version: p.terms.version,
          skills: p.terms.skills,
          areas: p.terms.areas,
          noticeHours: p.terms.noticeHours,
        }
      : null,
    endedAt: p.endedAt ? iso(p.endedAt) : null,
  }));
}

/** Who accepts a pending partnership: the provider when it is its terms, else the client. */
export const awaitingSide = (p: Pick<Partnership, 'terms'>): 'provider' | 'client' =>
  p.terms ? 'provider' : 'client';

export async function viewOfPartnership(
  runtime: Runtime,
  partnership: Partnership,
  organisationId: string,
) {
  const [one] = await viewsOfPartnerships(runtime, [partnership], organisationId);
  return one!;
}
