import type { Queue } from 'bullmq';
import type { Types } from 'mongoose';
import type { Clock } from '../engine/clock';
import { renderMessage, type Language, type MessageKey, type Terminology } from '../i18n';
import type { Models } from '../models';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { insertOne } from '../db/insert-batcher';
import type { OutboundMessage } from '../models/outbound-message';

/** What the send worker needs of a recorded text, carried by its job. */
export interface QueuedText {
  organisationId: string;
  personId?: string;
  toAddress?: string;
  key: string;
  body: string;
}

/**
 * A send job carries the text it sends, so the worker reads no message to start. `recovered`:
 * queued again by the reconciler, so an earlier job may have sent it (the worker looks first).
 * Jobs with the id alone are read from the OutboundMessage.
 */
export interface SendJob {
  messageId: string;
  text?: QueuedText;
  recovered?: boolean;
}

export interface OutboxDeps {
  models: Models;
  outboundQueue: Queue<SendJob>;
  clock: Clock;
}

export interface TextRequest {
  /** The same key twice means the same text: it is recorded and sent once. */
  dedupeKey: string;
  organisation: { _id: Types.ObjectId; name: string; contact: string; terminology?: unknown };
  /** A known person, or a bare address for a reply to an unknown number. */
  to:
    | { person: { _id: Types.ObjectId; language?: string | null } }
    | { address: string; language: Language };
  key: MessageKey;
  vars?: Record<string, string | number>;
  urgent?: boolean;
}

/**
 * Records a text in the person's language, then queues it with a job id derived from the
 * record, so a repeated request neither records nor sends twice.
 */
export async function queueText(deps: OutboxDeps, request: TextRequest) {
  const { OutboundMessage } = deps.models;
  const language = (
    'person' in request.to ? request.to.person.language : request.to.language
  ) as Language;
  const vars = {
    org: request.organisation.name,
    contact: request.organisation.contact,
    ...request.vars,
  };
  const body = renderMessage(
    request.key,
    language ?? 'en',
    vars,
    request.organisation.terminology as Terminology,
  );
  let message: OutboundMessage;
  try {
    message = (await insertOne(OutboundMessage, {
      dedupeKey: request.dedupeKey,
      ...('person' in request.to
        ? { person: request.to.person._id }
        : { toAddress: request.to.address }),
      organisation: request.organisation._id,
      key: request.key,
      vars,
      language,
      body,
      urgent: request.urgent ?? false,
      createdAt: deps.clock.now(),
    })) as OutboundMessage;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    message = await OutboundMessage.findOne({ dedupeKey: request.dedupeKey })
      .orFail()
      .lean<OutboundMessage>();
  }
  await enqueueSend(deps.outboundQueue, message);
  return message;
}

/** Queues the send of a recorded message; the job id makes a second call a no-op. */
export async function enqueueSend(
  queue: Queue<SendJob>,
  message: Pick<
    OutboundMessage,
    '_id' | 'organisation' | 'person' | 'toAddress' | 'key' | 'body' | 'urgent'
  >,
  options: { recovered?: boolean } = {},
): Promise<void> {
  const messageId = message._id.toString();
  const text: QueuedText = {
    organisationId: message.organisation.toString(),
    ...(message.person ? { personId: message.person.toString() } : {}),
    ...(message.toAddress ? { toAddress: message.toAddress } : {}),
    key: message.key,
    body: message.body,
  };
  await queue.add(
    'send',
    { messageId, text, ...(options.recovered ? { recovered: true } : {}) },
    { jobId: `send-${messageId}`, priority: message.urgent ? 1 : 10 },
  );
}
