import { placeInLanguage, type PlaceInLanguages } from '../engine/runtime/message-vars';
import { rememberQuestion } from './remember-question';
import type { Types } from 'mongoose';
import { startOfWeek } from '../domain/week';
import { minutesToHours } from '../domain/hours';
import { replyToAssignment } from '../engine/runtime/events';
import {
  latestNotice,
  noShowStillOnFor,
  recentOffersFor,
  type RecentOffer,
} from '../engine/runtime/queries';
import type { EngineRuntime } from '../engine/runtime/types';
import { offerEntity } from '../engine/runtime/entities';
import { OPEN_OFFER_STATES } from '../engine/runtime/offer-states';
import {
  formatWhen,
  renderMessage,
  type Language,
  type MessageKey,
  type Terminology,
} from '../i18n';
import type { Models } from '../models';
import { queueText, type OutboxDeps } from '../messaging/outbox';
import { answerStatus } from './answer-status';
import { shortList } from './short-list';
import { applyTarget, type Answered, type TargetContext } from './apply-target';
import { chooseTarget, type Acting, type Option } from './choose-target';
import { loadOpenPrompts } from './open-prompts';
import type { Intent } from './types';
import { participantHoursLeft } from '../programme/participants';
import { answerIntro } from './answer-intro';
import { waitListAndTell } from '../programme/wait-list-notice';
import type { OrganisationRef } from '../visits/hand-off';

/** A shift as a text names it: when, and where in the reader's language. */
type ShiftNamed = { shiftStart: Date; shiftEnd: Date; place: string; placeIn?: PlaceInLanguages };

export type ReplyDeps = OutboxDeps & EngineRuntime & { models: Models };

export interface Speaker {
  person: { _id: Types.ObjectId; language?: string | null; roles: { role: string }[] };
  organisation: OrganisationRef;
  messageSid: string;
}

/**
 * Acts on a reply that is meant for the shift flows: finds the prompt it answers, hands it to
 * the engine, and answers plainly when nothing fits. Returns the outcome recorded on the inbound.
 */
export async function actOnReply(
  deps: ReplyDeps,
  speaker: Speaker,
  parsed: Intent,
): Promise<string> {
  const { person, organisation } = speaker;
  const language = (person.language ?? 'en') as Language;
  const now = deps.clock.now();
  const when = (start: Date, end: Date) => formatWhen(start, end, organisation.timeZone, language);
  const reply = (
    key: MessageKey,
    vars: Record<string, string | number> = {},
    dedupeKey = `reply-${speaker.messageSid}`,
  ) =>
    queueText(deps, {
      dedupeKey,
      organisation,
      to: { person: { _id: person._id, language } },
      key,
      vars,
    });
  const list = (items: string[]) => shortList(items, language);

  const intent = await withPendingChoice(deps.models, person._id, parsed);
  if (!intent) {
    await reply('fallback');
    return 'unclear:choice_without_question';
  }
  const personId = person._id.toString();
  if (intent.type === 'status') {
    const terms = organisation.terminology as Terminology;
    return answerStatus(deps, person, { language, terms, when, reply });
  }
  if (intent.type === 'intro') return answerIntro(deps, speaker.person._id, reply);
  if (intent.type === 'hours') {
    const programmeHours = await participantHoursLeft(deps, personId);
    if (programmeHours) {
      await reply('programme.hours_left', { ...programmeHours });
      return 'hours:programme';
    }
    const records = await deps.models.WorkRecord.find(
      { person: person._id, kind: 'hours_confirmed' },
      { minutes: 1, at: 1 },
    ).lean();
    const weekStart = startOfWeek(now, organisation.timeZone);
    const minutes = (from?: Date) =>
      records.filter((r) => !from || r.at >= from).reduce((sum, r) => sum + (r.minutes ?? 0), 0);
    await reply('hours.summary', {
      count: minutesToHours(minutes(weekStart)),
      total: minutesToHours(minutes()),
    });
    return 'hours';
  }

  const prompts = await loadOpenPrompts(deps, person, now);
  const target = chooseTarget(intent, prompts, now);
  const shiftVars = (shift: ShiftNamed) => ({
    when: when(shift.shiftStart, shift.shiftEnd),
    place: placeInLanguage(shift.place, shift.placeIn, language),
  });
  const context = (suffix: string): TargetContext => ({
    cause: { kind: 'reply', ref: speaker.messageSid },
    offers: prompts.offers,
    reply: (key, shift, dedupeKey = `reply-${speaker.messageSid}${suffix}`) =>
      queueText(deps, {
        dedupeKey,
        organisation,
        to: { person: { _id: person._id, language } },
        key,
        vars: shift ? shiftVars(shift) : {},
      }),
  });
  let outcome: string;
  switch (target.kind) {
    case 'which_one':
      await askWhichOne(deps.models, person._id, target.intent, target.options, now);
      await reply('which_one', {
        count: target.options.length,
        list: list(
          target.options.map((o) =>
            'talkWith' in o
              ? renderMessage('invitation.which_one_item', language, {
                  code: o.code,
                  name: o.talkWith,
                })
              : renderMessage('which_one_item', language, {
                  code: o.code,
                  when: when(o.shiftStart, o.shiftEnd),
                  place: placeInLanguage(o.place, o.placeIn, language),
                }),
          ),
        ),
        example: `${intent.type.toUpperCase()} ${target.options[0]!.code}`,
      });
      return `which_one:${intent.type}`;
    case 'nothing': {
      // HERE after the no-show fired: the attendance flow answers it, and tells the staff.
      const lostPlace =
        intent.type === 'here' ? await noShowStillOnFor(deps, personId, now) : undefined;
      if (lostPlace) {
        const here = { type: 'reply.here' } as const;
        const cause = { kind: 'reply', ref: speaker.messageSid } as const;
        const arrived = await replyToAssignment(deps, lostPlace, here, cause);
        if (arrived.handled) return `assignment:${arrived.snapshot.state}`;
      }
      const lateAnswer =
        intent.type === 'yes' || intent.type === 'no'
          ? await recentlyClosedOffer(deps, personId, now)
          : undefined;
      if (
        intent.type === 'yes' &&
        lateAnswer?.state === 'filled' &&
        (await waitListAndTell(deps, lateAnswer.offerId))
      )
        return 'offer:closed:filled:wait_listed';
      if (lateAnswer) {
        // A YES that lost the race for the last place is understood: "just filled", never "didn't
        // understand" — and not twice, when the "just filled" notice has already gone out.
        if (lateAnswer.notice?.queued) return `offer:closed:${lateAnswer.state}:already_told`;
        const key = lateAnswer.state === 'filled' ? 'offer.filled' : 'offer.expired';
        // The offer's own notice, still to be queued, is the same text under the same key.
        await reply(key, shiftVars(lateAnswer), lateAnswer.notice?.dedupeKey);
        return `offer:closed:${lateAnswer.state}`;
      }
      const unwell = intent.type === 'drop' && intent.reason === 'unwell';
      const key: MessageKey =
        target.why === 'not_checked_in'
          ? 'checkin.not_expected'
          : target.why === 'nothing_to_drop'
            ? unwell
              ? 'drop.unwell_not_booked'
              : 'status.none'
            : 'fallback';
      await reply(key);
      return `nothing:${target.why}`;
    }
    case 'several': {
      const outcomes: string[] = [];
      for (const [index, one] of target.targets.entries()) {
        outcomes.push(outcomeOf(one, await applyTarget(deps, context(`:${index}`), one)));
      }
      outcome = `several:${outcomes.join(',')}`;
      break;
    }
    default:
      outcome = outcomeOf(target, await applyTarget(deps, context(''), target));
  }
  await deps.models.Conversation.updateOne({ person: person._id }, { $unset: { pending: 1 } });
  return outcome;
}

