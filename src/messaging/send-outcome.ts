import type { Types } from 'mongoose';
import type { Clock } from '../engine/clock';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { insertOne } from '../db/insert-batcher';
import type { Models } from '../models';
import type { SendOutcome } from '../models/send-outcome';

export type SendOutcomeFields = Omit<SendOutcome, '_id' | 'organisation' | 'at'>;

/** Records what became of a text at send time, once: a second outcome for it is a no-op. */
export async function recordSendOutcome(
  deps: { models: Models; clock: Clock },
  messageId: string,
  organisation: Types.ObjectId,
  fields: Partial<SendOutcomeFields>,
): Promise<void> {
  try {
    await insertOne(deps.models.SendOutcome, {
      _id: messageId,
      organisation,
      at: deps.clock.now(),
      ...fields,
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}
