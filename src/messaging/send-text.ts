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
import { isOptedOutOf, type OptOutState } from './opt-out';
import { senderFor } from './sender';
import { templateVariables } from './template-variables';
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
    let optOut: OptOutState = {};
    if (message.person) {
      const person = await Person.findById(message.person);
      if (!person) return suppress('no_address');
      if (person.optedOut) return suppress('opted_out');
      optOut = person;
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

    const from = senderFor(organisation, route.channel, deps.config);
    if (!from) return suppress('channel_unusable');
    if (isOptedOutOf(optOut, from)) return suppress('opted_out');
    const content =
      route.channel === 'whatsapp' && route.mode === 'template'
        ? { contentSid: route.contentSid, contentVariables: templateVariables(message.body) }
        : { body: message.body };

    // An attempt that died after Twilio took the text, before its sid was saved: adopt that text.
    const earlier = message.sentAt
      ? await earlierSend(deps, {
          to: route.to,
          from,
          body: 'body' in content ? (content.body ?? '') : null,
        })
      : undefined;
    let sent = earlier;
    if (!sent) {
      const grantedAt = await deps.pacer.waitForSlot(from);
      // Saved before Twilio is asked, so a retry knows an attempt may have reached it.
      message.set({ sentAt: deps.clock.now(), pacedAt: new Date(grantedAt) });
      await message.save();
      try {
        sent = await deps.twilio.messages.create({
          to: route.to,
          from,
          statusCallback: new URL(
            '/webhooks/twilio/status',
            deps.config.PUBLIC_BASE_URL,
          ).toString(),
          ...content,
        });
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
    }
    const { sid, status } = sent;
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

/** How far back Twilio's list is read for a text an earlier attempt may have sent. */
const RECENT_TEXTS = 20;

/**
 * The text an earlier attempt handed to Twilio, if it did: the newest one to the same number
 * from the same sender with the same body (any body, for a template) that no recorded message
 * owns yet.
 */
async function earlierSend(
  deps: SenderDeps,
  sent: { to: string; from: string; body: string | null },
): Promise<{ sid: string; status: string } | undefined> {
  const recent = await deps.twilio.messages.list({
    to: sent.to,
    from: sent.from,
    limit: RECENT_TEXTS,
  });
  const alike = recent.filter((m) => sent.body === null || m.body === sent.body);
  if (alike.length === 0) return undefined;
  const owned = await deps.models.OutboundMessage.find(
    { twilioSid: { $in: alike.map((m) => m.sid) } },
    { twilioSid: 1 },
  ).lean();
  const found = alike.find((m) => !owned.some((o) => o.twilioSid === m.sid));
  if (found)
    deps.log.warn({ sid: found.sid }, 'text already taken by Twilio on an earlier attempt');
  return found && { sid: found.sid, status: found.status };
}
