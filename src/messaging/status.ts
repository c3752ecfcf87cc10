import type { Models } from '../models';
import { STATUS_RANK, type OutboundStatus } from '../models/outbound-message';
import { isDuplicateKeyError } from '../db/duplicate-key';

export function isKnownStatus(status: string): status is OutboundStatus {
  return Object.hasOwn(STATUS_RANK, status);
}

/**
 * Records what Twilio reported and moves the message's status forward, never back. Callbacks
 * arrive late, twice, out of order and concurrently; the status events are the truth and the
 * message's status is settled from them after every write.
 */
export async function recordStatus(
  models: Models,
  report: { twilioSid: string; status: OutboundStatus; errorCode?: number; at: Date },
): Promise<void> {
  const rank = STATUS_RANK[report.status];
  try {
    await models.MessageStatusEvent.create({ ...report, rank });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  await settleStatus(models, report.twilioSid);
}

/** Sets the message's status to the highest-ranked event, if it is behind. */
export async function settleStatus(
  models: Models,
  twilioSid: string,
): Promise<OutboundStatus | undefined> {
  const best = await models.MessageStatusEvent.findOne({ twilioSid }).sort({ rank: -1 }).lean();
  if (!best) return undefined;
  await models.OutboundMessage.updateOne(
    { twilioSid, statusRank: { $lt: best.rank } },
    {
      $set: {
        status: best.status,
        statusRank: best.rank,
        ...(best.errorCode ? { errorCode: best.errorCode } : {}),
      },
    },
  );
  return best.status as OutboundStatus;
}
