import type { Model, Types } from 'mongoose';
import { IN_FORCE } from '../../../models/partnership';
import { asKnownTo, recordOf, type Person } from '../../../models/person';
import type { Runtime } from '../../../runtime';
import { HttpError } from '../../errors';

export { personVisibility } from '../../../domain/person-visibility';

/**
 * What an organisation may see beyond its own records. A partnership in force (provider → client) lets
 * the client see the provider's workers (they may serve its shifts) and lets the provider see
 * the client's shifts its workers were offered. Everything else of another organisation is
 * answered 404, as if it did not exist.
 */
export interface Tenancy {
  organisation: Types.ObjectId;
  /** Organisations whose workers serve our shifts. */
  providers: Types.ObjectId[];
  /** Organisations whose shifts our workers serve. */
  clients: Types.ObjectId[];
}

export async function tenancyOf(runtime: Runtime, organisationId: string): Promise<Tenancy> {
  const { Partnership, Organisation } = runtime.models;
  const organisation = await Organisation.findById(organisationId, { _id: 1 }).orFail().lean();
  const [asClient, asProvider] = await Promise.all([
    Partnership.find({ client: organisation._id, ...IN_FORCE }, { provider: 1 }).lean(),
    Partnership.find({ provider: organisation._id, ...IN_FORCE }, { client: 1 }).lean(),
  ]);
  return {
    organisation: organisation._id,
    providers: asClient.map((p) => p.provider),
    clients: asProvider.map((p) => p.client),
  };
}

export const notFound = (what: string): HttpError => new HttpError(404, `${what} not found`);

/**
 * A document that is its organisation's alone (a programme, a service, a pilot), by id: another
 * organisation's answers 404, as an unknown id does.
 */
export async function findOwn<Fields>(
  model: Model<Fields>,
  what: string,
  organisationId: string,
  id: string,
): Promise<Fields & { _id: Types.ObjectId }> {
  const found = await model
    .findOne({ _id: id, organisation: organisationId })
    .lean<Fields & { _id: Types.ObjectId }>();
  if (!found) throw notFound(what);
  return found;
}

type PersonRoles = Pick<Person, 'organisation' | 'roles'>;

const isIn = (ids: Types.ObjectId[], id: Types.ObjectId) => ids.some((one) => one.equals(id));

/** The person's roles the caller may see: with us, and worker with one of our providers. */
export function visibleRoles(
  person: PersonRoles,
  tenancy: Tenancy,
): Array<{ organisation: Types.ObjectId; role: string }> {
  return person.roles.filter(
    (r) =>
      r.organisation.equals(tenancy.organisation) ||
      (r.role === 'worker' && isIn(tenancy.providers, r.organisation)),
  );
}

/** A query matching a superset of the visible people (FerretDB has no $elemMatch): check each with personVisibility. */
export function looselyVisiblePeople(tenancy: Tenancy) {
  const us = tenancy.organisation;
  return {
    $or: [
      { organisation: us },
      { 'roles.organisation': us },
      { 'roles.organisation': { $in: tenancy.providers }, 'roles.role': 'worker' as const },
    ],
  };
}

/**
 * The person as the caller sees them: as the caller, or the partner it knows them through,
 * recorded them (Person.records: when adding them after another organisation had, or giving
 * them a number someone else has); otherwise the person's own fields. The organisation that made
 * the person sees its own record or the person's fields, never a partner's record. Never
 * another organisation's record.
 */
export function asSeenBy<P extends Pick<Person, 'organisation' | 'records'>>(
  person: P,
  tenancy: Tenancy,
) {
  const keepers = person.organisation.equals(tenancy.organisation)
    ? [tenancy.organisation]
    : [tenancy.organisation, ...tenancy.providers, ...tenancy.clients];
  const keeper = keepers.find((organisation) => recordOf(person, organisation));
  return keeper ? asKnownTo(person, keeper) : person;
}
