import express, { Router } from 'express';
import type { Queue } from 'bullmq';
import type { Clock } from '../../engine/clock';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import type { Models } from '../../models';
import { isDuplicateKeyError } from '../../db/duplicate-key';
import { parseAddress } from '../../messaging/address';
import { CHANNEL_ERRORS } from '../../messaging/errors/classify-send-error';
import { applyChannelError } from '../../messaging/channel-errors';
import type { SendJob } from '../../messaging/outbox';
import { isKnownStatus, recordStatus } from '../../messaging/status';
import { HttpError } from '../errors';
import { parseOr400 } from '../parse-request';
import { incomingMessageSchema, statusCallbackSchema } from './schemas';
import { verifyTwilioSignature } from './verify-twilio-signature';

export interface InboundJob {
  messageSid: string;
}

export interface TwilioWebhookDeps {
  config: Pick<Config, 'TWILIO_AUTH_TOKEN' | 'TWILIO_ACCOUNT_SID' | 'PUBLIC_BASE_URL'>;
  log: Logger;
  models: Models;
  clock: Clock;
  inboundQueue: Queue<InboundJob>;
  outboundQueue: Queue<SendJob>;
}

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/** Queues the processing of a recorded inbound text; the job id makes a replay a no-op. */
export async function enqueueInbound(queue: Queue<InboundJob>, messageSid: string): Promise<void> {
  await queue.add('inbound', { messageSid }, { jobId: `in-${messageSid}` });
}

/**
 * Twilio's webhooks. An incoming text is recorded (unique MessageSid) and queued before the
 * answer, which is an empty TwiML at once: the reply goes out through the outbound queue.
 */
export function twilioWebhooks(deps: TwilioWebhookDeps): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '32kb', parameterLimit: 100 });
  const signed = verifyTwilioSignature(deps.config.TWILIO_AUTH_TOKEN, deps.config.PUBLIC_BASE_URL);

  router.post('/webhooks/twilio/messages', form, signed, async (req, res) => {
    const incoming = parseOr400(incomingMessageSchema, req.body, 'incoming message');
    if (incoming.AccountSid !== deps.config.TWILIO_ACCOUNT_SID)
      throw new HttpError(403, 'wrong account');
    const from = parseAddress(incoming.From);
    const to = parseAddress(incoming.To);
    if (!from || !to) throw new HttpError(400, 'From and To must be phone numbers');
    try {
      await deps.models.InboundMessage.create({
        messageSid: incoming.MessageSid,
        channel: from.channel,
        from: from.e164,
        to: to.e164,
        body: incoming.Body,
        optOutType: incoming.OptOutType,
        receivedAt: deps.clock.now(),
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      deps.log.info({ messageSid: incoming.MessageSid }, 'webhook replayed; already recorded');
    }
    await enqueueInbound(deps.inboundQueue, incoming.MessageSid);
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
        const message = await deps.models.OutboundMessage.findOne({ twilioSid: report.MessageSid });
        if (message) await applyChannelError(deps, message, report.ErrorCode);
      }
    }
    res.status(204).end();
  });

  return router;
}
