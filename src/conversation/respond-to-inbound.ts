import type { Processor } from 'bullmq';
import type { Clock } from '../engine/clock';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { Models } from '../models';
import {
  receivedText,
  recordOutcome,
  type Inbound,
  type InboundJob,
} from '../messaging/received-text';
import type { Language, MessageKey } from '../i18n';
import { queueText } from '../messaging/outbox';
import { parseReply, type ParseResult } from './parse-reply';
import { actOnReply, type ReplyDeps } from './act-on-reply';
import { actOnBroadcast, answerPendingBroadcast } from './act-on-broadcast';
import { actOnClientText } from './act-on-client-text';
import { handOff } from '../visits/hand-off';
import { clearOptOut, recordOptOut, type OptOutDeps, type OptOutText } from './opt-out-state';
import { twilioOptOutEffect } from './twilio-opt-out';
import { answerHelp } from './answer-help';
import { answerRecord } from './answer-record';
import { answerShare } from './answer-share';
import { answerPendingAims, askAims, stateAim } from './answer-aims';
import { readAim } from './aim-phrases';
import type { RecordLinkConfig } from '../record/record-link';
import { handOffReply } from './hand-off-reply';
import { knownSender } from './known-sender';
import { workerOptedOut } from '../engine/runtime/events';
import type { InboundThrottle } from '../messaging/inbound-throttle';
import { addressedFormally } from '../messaging/formal-address';

export type ResponderDeps = ReplyDeps &
  OptOutDeps & {
    log: Logger;
    models: Models;
    clock: Clock;
    config: Pick<Config, 'INBOUND_PER_NUMBER_PER_HOUR'> & RecordLinkConfig;
    inboundThrottle: InboundThrottle;
  };

/**
 * Advanced Opt-Out says what it made of the text. STOP and HELP are final. START is not:
 * Twilio also sends it for a bare YES (an opt-in word to Twilio), which may be a reply to an
 * offer, so the text is still read for what it says.
 */
function readIntent(body: string, optOutType: string | null | undefined): ParseResult {
  if (optOutType === 'STOP') return { kind: 'intent', intent: { type: 'opt_out' } };
  if (optOutType === 'HELP') return { kind: 'intent', intent: { type: 'help' } };
  return parseReply(body);
}

const isOptOut = (intent: ParseResult) =>
  intent.kind === 'intent' && intent.intent.type === 'opt_out';

/**
 * Keeps the person's opt-out where Twilio keeps it, for a text nothing else is done with (from a
 * stranger to the number's organisation, or past the sender's cap): a STOP is about the number
 * texted, whoever owns it, and Twilio blocks it whatever Shiftline answers.
 */
async function followOptOut(
  deps: ResponderDeps,
  text: OptOutText,
  inbound: Inbound,
  intent: ParseResult,
): Promise<void> {
  if (isOptOut(intent)) await recordOptOut(deps, text);
  else if (twilioOptOutEffect(deps.config.TWILIO_ADVANCED_OPT_OUT, inbound) === 'opt_in')
    await clearOptOut(deps, text);
}

/** STOP, START and a language switch are about the person's account, never about a visit. */
function isAccountCommand(intent: ParseResult): boolean {
  return intent.kind === 'intent' && ['opt_out', 'opt_in', 'language'].includes(intent.intent.type);
}

/**
 * The inbound worker's job: find who texted, act on what they said, and answer in their
 * language. Every reply's dedupe key is derived from the MessageSid, so processing the same
 * text twice answers once; what was made of it is recorded once, as its InboundMessage.
 */
