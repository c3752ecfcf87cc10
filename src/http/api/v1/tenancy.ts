import type { Types } from 'mongoose';
import type { Runtime } from '../../../runtime';
import { HttpError } from '../../errors';

/**
 * What an organisation may see beyond its own records. A partnership (provider → client) lets
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
    Partnership.find({ client: organisation._id }, { provider: 1 }).lean(),
    Partnership.find({ provider: organisation._id }, { client: 1 }).lean(),
  ]);
  return {
    organisation: organisation._id,
    providers: asClient.map((p) => p.provider),
    clients: asProvider.map((p) => p.client),
  };
}

export const notFound = (what: string): HttpError => new HttpError(404, `${what} not found`);
