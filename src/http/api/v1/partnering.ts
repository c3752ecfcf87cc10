import type { Partnership } from '../../../models/partnership';
import type { Runtime } from '../../../runtime';
import { isDuplicateKeyError } from '../../../db/duplicate-key';
import type { Caller } from './auth/api-keys';
import { ApiError } from './errors/api-error';

/** What a new partnership is made with: proposed by the provider, or under its terms. */
export interface PartnershipStart {
  chargeCentsPerHour: number;
  clientPeople: string[];
  pending: boolean;
  terms?: NonNullable<Partnership['terms']>;
}

/**
 * A new partnership, or, when the two once had one that has ended, that one made again (one
 * record per pair: the unique index decides between two at once). Its history stays: the work
 * done under it was priced by the charge it had then.
 */
export async function partnerAnew(
  runtime: Runtime,
  provider: string,
  client: string,
  start: PartnershipStart,
): Promise<Partnership> {
  const { Partnership: Partnerships } = runtime.models;
  const pair = { provider, client };
  const exists = 'a partnership with this organisation already exists';
  try {
    return (await Partnerships.create({ ...pair, ...start })).toObject<Partnership>();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const before = await Partnerships.findOne(pair).lean<Partnership>();
  if (!before?.endedAt) throw new ApiError(409, 'already_exists', exists);
  await Partnerships.updateOne(
    { _id: before._id, endedAt: before.endedAt },
    { $set: start, $unset: { endedAt: 1, ...(start.terms ? {} : { terms: 1 }) } },
  );
  return Partnerships.findById(before._id).orFail().lean<Partnership>();
}

/**
 * Records a step of a partnership for each of its two organisations (each audits its own):
 * who did it (the caller's organisation and key), what, and the partnership as it then was.
 */
export async function auditPartnership(
  runtime: Runtime,
  caller: Caller,
  action: string,
  outcome: string,
  partnership: Partnership,
): Promise<void> {
  const data = {
    partnership: partnership._id.toString(),
    by: caller.organisationId,
    key: caller.keyId,
    provider: partnership.provider.toString(),
    client: partnership.client.toString(),
    chargeCentsPerHour: partnership.chargeCentsPerHour,
    ...(partnership.terms
      ? { terms: partnership.terms.id.toString(), termsVersion: partnership.terms.version }
      : {}),
  };
  const at = runtime.clock.now();
  await runtime.models.AuditEvent.insertMany(
    [partnership.provider, partnership.client].map((organisation) => ({
      organisation,
      action,
      outcome,
      data,
      at,
    })),
  );
}