function outcomeOf(target: Acting, result: Answered): string {
  return result.handled
    ? `${target.kind}:${result.snapshot.state}`
    : `${target.kind}:not_handled:${result.reason}`;
}

const CLOSED_OFFER_MEMORY_MS = 24 * 3_600_000;

/**
 * The person's latest offer, if it closed (filled, expired…) within the last day, and the text
 * its closing sends them, if any: its key, and whether it is queued already.
 */
async function recentlyClosedOffer(
  deps: ReplyDeps,
  personId: string,
  now: Date,
): Promise<(RecentOffer & { notice?: { dedupeKey: string; queued: boolean } }) | undefined> {
  const latest = (
    await recentOffersFor(deps, personId, new Date(now.getTime() - CLOSED_OFFER_MEMORY_MS))
  ).at(-1);
  if (!latest || OPEN_OFFER_STATES.includes(latest.state)) return undefined;
  // Entering filled or expired texts the person so.
  const notice = await latestNotice(deps, offerEntity(latest.offerId), [
    'offer.filled',
    'offer.filled_wait_list',
    'offer.expired',
  ]);
  return { ...latest, ...(notice ? { notice } : {}) };
}

/** Remembers the question, so the next "YES K7P" or "2" can answer it. */
async function askWhichOne(
  models: Models,
  person: Types.ObjectId,
  intent: Intent,
  options: Option[],
  now: Date,
) {
  await rememberQuestion(models, person, {
    intent,
    codes: options.map((o) => o.code),
    askedAt: now,
  });
}

/**
 * A bare number answers the last "which one?" with the code at that place in its list, and
 * "DROP K7P" answering "which one?" after "I'm sick" keeps the reason. Any other intent stands
 * as it is. undefined: a number with no question to answer.
 */
async function withPendingChoice(
  models: Models,
  person: Types.ObjectId,
  intent: Intent,
): Promise<Intent | undefined> {
  const dropByCode = intent.type === 'drop' && intent.code !== undefined && !intent.reason;
  if (intent.type !== 'choice' && !dropByCode) return intent;
  const conversation = await models.Conversation.findOne({ person }).lean();
  const pending = conversation?.pending;
  const asked = pending?.intent as Intent | undefined;
  if (intent.type !== 'choice') {
    const unwell = asked?.type === 'drop' && asked.reason === 'unwell';
    return unwell && 'code' in intent && pending?.codes?.includes(intent.code ?? '')
      ? { ...intent, reason: 'unwell' }
      : intent;
  }
  const code = pending?.codes?.[intent.number - 1];
  if (!asked || !code) return undefined;
  return { ...asked, code } as Intent;
}
