import type { Processor } from 'bullmq';
import type { Twilio } from 'twilio';
import type { Config } from '../config';
import type { Logger } from '../log';
import { applyChannelError } from './channel-errors';
import { classifySendError } from './errors/classify-send-error';
import { PermanentSendError } from './errors/permanent-send-error';
import { parseAddress } from './address';
import type { OutboxDeps, SendJob } from './outbox';
import { chooseRoute, type Route } from './route';
import { settleStatus } from './status';
import type { SenderPacer } from './pacing';
import { STATUS_RANK, SUPPRESSION_REASONS } from '../models/outbound-message';

export interface SenderDeps extends OutboxDeps {
  config: Pick<Config, 'PUBLIC_BASE_URL' | 'TWILIO_FROM_NUMBER' | 'TWILIO_WHATSAPP_FROM'>;
  log: Logger;
  twilio: Twilio;
  pacer: SenderPacer;
}

type Suppression = (typeof SUPPRESSION_REASONS)[number];

/**
 * The outbound worker's job: hand one recorded message to Twilio. Opt-out is checked here, at
 * send time, whatever queued the text. Transient errors are thrown for BullMQ to retry;
 * permanent ones mark the message and the person's channel and are not retried.
 */
export function sendTextProcessor(deps: SenderDeps): Processor<SendJob> {
  const { OutboundMessage, Organisation, Person } = deps.models;
  return async (job) => {
    const message = await OutboundMessage.findById(job.data.messageId);
    if (!message || message.twilioSid || message.suppressed || message.status === 'failed')
      return 'already handled';
    const organisation = await Organisation.findById(message.organisation).orFail();

    const suppress = async (reason: Suppression) => {
      message.set({ suppressed: reason });
      await message.save();
      deps.log.info({ messageId: message.id, key: message.key, reason }, 'text not sent');
      return `suppressed: ${reason}`;
    };

    let route: Route;
    if (message.person) {
      const person = await Person.findById(message.person);
      if (!person) return suppress('no_address');
      if (person.optedOut) return suppress('opted_out');
      route = chooseRoute({
        now: deps.clock.now(),
        messageKey: message.key,
        preferred: person.channel as 'sms' | 'whatsapp',
        sms: { e164: person.phone, usable: person.sms?.state === 'ok' },
        whatsapp: {
          e164: person.whatsapp,
          usable: person.whatsappChannel?.state === 'ok',
          lastInboundAt: person.whatsappChannel?.lastInboundAt,
        },
        whatsappTemplate:
          organisation.whatsappTemplates?.get(message.key) ??
          organisation.whatsappTemplates?.get('default'),
      });
    } else {
      const address = parseAddress(message.toAddress ?? '');
      if (!address) return suppress('no_address');
      route =
        address.channel === 'whatsapp'
          ? { channel: 'whatsapp', to: `whatsapp:${address.e164}`, mode: 'text' }
          : { channel: 'sms', to: address.e164 };
    }
    if (route.channel === 'none') return suppress(route.reason);

    const from =
      route.channel === 'whatsapp'
        ? organisation.whatsappNumbers[0]
          ? `whatsapp:${organisation.whatsappNumbers[0]}`
          : deps.config.TWILIO_WHATSAPP_FROM
        : (organisation.smsNumbers[0] ?? deps.config.TWILIO_FROM_NUMBER);
    if (!from) return suppress('channel_unusable');
    const content =
      route.channel === 'whatsapp' && route.mode === 'template'
        ? { contentSid: route.contentSid, contentVariables: JSON.stringify({ 1: message.body }) }
        : { body: message.body };

    let sid: string;
    let status: string;
    const grantedAt = await deps.pacer.waitForSlot(from);
    message.set({ sentAt: deps.clock.now(), pacedAt: new Date(grantedAt) });
    try {
      const sent = await deps.twilio.messages.create({
        to: route.to,
        from,
        statusCallback: new URL('/webhooks/twilio/status', deps.config.PUBLIC_BASE_URL).toString(),
        ...content,
      });
      sid = sent.sid;
      status = sent.status;
    } catch (error) {
      const classified = classifySendError(error);
      if (classified instanceof PermanentSendError) {
        message.set({
          status: 'failed',
          statusRank: STATUS_RANK.failed,
          errorCode: classified.code,
          channel: route.channel,
          to: route.to,
          from,
        });
        await message.save();
        if (classified.code) await applyChannelError(deps, message, classified.code);
        deps.log.warn({ messageId: message.id, code: classified.code }, 'text refused by Twilio');
      }
      throw classified;
    }
    message.set({
      twilioSid: sid,
      channel: route.channel,
      from,
      to: route.to,
      contentSid: 'contentSid' in content ? content.contentSid : undefined,
      status: status === 'accepted' ? 'accepted' : 'queued',
      statusRank: STATUS_RANK[status === 'accepted' ? 'accepted' : 'queued'],
    });
    await message.save();
    // A status callback may have beaten this save; settle from whatever it recorded.
    await settleStatus(deps.models, sid);
    return sid;
  };
}
