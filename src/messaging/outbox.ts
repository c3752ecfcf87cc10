import type { Queue } from 'bullmq';
import type { Types } from 'mongoose';
import type { Clock } from '../engine/clock';
import { renderMessage, type Language, type MessageKey, type Terminology } from '../i18n';
import type { Models } from '../models';
import { isDuplicateKeyError } from '../db/duplicate-key';
import { mayRepeat, repeatsLastText } from './repeat';

export interface SendJob {
  messageId: string;
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
  const repeat =
    'person' in request.to &&
    !mayRepeat({ dedupeKey: request.dedupeKey, body, vars }) &&
    (await repeatsLastText(deps.models, request.to.person._id, { key: request.key, body }));
  let message;
  try {
    message = await OutboundMessage.create({
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
      ...(request.sentBy ? { sentBy: request.sentBy } : {}),
      // Recorded, so the thread shows it and a retry finds it; never handed to Twilio.
      ...(repeat ? { suppressed: 'repeat' } : {}),
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    message = await OutboundMessage.findOne({ dedupeKey: request.dedupeKey }).orFail();
  }
  if (!message.suppressed) {
    await enqueueSend(deps.outboundQueue, message._id.toString(), message.urgent);
  }
  return message;
}

/** Queues the send of a recorded message; the job id makes a second call a no-op. */
export async function enqueueSend(
  queue: Queue<SendJob>,
  messageId: string,
  urgent: boolean,
): Promise<void> {
  await queue.add('send', { messageId }, { jobId: `send-${messageId}`, priority: urgent ? 1 : 10 });
}
