import type { Queue } from 'bullmq';
import type { Types } from 'mongoose';
import type { Models } from '../models';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { insertOne } from '../db/insert-batcher';
import type { Channel } from './address';

/** A text as Twilio delivered it, in the form the inbound worker acts on. */
export interface ReceivedText {
  messageSid: string;
  channel: Channel;
  /** E.164, without the whatsapp: prefix. */
  from: string;
  to: string;
  body: string;
  optOutType?: 'STOP' | 'START' | 'HELP';
  /** ISO 8601. */
  receivedAt: string;
}

/**
 * An inbound job carries the text itself, so the worker reads nothing to start, and a text the
 * database could not take (it was down) is still held, in Redis. `recorded`: whether its
 * InboundReceipt is in the database; the worker writes it first when it is not. Jobs from the
 * reconciler carry the sid alone and the worker reads the receipt.
 */
export interface InboundJob {
  messageSid: string;
  text?: ReceivedText;
  recorded?: boolean;
}

/** Queues the processing of a received text; the job id makes a replay a no-op. */
export async function enqueueInbound(queue: Queue<InboundJob>, job: InboundJob): Promise<void> {
  await queue.add('inbound', job, { jobId: `in-${job.messageSid}` });
}

/** Writes the text's receipt; a second write of the same MessageSid is a no-op. */
export async function recordReceipt(models: Models, text: ReceivedText): Promise<void> {
  try {
    await insertOne(models.InboundReceipt, { ...text, receivedAt: new Date(text.receivedAt) });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}

/** A received text as the inbound worker reads it. */
export type Inbound = Omit<ReceivedText, 'receivedAt'> & { receivedAt: Date };

/**
 * The text an inbound job is about: carried by the job (its receipt written first if the
 * webhook could not), or read from its receipt (a job the reconciler queued).
 */
export async function receivedText(
  deps: { models: Models },
  job: InboundJob,
): Promise<Inbound | undefined> {
  if (job.text) {
    if (!job.recorded) await recordReceipt(deps.models, job.text);
    return { ...job.text, receivedAt: new Date(job.text.receivedAt) };
  }
  const receipt = await deps.models.InboundReceipt.findOne({ messageSid: job.messageSid }).lean();
  if (!receipt) return undefined;
  return {
    messageSid: receipt.messageSid,
    channel: receipt.channel,
    from: receipt.from,
    to: receipt.to,
    body: receipt.body ?? '',
    ...(receipt.optOutType ? { optOutType: receipt.optOutType as Inbound['optOutType'] } : {}),
    receivedAt: receipt.receivedAt,
  };
}

/** Records what was made of a text, once: a second record of the same MessageSid is a no-op. */
export async function recordOutcome(
  models: Models,
  inbound: Inbound,
  made: {
    outcome: string;
    person?: Types.ObjectId;
    organisation?: Types.ObjectId;
    unknownSender: boolean;
  },
): Promise<void> {
  try {
    await insertOne(models.InboundMessage, { ...inbound, ...made });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}
