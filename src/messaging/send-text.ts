import { DelayedError, type Job, type Processor } from 'bullmq';
import type { Twilio } from 'twilio';
import type { Config } from '../config';
import type { Directory, OrganisationDoc } from '../directory/directory';
import type { Logger } from '../log';
import { applyChannelError } from './channel-errors';
import { classifySendError } from './errors/classify-send-error';
import { PermanentSendError } from './errors/permanent-send-error';
import { parseAddress } from './address';
import type { OutboxDeps, QueuedText, SendJob } from './outbox';
import { chooseRoute, type Route } from './route';
import { isOptedOutOf } from './opt-out';
import { senderFor } from './sender';
import { templateVariables } from './template-variables';
import { sendOrder, type SenderPacer } from './pacing';
import { recordSendOutcome, type SendOutcomeFields } from './send-outcome';
import { SUPPRESSION_REASONS } from '../models/outbound-message';

export interface SenderDeps extends OutboxDeps {
  config: Pick<
    Config,
    'PUBLIC_BASE_URL' | 'TWILIO_FROM_NUMBER' | 'TWILIO_WHATSAPP_FROM' | 'TWILIO_WEBHOOK_OVERRIDES'
  >;
  log: Logger;
  twilio: Twilio;
  pacer: SenderPacer;
  directory: Directory;
}

type Suppression = (typeof SUPPRESSION_REASONS)[number];

/**
 * The outbound worker's job: hand one recorded message to Twilio, then record what became of it
 * (one insert). Opt-out is checked here, at send time, whatever queued the text. Transient
 * errors are thrown for BullMQ to retry; permanent ones are recorded, teach us about the
 * person's channel, and are not retried. A job that may have run before (a retry, a job the
 * reconciler queued again) first looks for its outcome and for the text at Twilio.
 */
export function sendTextProcessor(deps: SenderDeps): Processor<SendJob> {
  return async (job, token) => {
    const { messageId } = job.data;
    const text = job.data.text ?? (await queuedTextOf(deps, messageId));
    if (!text) return 'no such message';
    const mayHaveRun = mayHaveRunBefore(job);
    if (mayHaveRun && (await deps.models.SendOutcome.exists({ _id: messageId })))
      return 'already handled';
    const organisation = await deps.directory.organisation(text.organisationId);
    if (!organisation) return 'no such organisation';
    const record = (fields: Partial<SendOutcomeFields>) =>
      recordSendOutcome(deps, messageId, organisation._id, fields);

    const route = await routeFor(deps, text, organisation);
    if (route.channel === 'none') return suppress(deps, record, messageId, text, route.reason);
    const from = senderFor(organisation, route.channel, deps.config);
    if (!from) return suppress(deps, record, messageId, text, 'channel_unusable');
    // Twilio blocks by default only the number a STOP was sent to; so does Shiftline.
    const person = text.personId ? await deps.directory.person(text.personId) : null;
    if (person && isOptedOutOf(person, from))
      return suppress(deps, record, messageId, text, 'opted_out');
    const content =
      route.channel === 'whatsapp' && route.mode === 'template'
        ? { contentSid: route.contentSid, contentVariables: templateVariables(text.body) }
        : { body: text.body };
    const sentTo = { channel: route.channel, to: route.to, from };

    let sent = mayHaveRun
      ? await earlierSend(deps, {
          ...sentTo,
          body: 'body' in content ? (content.body ?? '') : null,
        })
      : undefined;
    let pacedAt: Date | undefined;
    if (!sent) {
      const turn = await deps.pacer.takeTurn(from, {
        member: job.id!,
        order: sendOrder(job.opts.priority ?? 0, job.timestamp),
        holdMs: HOLD_PLACE_MS,
      });
      if ('comeBackAt' in turn) return holdBack(job, token, turn.comeBackAt);
      pacedAt = new Date(turn.grantedAt);
      try {
        sent = await deps.twilio.messages.create({
          to: route.to,
          from,
          statusCallback: statusCallbackUrl(deps.config),
          ...content,
        });
      } catch (error) {
        const classified = classifySendError(error);
        if (classified instanceof PermanentSendError) {
          await record({ status: 'failed', errorCode: classified.code, ...sentTo });
          if (classified.code && text.personId)
            await applyChannelError(
              deps,
              { _id: messageId, person: text.personId, channel: route.channel },
              classified.code,
            );
          deps.log.warn({ messageId, code: classified.code }, 'text refused by Twilio');
        }
        throw classified;
      } finally {
        await turn.landed();
      }
    }
    await record({
      twilioSid: sent.sid,
      status: sent.status === 'accepted' ? 'accepted' : 'queued',
      ...sentTo,
      ...('contentSid' in content ? { contentSid: content.contentSid } : {}),
      ...(pacedAt ? { pacedAt } : {}),
    });
    return sent.sid;
  };
}

