import { isDuplicateKeyError } from '../../db/duplicate-key';
import { deleteWhere, insertOne } from '../../db/insert-batcher';
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
 * known to exist (`from`, else the last this process saw, else 0) to one that does not, then
 * halves the gap. With a record known, the usual answer costs one lookup: that the next version
 * does not exist.
 */
export async function latestChange(
  models: Models,
  entity: string,
  from?: ChangeRecord,
): Promise<ChangeRecord | null> {
  let low = from ?? lastSeen(models, entity) ?? (await byId(models, changeRecordId(entity, 0)));
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
 * The latest record this process saw of each entity, per database connection. Records never
 * change and versions only grow, so it is where a search for the latest can start. Whatever
 * removes change records other than by the engine (a test emptying the collection) calls
 * forgetSeenChanges.
 */
const seen = new WeakMap<Models, Map<string, ChangeRecord>>();
const REMEMBERED_ENTITIES = 20_000;

function remember(models: Models, record: ChangeRecord): void {
  let entities = seen.get(models);
  if (!entities) seen.set(models, (entities = new Map()));
  const known = entities.get(record.entity);
  if (known && known.version > record.version) return;
  if (entities.size >= REMEMBERED_ENTITIES) entities.clear();
  entities.set(record.entity, record);
}

export function lastSeen(models: Models, entity: string): ChangeRecord | undefined {
  return seen.get(models)?.get(entity);
}

export function forgetSeenChanges(models: Models): void {
  seen.delete(models);
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
  const pending = await insertOne(models.PendingDispatch, {
    change: _id,
    entity: change.entity,
    at: change.at,
  });
  try {
    const record = (await insertOne(models.ChangeRecord, {
      ...change,
      _id,
      version,
      to: change.snapshot.state,
      ...(key === undefined ? {} : { causeKey: key }),
    })) as unknown as ChangeRecord;
    remember(models, record);
    return { kind: 'inserted', record };
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  await deleteWhere(models.PendingDispatch, '_id', pending._id);
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
  await deleteWhere(models.PendingDispatch, 'change', record._id);
}
