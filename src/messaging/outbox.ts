import type { Queue } from 'bullmq';
import type { Types } from 'mongoose';
import type { Clock } from '../engine/clock';
import { renderMessage, type Language, type MessageKey, type Terminology } from '../i18n';
import type { Models } from '../models';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { insertOne } from '../db/insert-batcher';
import type { OutboundMessage } from '../models/outbound-message';
import { mayRepeat, type LastTexts } from './repeat';
import { recordSendOutcome } from './send-outcome';
import { withSupportContact } from './support-contact';

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
  /** Times it went back to the queue to wait for its sender's turn (never having sent). */
  heldBack?: number;
}

export interface OutboxDeps {
  models: Models;
  /** Each person's last text, to hold back the same text twice in a row. */
  lastTexts: LastTexts;
  outboundQueue: Queue<SendJob>;
  clock: Clock;
}

export interface TextRequest {
  /** The same key twice means the same text: it is recorded and sent once. */
  dedupeKey: string;
  organisation: {
    _id: Types.ObjectId;
    name: string;
    contact: string;
    terminology?: unknown;
    /** Named in the texts that offer it (`support-contact.ts`). */
    supportContact?: string | null;
  };
  /** A known person, or a bare address for a reply to an unknown number. */
  to:
    | { person: { _id: Types.ObjectId; language?: string | null; formal?: boolean } }
    | { address: string; language: Language };
  key: MessageKey;
  vars?: Record<string, string | number>;
  urgent?: boolean;
  /** A coordinator's own words: who sent them, kept on the record. */
  sentBy?: { keyId: string; name: string };
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
  const support = withSupportContact(request.key, request.organisation.supportContact);
  const key = support.key;
  const vars = {
    org: request.organisation.name,
    contact: request.organisation.contact,
    ...support.vars,
    ...request.vars,
  };
  const body = renderMessage(
    key,
    language ?? 'en',
    vars,
    request.organisation.terminology as Terminology,
    { formal: 'person' in request.to && request.to.person.formal === true },
  );
  const repeat =
    'person' in request.to &&
    !mayRepeat({ dedupeKey: request.dedupeKey, body, vars }) &&
    (await deps.lastTexts.repeats(request.to.person._id.toString(), {
      key,
      body,
      dedupeKey: request.dedupeKey,
    }));
  let message: OutboundMessage;
  try {
    message = (await insertOne(OutboundMessage, {
      dedupeKey: request.dedupeKey,
      ...('person' in request.to
        ? { person: request.to.person._id }
        : { toAddress: request.to.address }),
      organisation: request.organisation._id,
      key,
      vars,
      language,
      body,
      urgent: request.urgent ?? false,
      createdAt: deps.clock.now(),
      ...(request.sentBy ? { sentBy: request.sentBy } : {}),
    })) as OutboundMessage;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    // Asked again (a replayed effect): queue the first record's send, which looks for what
    // became of it before sending, as it may have been held back or sent already.
    message = await OutboundMessage.findOne({ dedupeKey: request.dedupeKey })
      .orFail()
      .lean<OutboundMessage>();
    await enqueueSend(deps.outboundQueue, message, { recovered: true });
    return message;
  }
  if (repeat) {
    // Recorded, so the thread shows it; never handed to Twilio.
    await recordSendOutcome(deps, message._id.toString(), message.organisation, {
      suppressed: 'repeat',
    });
    return message;
  }
  await enqueueSend(deps.outboundQueue, message);
  return message;
}

/** A broadcast's or a posted shift's offers: thousands at once, none answering anyone. */
const BULK_KEYS: ReadonlySet<string> = new Set<MessageKey>(['offer.new']);

/** Texts due at a time: a reminder late is worse than an answer a second later. */
const TIMED_KEYS: ReadonlySet<string> = new Set<MessageKey>(['reminder']);

/**
 * The send job's BullMQ priority, and its place in its sender's line (lower goes first): an
 * urgent replacement first, then reminders, then answers and notices, then bulk offers, so a
 * person who texts us never waits behind a broadcast, and a reminder never behind answers (a
 * number sending 1 text a second reached three reminders 5-8 s late behind four answers).
 */
export function sendPriority(message: Pick<OutboundMessage, 'urgent' | 'key'>): number {
  if (message.urgent) return 1;
  if (TIMED_KEYS.has(message.key)) return 3;
  return BULK_KEYS.has(message.key) ? 10 : 5;
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
    { jobId: `send-${messageId}`, priority: sendPriority(message) },
  );
}
