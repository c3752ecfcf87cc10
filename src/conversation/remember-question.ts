import type { Types } from 'mongoose';
import type { Models } from '../models';
import type { Intent } from './types';

/**
 * Remembers the question last asked the person ("which one?", AIMS), so their next text can
 * answer it; one per person, the newest replacing the older.
 */
export async function rememberQuestion(
  models: Models,
  person: Types.ObjectId,
  pending: { intent: Intent; codes: string[]; askedAt: Date },
): Promise<void> {
  // Two first questions at once: the loser's upsert hits the unique index, then sets it.
  await models.Conversation.updateOne({ person }, { $set: { pending } }, { upsert: true }).catch(
    () => models.Conversation.updateOne({ person }, { $set: { pending } }),
  );
}
