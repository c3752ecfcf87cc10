import type { PlaceInLanguages } from '../engine/runtime/message-vars';
import { formatWhen, SUPPORTED_LANGUAGES, type Language, type MessageKey } from '../i18n';
import { queueText } from '../messaging/outbox';
import type { Programme } from '../models/programme';
import { checkBroadcast, postBroadcast, type BroadcastCheck } from '../programme/post-broadcast';
import type { ReplyDeps, Speaker } from './act-on-reply';
import { MAX_SLOTS, readBroadcastCommand, type BroadcastUnclearReason } from './broadcast-command';
import type { ParseResult } from './parse-reply';

/** How long a BROADCAST waits for the coordinator's YES. */
export const CONFIRM_WINDOW_MS = 30 * 60_000;

const UNCLEAR_KEYS: Record<BroadcastUnclearReason, MessageKey> = {
  no_slots: 'programme.unclear.slots',
  too_many_slots: 'programme.unclear.over_limit',
  no_time: 'programme.unclear.when',
  no_date: 'programme.unclear.when',
  no_end_time: 'programme.unclear.when',
  past: 'programme.unclear.when',
  no_work_type: 'programme.unclear.work',
  no_place: 'programme.unclear.place',
};

type BroadcastSpeaker = Speaker & {
  person: Speaker['person'] & { timeZone?: string | null };
};

function replier(deps: ReplyDeps, speaker: BroadcastSpeaker) {
  const language = (speaker.person.language ?? 'en') as Language;
  const send = (key: MessageKey, vars: Record<string, string | number> = {}) =>
    queueText(deps, {
      dedupeKey: `reply-${speaker.messageSid}`,
      organisation: speaker.organisation,
      to: { person: { _id: speaker.person._id, language } },
      key,
      vars,
    });
  return { language, send };
}

async function refused(
  send: ReturnType<typeof replier>['send'],
  check: Exclude<BroadcastCheck, { ok: true }>,
  slots: number,
): Promise<string> {
  if (check.reason === 'over_budget') {
    await send('programme.over_budget', {
      slots,
      needed: check.neededCents / 100,
      available: check.availableCents / 100,
    });
  } else
    await send(
      check.reason === 'no_supervisor' ? 'programme.no_supervisor' : 'programme.unclear.when',
    );
  return `broadcast:refused:${check.reason}`;
}

/**
 * A coordinator's BROADCAST: read it, check it, and ask for YES with what was understood and
 * how many people it reaches. Anyone who coordinates no programme is refused, and audited.
 */
export async function actOnBroadcast(
  deps: ReplyDeps,
  speaker: BroadcastSpeaker,
  text: string,
): Promise<string> {
  const { person, organisation } = speaker;
  const { language, send } = replier(deps, speaker);
  const now = deps.clock.now();
  const programme = await deps.models.Programme.findOne({ coordinators: person._id })
    .sort({ createdAt: -1 })
    .lean<Programme>();
  if (!programme) {
    await deps.models.AuditEvent.create({
      person: person._id,
      organisation: organisation._id,
      action: 'broadcast',
      outcome: 'refused:not_coordinator',
      data: { messageSid: speaker.messageSid },
      at: now,
    });
    await send('programme.not_coordinator');
    return 'broadcast:refused:not_coordinator';
  }
  const timeZone = person.timeZone ?? organisation.timeZone;
  const reading = readBroadcastCommand(text, {
    language,
    timeZone,
    now,
    workTypes: programme.workTypes,
  });
  if (reading.kind === 'unclear') {
    await send(UNCLEAR_KEYS[reading.reason], { max: MAX_SLOTS });
    return `broadcast:unclear:${reading.reason}`;
  }
  const workNames = programme.workTypes.find((w) => w.id === reading.workTypeId)?.names;
  const workName = workNames?.[language] || reading.workTypeText;
  const request = {
    slots: reading.slots,
    start: reading.start,
    end: reading.end,
    place: `${workName}, ${reading.place}`,
    ...(workNames && { placeIn: placeInEachLanguage(workNames, reading.place) }),
  };
  const check = await checkBroadcast(deps, programme, request);
  if (!check.ok) return refused(send, check, reading.slots);
  const pending = { programme: programme._id, ...request, workTypeText: workName, askedAt: now };
  await deps.models.PendingBroadcast.updateOne(
    { person: person._id },
    { $set: pending },
    { upsert: true },
  );
  await send('programme.preview', {
    slots: reading.slots,
    when: formatWhen(reading.start, reading.end, timeZone, language),
    place: request.place,
    people: check.reach,
  });
  return 'broadcast:asked';
}

/** "trash pick, Riverside Park" in each language the work type is named in. */
function placeInEachLanguage(
  workNames: Partial<Record<Language, string>>,
  where: string,
): PlaceInLanguages {
  return Object.fromEntries(
    SUPPORTED_LANGUAGES.flatMap((l) => (workNames[l] ? [[l, `${workNames[l]}, ${where}`]] : [])),
  );
}

/**
 * The coordinator's answer to a broadcast preview: YES sends it (checked again), NO drops it
 * with a word. Anything else drops it silently and is handled as usual (undefined).
 */
export async function answerPendingBroadcast(
  deps: ReplyDeps,
  speaker: BroadcastSpeaker,
  intent: ParseResult,
): Promise<string | undefined> {
  const { PendingBroadcast, Programme: Programmes } = deps.models;
  const pending = await PendingBroadcast.findOne({ person: speaker.person._id }).lean();
  // Taken by deleting it, so two texts at once never send it twice.
  if (!pending || (await PendingBroadcast.deleteOne({ _id: pending._id })).deletedCount === 0)
    return undefined;
  const answer = intent.kind === 'intent' ? intent.intent : undefined;
  const { language, send } = replier(deps, speaker);
  if (answer?.type === 'no' && !answer.code) {
    await send('programme.not_sent');
    return 'broadcast:not_sent';
  }
  if (answer?.type !== 'yes' || answer.code) return undefined;
  const now = deps.clock.now();
  if (now.getTime() - pending.askedAt.getTime() > CONFIRM_WINDOW_MS) {
    await send('programme.expired');
    return 'broadcast:expired';
  }
  const programme = await Programmes.findById(pending.programme).lean<Programme>();
  if (!programme) return undefined;
  const request = {
    slots: pending.slots,
    start: pending.start,
    end: pending.end,
    place: pending.place,
    ...(pending.placeIn && { placeIn: pending.placeIn }),
    coordinatorId: speaker.person._id.toString(),
  };
  const { check, shift } = await postBroadcast(deps, programme, request, {
    kind: 'reply',
    ref: speaker.messageSid,
  });
  if (!check.ok || !shift)
    return refused(send, check as Exclude<BroadcastCheck, { ok: true }>, pending.slots);
  const timeZone = speaker.person.timeZone ?? speaker.organisation.timeZone;
  await send('programme.sent', {
    slots: pending.slots,
    when: formatWhen(pending.start, pending.end, timeZone, language),
    place: pending.place,
    people: check.reach,
  });
  return `broadcast:sent:${shift._id.toString()}`;
}
