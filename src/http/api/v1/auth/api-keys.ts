import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Types } from 'mongoose';
import type { Models } from '../../../../models';
import type { ApiKey, ApiRole } from '../../../../models/api-key';

/** What a request is allowed to see and do, from its key. */
export interface Caller {
  organisationId: string;
  role: ApiRole;
  keyId: string;
}

const KEY_PATTERN = /^sl_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Makes a key; the whole key is returned once and never stored. */
export async function createApiKey(
  models: Models,
  input: {
    organisation: Types.ObjectId | string;
    role: ApiRole;
    name: string;
    /** Dev mode's sign-in keys: its id and generation, claimed first (see rotateDevKey). */
    _id?: Types.ObjectId;
    devGeneration?: number;
  },
  now: Date,
): Promise<{ key: string; record: ApiKey }> {
  const prefix = randomBytes(6).toString('hex');
  const key = `sl_${prefix}_${randomBytes(24).toString('base64url')}`;
  const created = await models.ApiKey.create({
    ...input,
    prefix,
    hash: sha256(key),
    createdAt: now,
  });
  return { key, record: created.toObject() };
}

/** The key's public prefix, when it is shaped like one of ours. */
export const keyPrefixOf = (key: string): string | null => KEY_PATTERN.exec(key)?.[1] ?? null;

/** The caller a key stands for, or null when it is malformed, unknown or revoked. */
export async function callerForKey(models: Models, key: string): Promise<Caller | null> {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  const record = await models.ApiKey.findOne({ prefix: match[1] }).lean<ApiKey>();
  if (!record || record.revokedAt) return null;
  const given = Buffer.from(sha256(key), 'hex');
  const stored = Buffer.from(record.hash, 'hex');
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) return null;
  if (typeof record.devGeneration === 'number' && (await newerDevKeyExists(models, record)))
    return null;
  return {
    organisationId: record.organisation.toString(),
    role: record.role,
    keyId: record._id.toString(),
  };
}

/** A dev sign-in key is replaced by its organisation's next generation (see DevKey). */
const newerDevKeyExists = async (models: Models, record: ApiKey): Promise<boolean> =>
  (await models.DevKey.exists({
    organisation: record.organisation,
    generation: (record.devGeneration ?? 0) + 1,
  })) !== null;