/**
 * A text waits in the worker for its sender's turn only when it is next or second in line and
 * the turn is at most this far off; otherwise the job goes back to the queue, delayed until about
 * then, so the worker's slots stay free for other senders' texts (one slow sender's backlog held
 * every slot, and a reminder from another sender waited 74 s behind it).
 */
const HOLD_PLACE_MS = 1_000;

/** BullMQ's delays are in real time, as Redis's clock (the pacer's) is: never a virtual clock. */
async function holdBack(
  job: Job<SendJob>,
  token: string | undefined,
  until: number,
): Promise<never> {
  await job.updateData({ ...job.data, heldBack: (job.data.heldBack ?? 0) + 1 });
  await job.moveToDelayed(until, token);
  throw new DelayedError();
}

/** A retry, a stalled job started again, or a job queued again by the reconciler. */
function mayHaveRunBefore(job: Job<SendJob>): boolean {
  return (
    job.attemptsStarted - (job.data.heldBack ?? 0) > 1 ||
    job.data.recovered === true ||
    !job.data.text
  );
}

async function queuedTextOf(deps: SenderDeps, messageId: string): Promise<QueuedText | null> {
  const message = await deps.models.OutboundMessage.findById(messageId).lean();
  if (!message) return null;
  return {
    organisationId: message.organisation.toString(),
    ...(message.person ? { personId: message.person.toString() } : {}),
    ...(message.toAddress ? { toAddress: message.toAddress } : {}),
    key: message.key,
    body: message.body,
  };
}

async function routeFor(
  deps: SenderDeps,
  text: QueuedText,
  organisation: OrganisationDoc,
): Promise<Route | { channel: 'none'; reason: 'opted_out' }> {
  if (!text.personId) {
    const address = parseAddress(text.toAddress ?? '');
    if (!address) return { channel: 'none', reason: 'no_address' };
    return address.channel === 'whatsapp'
      ? { channel: 'whatsapp', to: `whatsapp:${address.e164}`, mode: 'text' }
      : { channel: 'sms', to: address.e164 };
  }
  const person = await deps.directory.person(text.personId);
  if (!person) return { channel: 'none', reason: 'no_address' };
  if (person.optedOut) return { channel: 'none', reason: 'opted_out' };
  // A lean organisation keeps its Map of templates as a plain object.
  const templates = (organisation.whatsappTemplates ?? {}) as unknown as Record<string, string>;
  return chooseRoute({
    now: deps.clock.now(),
    messageKey: text.key,
    preferred: person.channel as 'sms' | 'whatsapp',
    sms: { e164: person.phone, usable: person.sms?.state === 'ok' },
    whatsapp: {
      e164: person.whatsapp,
      usable: person.whatsappChannel?.state === 'ok',
      lastInboundAt: person.whatsappChannel?.lastInboundAt,
    },
    whatsappTemplate: templates[text.key] ?? templates.default,
  });
}

async function suppress(
  deps: SenderDeps,
  record: (fields: Partial<SendOutcomeFields>) => Promise<void>,
  messageId: string,
  text: QueuedText,
  reason: Suppression,
): Promise<string> {
  await record({ suppressed: reason });
  deps.log.info({ messageId, key: text.key, reason }, 'text not sent');
  return `suppressed: ${reason}`;
}

/** How far back Twilio's list is read for a text an earlier attempt may have sent. */
const RECENT_TEXTS = 20;

/**
 * The text an earlier attempt handed to Twilio, if it did: the newest one to the same number
 * from the same sender with the same body (any body, for a template) that no recorded outcome
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
  const owned = await deps.models.SendOutcome.find(
    { twilioSid: { $in: alike.map((m) => m.sid) } },
    { twilioSid: 1 },
  ).lean();
  const found = alike.find((m) => !owned.some((o) => o.twilioSid === m.sid));
  if (found)
    deps.log.warn({ sid: found.sid }, 'text already taken by Twilio on an earlier attempt');
  return found && { sid: found.sid, status: found.status };
}

/** Where Twilio reports a text's status, with our connection overrides (Twilio retries by them). */
function statusCallbackUrl(config: SenderDeps['config']): string {
  const url = new URL('/webhooks/twilio/status', config.PUBLIC_BASE_URL).toString();
  return config.TWILIO_WEBHOOK_OVERRIDES ? `${url}#${config.TWILIO_WEBHOOK_OVERRIDES}` : url;
}
