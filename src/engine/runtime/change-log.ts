import { isDuplicateKeyError } from '../../db/duplicate-key';
import type { Models } from '../../models';
import { changeRecordId } from '../../models/change-record';
import type { Effect, FlowEvent, Snapshot } from '../types';
import type { Cause, ChangeRecord } from './types';

export interface NewChange {
  entity: string;
  flow: string;
  from: string | null;
  event: FlowEvent | null;
  cause: Cause;
  snapshot: Snapshot<unknown>;
  effects: Effect[];
  at: Date;
}

export type InsertOutcome =
  | { kind: 'inserted'; record: ChangeRecord }
  /** Another transition took this version first. */
  | { kind: 'taken' }
  /** This cause already moved the entity (a replayed reply, a re-dispatched answer). */
  | { kind: 'replay'; record: ChangeRecord };

const byId = (models: Models, id: string) => models.ChangeRecord.findById(id).lean<ChangeRecord>();

/**
 * The entity's change record with the highest version: its current snapshot. Versions have no
 * gaps (n+1 is only ever computed from n), so this gallops up by _id from the highest version
 * known to exist (`from`, else 0) to one that does not, then halves the gap. Lookups by _id
 * are the only ones FerretDB 1.x serves without decoding every document of the collection.
 */
export async function latestChange(
  models: Models,
  entity: string,
  from?: ChangeRecord,
): Promise<ChangeRecord | null> {
  let low =
    from ?? (await lastSeen(models, entity)) ?? (await byId(models, changeRecordId(entity, 0)));
  if (!low) return null;
  let high: number;
  for (let step = 1; ; step *= 2) {
    const found = await byId(models, changeRecordId(entity, low.version + step));
    if (!found) {
      high = low.version + step;
      break;
    }
    low = found;
  }
  while (high - low.version > 1) {
    const mid = Math.floor((low.version + high) / 2);
    const found = await byId(models, changeRecordId(entity, mid));
    if (found) low = found;
    else high = mid;
  }
  remember(models, low);
  return low;
}

/**
 * The latest version this process saw of each entity, per database connection. Versions only
 * grow, so it is where a search for the latest can start: one lookup that it still exists (a
 * test may have emptied the collection) and one that the next does not, instead of galloping up
 * from version 0 (4 lookups at version 2, 8 at version 10).
 */
const seen = new WeakMap<Models, Map<string, string>>();
const REMEMBERED_ENTITIES = 20_000;

function remember(models: Models, record: ChangeRecord): void {
  let entities = seen.get(models);
  if (!entities) seen.set(models, (entities = new Map()));
  if (entities.size >= REMEMBERED_ENTITIES) entities.clear();
  entities.set(record.entity, record._id);
}

async function lastSeen(models: Models, entity: string): Promise<ChangeRecord | null> {
  const id = seen.get(models)?.get(entity);
  return id === undefined ? null : byId(models, id);
}

export function causeKey(
  entity: string,
  cause: Cause,
  event: FlowEvent | null,
): string | undefined {
  if (cause.ref === undefined || event === null) return undefined;
  return `${entity}|${cause.kind}|${cause.ref}|${event.type}`;
}

/**
 * Claims the snapshot's version for the entity by inserting its record: unique _id (entity @
 * version) lets one racer in; unique causeKey refuses the same cause twice. The record's
 * PendingDispatch goes in first, so no record exists whose effects nobody will run.
 */
export async function insertChange(models: Models, change: NewChange): Promise<InsertOutcome> {
  const version = change.snapshot.version;
  const _id = changeRecordId(change.entity, version);
  const key = causeKey(change.entity, change.cause, change.event);
  const pending = await models.PendingDispatch.create({
    change: _id,
    entity: change.entity,
    at: change.at,
  });
  try {
    const created = await models.ChangeRecord.create({
      ...change,
      _id,
      version,
      to: change.snapshot.state,
      ...(key === undefined ? {} : { causeKey: key }),
    });
    const record = created.toObject<ChangeRecord>();
    remember(models, record);
    return { kind: 'inserted', record };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  await models.PendingDispatch.deleteOne({ _id: pending._id });
  const atVersion = await byId(models, _id);
  if (atVersion) {
    return key !== undefined && atVersion.causeKey === key
      ? { kind: 'replay', record: atVersion }
      : { kind: 'taken' };
  }
  const earlier =
    key === undefined
      ? null
      : await models.ChangeRecord.findOne({ causeKey: key }).lean<ChangeRecord>();
  return earlier ? { kind: 'replay', record: earlier } : { kind: 'taken' };
}

export async function isDispatched(models: Models, record: ChangeRecord): Promise<boolean> {
  return (await models.PendingDispatch.exists({ change: record._id })) === null;
}

export async function markDispatched(models: Models, record: ChangeRecord): Promise<void> {
  await models.PendingDispatch.deleteMany({ change: record._id });
}
