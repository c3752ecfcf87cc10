import type { MessageKey } from '../i18n';
import { changeShareByName } from '../record/shares';
import type { ReplyDeps } from './act-on-reply';
import { replyToSpeaker, type AddressedSpeaker } from './reply-to-speaker';

const REPLIES = {
  which: 'share.which',
  unknown: 'share.unknown',
  shared: 'share.done',
  withdrawn: 'share.withdrawn',
  not_shared: 'share.not_shared',
} as const satisfies Record<string, MessageKey>;

/**
 * SHARE <organisation> shares the worker's record with it; UNSHARE <organisation> (NO COMPARTIR,
 * NE PLUS PARTAGER) withdraws it. The organisation is named by its full name; an unknown or
 * ambiguous name changes nothing and says so.
 */
export async function answerShare(
  deps: ReplyDeps,
  speaker: AddressedSpeaker,
  intent: { type: 'share' | 'unshare'; organisation: string },
): Promise<string> {
  const changed = await changeShareByName(deps, {
    type: intent.type,
    name: intent.organisation,
    person: speaker.person._id,
    by: 'text',
    at: deps.clock.now(),
  });
  const name = 'organisation' in changed ? changed.organisation.name : intent.organisation;
  await replyToSpeaker(deps, speaker, REPLIES[changed.outcome], { name });
  return `${intent.type}:${changed.outcome}`;
}
