import type { Models } from '../models';
import { STATUS_RANK, type OutboundStatus } from '../models/outbound-message';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { insertOne } from '../db/insert-batcher';

export function isKnownStatus(status: string): status is OutboundStatus {
  return Object.hasOwn(STATUS_RANK, status);
}

/**
 * Records what Twilio reported: one insert per (message, status). Callbacks arrive late, twice,
 * out of order and concurrently; the events are the truth, and a message's status is the
 * highest-ranked of them, read when it is shown (src/messaging/delivery.ts), so nothing is
 * rewritten here and nothing can move backwards.
 */
export async function recordStatus(
  models: Models,
  report: { twilioSid: string; status: OutboundStatus; errorCode?: number; at: Date },
): Promise<void> {
  try {
    await insertOne(models.MessageStatusEvent, { ...report, rank: STATUS_RANK[report.status] });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}