export function respondToInbound(deps: ResponderDeps): Processor<InboundJob> {
  const { Person, Organisation } = deps.models;
  return async (job) => {
    const inbound = await receivedText(deps, job.data);
    if (!inbound) return 'not recorded';
    const replyKey = `reply-${inbound.messageSid}`;
    const address = inbound.channel === 'whatsapp' ? `whatsapp:${inbound.from}` : inbound.from;
    const sender = await deps.directory.personByAddress(inbound.channel, inbound.from);
    const organisation =
      (await deps.directory.organisationByNumber(inbound.channel, inbound.to)) ??
      (sender
        ? await deps.directory.organisation(sender.organisation)
        : await Organisation.findOne().sort({ _id: 1 }).lean());
    const person = await knownSender(deps, sender, organisation);
    const intent = readIntent(inbound.body, inbound.optOutType);
    const answersStranger = !person && organisation && !isOptOut(intent);
    const admission = await deps.inboundThrottle.admit(
      { sender: address, messageSid: inbound.messageSid, receivedAt: inbound.receivedAt },
      answersStranger
        ? { organisation: organisation._id, timeZone: organisation.timeZone }
        : undefined,
    );

    const settle = async (outcome: string) => {
      await recordOutcome(deps.models, inbound, {
        outcome,
        person: person?._id,
        organisation: organisation?._id,
        unknownSender: !person,
      });
      return outcome;
    };
    const senderOptOut = sender && { person: sender, channel: inbound.channel, to: inbound.to };

    if (admission.overCap) {
      if (admission.firstOverCap) {
        deps.log.warn(
          { from: address, cap: deps.config.INBOUND_PER_NUMBER_PER_HOUR },
          'texts from this number over the hourly cap: recorded, not acted on, until the next hour',
        );
      }
      if (senderOptOut) await followOptOut(deps, senderOptOut, inbound, intent);
      return settle('over_cap');
    }

    if (!person) {
      deps.log.warn(
        {
          from: inbound.from,
          channel: inbound.channel,
          messageSid: inbound.messageSid,
          ...(sender ? { knownElsewhere: true } : {}),
        },
        'text from an unknown number',
      );
      if (senderOptOut) await followOptOut(deps, senderOptOut, inbound, intent);
      if (answersStranger) {
        // One answer a day per number: a pumped burst of texts costs one text, not one each.
        if (admission.mayAnswerStranger) {
          await queueText(deps, {
            dedupeKey: replyKey,
            organisation,
            to: {
              address,
              language: (intent.language ?? organisation.language ?? 'en') as Language,
            },
            key: 'unknown_number',
          });
        }
        // Every text joins the number's open hand-off: the coordinator reads them all, texted once.
        await handOff(deps, {
          organisation,
          reason: 'unknown_number',
          from: address,
          transcript: [{ from: 'client', text: inbound.body || '-', at: inbound.receivedAt }],
        });
      }
      return settle('unknown_sender');
    }

    if (inbound.channel === 'whatsapp') {
      await Person.updateOne(
        { _id: person._id },
        { $max: { 'whatsappChannel.lastInboundAt': inbound.receivedAt } },
      );
    }
    if (!organisation) return settle('no_organisation');
    const reply = (key: MessageKey, language = person.language) =>
      queueText(deps, {
        dedupeKey: replyKey,
        organisation,
        to: {
          person: { _id: person._id, language, formal: addressedFormally(person, organisation) },
        },
        key,
      });

    const optOutText = { person, channel: inbound.channel, to: inbound.to };
    // Twilio unblocked them (a YES too): they hear back, and the YES books nothing.
    const optIn = twilioOptOutEffect(deps.config.TWILIO_ADVANCED_OPT_OUT, inbound) === 'opt_in';
    if (optIn && (await clearOptOut(deps, optOutText))) {
      await reply('opted_in');
      return settle('opted_in');
    }
    const speaker = { person, organisation, messageSid: inbound.messageSid };
    if (!isAccountCommand(intent)) {
      const visit = await actOnClientText(deps, speaker, intent, inbound.body);
      if (visit) return settle(visit);
    }
    // The answer to AIMS: an aim ("more hours"), or words nothing else understands.
    const aimed = await answerPendingAims(
      deps,
      speaker,
      intent,
      readAim(inbound.body, { bare: true }),
      inbound.body,
    );
    if (aimed) return settle(aimed);
    if (intent.kind === 'intent') {
      switch (intent.intent.type) {
        case 'opt_out':
          // Twilio confirms an opt-out itself and blocks anything we would send after it.
          await recordOptOut(deps, optOutText);
          await workerOptedOut(
            deps,
            person._id,
            // With Advanced Opt-Out, no number of ours reaches them any more.
            deps.config.TWILIO_ADVANCED_OPT_OUT ? undefined : organisation._id,
            { kind: 'reply', ref: inbound.messageSid },
          );
          return settle('opted_out');
        case 'opt_in':
          await clearOptOut(deps, optOutText);
          await reply('opted_in');
          return settle('opted_in');
        case 'help':
          return settle(await answerHelp(deps, speaker));
        case 'record':
          return settle(await answerRecord(deps, speaker));
        case 'share':
        case 'unshare':
          return settle(await answerShare(deps, speaker, intent.intent));
        case 'aims':
          return settle(await askAims(deps, speaker));
        case 'aim': {
          const { kind, words } = intent.intent;
          const text = inbound.body.trim();
          return settle(await stateAim(deps, speaker, { kind, ...(words && { words }), text }));
        }
        case 'language':
          await Person.updateOne(
            { _id: person._id },
            { $set: { language: intent.intent.language } },
          );
          await reply('language_switched', intent.intent.language);
          return settle(`language:${intent.intent.language}`);
      }
    }
    if (intent.kind === 'intent' && intent.intent.type === 'broadcast') {
      return settle(await actOnBroadcast(deps, speaker, intent.intent.text));
    }
    const broadcastAnswer = await answerPendingBroadcast(deps, speaker, intent);
    if (broadcastAnswer) return settle(broadcastAnswer);
    if (intent.kind === 'unclear') {
      const handed = await handOffReply(
        deps,
        { person, organisation, inbound },
        inbound.body,
        intent,
      );
      if (handed) return settle(handed);
      // Never a guessed YES: anything unclear is answered, and nothing changes.
      await reply('fallback');
      return settle(`unclear:${intent.reason}`);
    }
    return settle(await actOnReply(deps, speaker, intent.intent));
  };
}
