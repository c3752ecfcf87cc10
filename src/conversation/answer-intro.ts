import type { Types } from 'mongoose';
import type { MessageKey } from '../i18n';
import { introduceToNextSteps } from '../programme/next-step';
import type { ReplyDeps } from './act-on-reply';

/**
 * INTRO: the person consents to be introduced to the next step of a programme they completed;
 * its coordinators get their name and number. Nothing to introduce them to: not understood.
 */
export async function answerIntro(
  deps: ReplyDeps,
  personId: Types.ObjectId,
  reply: (key: MessageKey, vars?: Record<string, string | number>) => Promise<unknown>,
): Promise<string> {
  const person = await deps.directory.person(personId);
  const steps = person ? await introduceToNextSteps(deps, person) : [];
  if (steps.length === 0) {
    await reply('fallback');
    return 'intro:nothing';
  }
  await reply('programme.intro_done', { step: steps.join(', ') });
  return `intro:${steps.length}`;
}
