import type { Aim } from '../domain/aims';
import { aimInWords, recordAim } from '../record/aims';
import type { ReplyDeps } from './act-on-reply';
import { replyToSpeaker, type AddressedSpeaker } from './reply-to-speaker';
import type { ReadAim } from './aim-phrases';
import { rememberQuestion } from './remember-question';
import type { Intent, ParseResult } from './types';

/** How long the answer to AIMS is waited for. */
const AIMS_ANSWER_WINDOW_MS = 24 * 3_600_000;

/** AIMS / METAS / OBJECTIFS: asks what they would like next; their next text is the answer. */
export async function askAims(deps: ReplyDeps, speaker: AddressedSpeaker): Promise<string> {
  const intent: Intent = { type: 'aims' };
  await rememberQuestion(deps.models, speaker.person._id, {
    intent,
    codes: [],
    askedAt: deps.clock.now(),
  });
  await replyToSpeaker(deps, speaker, 'aims.ask');
  return 'aims:asked';
}

/** Keeps the aim as the worker's own and says back, in one text, what was understood. */
export async function stateAim(
  deps: ReplyDeps,
  speaker: AddressedSpeaker,
  stated: Pick<Aim, 'kind' | 'words' | 'text'>,
): Promise<string> {
  const aim: Aim = { ...stated, statedAt: deps.clock.now(), by: 'self' };
  await recordAim(deps.models, speaker.person._id, aim);
  const language = (speaker.person.language ?? 'en') as Parameters<typeof aimInWords>[1];
  await replyToSpeaker(deps, speaker, 'aims.saved', { aim: aimInWords(aim, language) });
  return `aim:${aim.kind}`;
}

/**
 * The answer to AIMS, when one was asked: an aim of the class ("more hours", "un trabajo fijo")
 * or, when the text is nothing else we understand, their own words (kind 'other'). Undefined when
 * no AIMS question is open, so the text is handled as usual; a question is never taken as an aim.
 */
export async function answerPendingAims(
  deps: ReplyDeps,
  speaker: AddressedSpeaker,
  parsed: ParseResult,
  aim: ReadAim | undefined,
  body: string,
): Promise<string | undefined> {
  const text = body.trim();
  if (!aim && (parsed.kind !== 'unclear' || ['question', 'empty'].includes(parsed.reason)))
    return undefined;
  const conversation = await deps.models.Conversation.findOne({
    person: speaker.person._id,
  }).lean();
  const pending = conversation?.pending;
  const asked = pending?.intent as Intent | undefined;
  if (asked?.type !== 'aims' || !pending?.askedAt) return undefined;
  if (deps.clock.now().getTime() - pending.askedAt.getTime() > AIMS_ANSWER_WINDOW_MS)
    return undefined;
  await deps.models.Conversation.updateOne(
    { person: speaker.person._id },
    { $unset: { pending: 1 } },
  );
  return stateAim(
    deps,
    speaker,
    aim
      ? { kind: aim.kind, ...(aim.words && { words: aim.words }), text }
      : { kind: 'other', text },
  );
}
