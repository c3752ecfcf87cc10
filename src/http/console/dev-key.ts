import { Types } from 'mongoose';
import { isDuplicateKeyError } from '../../db/duplicate-key';
import type { Models } from '../../models';
import { createApiKey } from '../api/v1/auth/api-keys';
import { HttpError } from '../errors';

export const DEV_KEY_NAME = 'console (dev)';

/** Two sign-ins at once may each lose a generation to the other; a third loss is an error. */
const ATTEMPTS = 3;

/**
 * Dev mode's sign-in: the organisation's next dev key, which ends the one before it, so an
 * organisation has one valid dev key however often anyone signs in. The next generation is
 * claimed by an insert before its key exists, so a key is never valid without its generation;
 * the previous key is also marked revoked, for the key list (its validity already ended with
 * the claim).
 */
export async function rotateDevKey(
  models: Models,
  organisation: Types.ObjectId,
  now: Date,
): Promise<string> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const newest = await models.DevKey.findOne({ organisation }).sort({ generation: -1 }).lean();
    const generation = (newest?.generation ?? 0) + 1;
    const apiKey = new Types.ObjectId();
    try {
      await models.DevKey.create({ organisation, generation, apiKey });
    } catch (error) {
      if (isDuplicateKeyError(error)) continue;
      throw error;
    }
    const { key } = await createApiKey(
      models,
      { _id: apiKey, organisation, role: 'admin', name: DEV_KEY_NAME, devGeneration: generation },
      now,
    );
    if (newest)
      await models.ApiKey.updateOne(
        { _id: newest.apiKey, revokedAt: { $exists: false } },
        { $set: { revokedAt: now } },
      );
    return key;
  }
  throw new HttpError(
    409,
    'other dev sign-ins to this organisation ran at the same time; try again',
  );
}
