import type { QueryFilter, Types } from 'mongoose';
import type { Shift } from '../../../../models/shift';
import type { Runtime } from '../../../../runtime';
import type { Caller } from '../auth/api-keys';
import { notFound, tenancyOf, type Tenancy } from '../tenancy';

/**
 * Whose offers and places the caller sees on a shift: everyone's on its own shifts; on a
 * partner's shift (shared, read-only) only those of its own workers.
 */
export type Viewer = { shared: false } | { shared: true; workers: ReadonlySet<string> };

export const OWN_SHIFT: Viewer = { shared: false };

export const sees = (viewer: Viewer, personId: string): boolean =>
  !viewer.shared || viewer.workers.has(personId);

export interface ShiftAccess {
  organisation: Types.ObjectId;
  /** Organisations whose shifts the caller's workers serve. */
  clients: Types.ObjectId[];
  /** The caller's workers; loaded only when there are clients. */
  workers: ReadonlySet<string>;
  tenancy: Tenancy;
}

export async function shiftAccessOf(runtime: Runtime, caller: Caller): Promise<ShiftAccess> {
  const tenancy = await tenancyOf(runtime, caller.organisationId);
  const workers =
    tenancy.clients.length > 0 ? await workersOf(runtime, tenancy.organisation) : new Set<string>();
  return { organisation: tenancy.organisation, clients: tenancy.clients, workers, tenancy };
}

async function workersOf(runtime: Runtime, organisation: Types.ObjectId): Promise<Set<string>> {
  // FerretDB has no $elemMatch on fields: match loosely here, exactly below.
  const people = await runtime.models.Person.find(
    { 'roles.organisation': organisation, 'roles.role': 'worker' },
    { roles: 1 },
  ).lean();
  return new Set(
    people
      .filter((p) =>
        p.roles.some((r) => r.role === 'worker' && r.organisation.equals(organisation)),
      )
      .map((p) => p._id.toString()),
  );
}

export function viewerOf(access: ShiftAccess, shift: Pick<Shift, 'organisation'>): Viewer {
  return shift.organisation.equals(access.organisation)
    ? OWN_SHIFT
    : { shared: true, workers: access.workers };
}

/** The caller's own shifts and the partners' shifts its workers were offered, within `filter`. */
export async function visibleShifts(
  runtime: Runtime,
  access: ShiftAccess,
  filter: QueryFilter<Shift>,
): Promise<QueryFilter<Shift>> {
  const own = { ...filter, organisation: access.organisation };
  if (access.clients.length === 0 || access.workers.size === 0) return own;
  const { Shift: Shifts, Offer } = runtime.models;
  const partners = await Shifts.find(
    { ...filter, organisation: { $in: access.clients } },
    { _id: 1 },
  ).lean();
  if (partners.length === 0) return own;
  const offered = await Offer.find(
    { shift: { $in: partners.map((s) => s._id) }, person: { $in: [...access.workers] } },
    { shift: 1 },
  ).lean();
  if (offered.length === 0) return own;
  return {
    ...filter,
    $or: [{ organisation: access.organisation }, { _id: { $in: offered.map((o) => o.shift) } }],
  };
}

/** A shift the caller may read, with how it sees it; 404 for anything else. */
export async function findVisibleShift(
  runtime: Runtime,
  caller: Caller,
  id: string,
): Promise<{ shift: Shift; viewer: Viewer }> {
  const shift = await runtime.models.Shift.findById(id).lean();
  if (!shift) throw notFound('shift');
  if (shift.organisation.toString() === caller.organisationId) return { shift, viewer: OWN_SHIFT };
  const access = await shiftAccessOf(runtime, caller);
  const partner = access.clients.some((c) => c.equals(shift.organisation));
  const offered =
    partner &&
    access.workers.size > 0 &&
    (await runtime.models.Offer.exists({ shift: shift._id, person: { $in: [...access.workers] } }));
  if (!offered) throw notFound('shift');
  return { shift, viewer: viewerOf(access, shift) };
}

/** One of the caller's own shifts, for a change; a partner's shift is read-only, so 404 too. */
export async function findOwnShift(runtime: Runtime, caller: Caller, id: string): Promise<Shift> {
  const shift = await runtime.models.Shift.findOne({
    _id: id,
    organisation: caller.organisationId,
  }).lean();
  if (!shift) throw notFound('shift');
  return shift;
}
