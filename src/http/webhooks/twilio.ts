import express, { Router } from 'express';
import type { Queue } from 'bullmq';
import type { Clock } from '../../engine/clock';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import type { Models } from '../../models';
import { parseAddress } from '../../messaging/address';
import { CHANNEL_ERRORS } from '../../messaging/errors/classify-send-error';
import { applyChannelError } from '../../messaging/channel-errors';
import type { SendJob } from '../../messaging/outbox';
import type { LastTexts } from '../../messaging/repeat';
import {
  enqueueInbound,
  recordReceipt,
  type InboundJob,
  type ReceivedText,
} from '../../messaging/received-text';
import { isKnownStatus, recordStatus } from '../../messaging/status';
import { HttpError } from '../errors';
import { parseOr400 } from '../parse-request';
import { incomingMessageSchema, statusCallbackSchema } from './schemas';
import { verifyTwilioSignature } from './verify-twilio-signature';

export interface TwilioWebhookDeps {
  config: Pick<
    Config,
    'TWILIO_AUTH_TOKEN' | 'TWILIO_ACCOUNT_SID' | 'PUBLIC_BASE_URL' | 'TWILIO_WEBHOOK_OVERRIDES'
  >;
  log: Logger;
  models: Models;
  clock: Clock;
  inboundQueue: Queue<InboundJob>;
  outboundQueue: Queue<SendJob>;
  lastTexts: LastTexts;
}

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/** Past this a store is given up for the answer (Twilio waits 15 s), and the other one holds the text. */
const STORE_TIMEOUT_MS = 3_000;

/**
 * Twilio's webhooks. An incoming text is answered 200 (an empty TwiML: the reply goes out
 * through the outbound queue) once it is durable in at least one store: its receipt in the
 * database and, carrying the text itself, its job in Redis. With the database down the job holds
 * it until a worker can record it; with Redis down the reconciler queues the receipt. Only when
 * neither takes it is the answer a 503, for Twilio to retry (see the README's webhook URL).
 */
export function twilioWebhooks(deps: TwilioWebhookDeps): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '32kb', parameterLimit: 100 });
  const signed = verifyTwilioSignature(
    deps.config.TWILIO_AUTH_TOKEN,
    deps.config.PUBLIC_BASE_URL,
    deps.config.TWILIO_WEBHOOK_OVERRIDES,
  );

  router.post('/webhooks/twilio/messages', form, signed, async (req, res) => {
    const incoming = parseOr400(incomingMessageSchema, req.body, 'incoming message');
    if (incoming.AccountSid !== deps.config.TWILIO_ACCOUNT_SID)
      throw new HttpError(403, 'wrong account');
    const from = parseAddress(incoming.From);
    const to = parseAddress(incoming.To);
    if (!from || !to) throw new HttpError(400, 'From and To must be phone numbers');
    const text: ReceivedText = {
      messageSid: incoming.MessageSid,
      channel: from.channel,
      from: from.e164,
      to: to.e164,
      body: incoming.Body,
      ...(incoming.OptOutType ? { optOutType: incoming.OptOutType } : {}),
      receivedAt: deps.clock.now().toISOString(),
    };
    const messageSid = text.messageSid;
    const recorded = await withinTime(recordReceipt(deps.models, text), STORE_TIMEOUT_MS).then(
      () => true,
      (error: Error) => {
        deps.log.warn(
          { messageSid, err: error.message },
          'receipt not written; text held in Redis',
        );
        return false;
      },
    );
    try {
      await withinTime(
        enqueueInbound(deps.inboundQueue, { messageSid, text, recorded }),
        STORE_TIMEOUT_MS,
      );
    } catch (error) {
      if (!recorded) {
        deps.log.error(
          { messageSid, err: (error as Error).message },
          'text not taken by any store',
        );
        throw new HttpError(503, 'neither the database nor the queue took the text; retry');
      }
      deps.log.warn(
        { messageSid, err: (error as Error).message },
        'not queued; the reconciler will',
      );
    }
    res.type('text/xml').send(EMPTY_TWIML);
  });

  router.post('/webhooks/twilio/status', form, signed, async (req, res) => {
    const report = parseOr400(statusCallbackSchema, req.body, 'status callback');
    if (isKnownStatus(report.MessageStatus)) {
      await recordStatus(deps.models, {
        twilioSid: report.MessageSid,
        status: report.MessageStatus,
        errorCode: report.ErrorCode,
        at: deps.clock.now(),
      });
      const failed = report.MessageStatus === 'failed' || report.MessageStatus === 'undelivered';
      if (failed && report.ErrorCode && CHANNEL_ERRORS[report.ErrorCode]) {
        const sent = await deps.models.SendOutcome.findOne({ twilioSid: report.MessageSid }).lean();
        const message = sent && (await deps.models.OutboundMessage.findById(sent._id).lean());
        if (message)
          await applyChannelError(
            deps,
            { _id: message._id, person: message.person, channel: sent.channel },
            report.ErrorCode,
          );
      }
    }
    res.status(204).end();
  });

  return router;
}

function withinTime<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
