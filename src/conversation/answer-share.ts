import type { MessageKey } from '../i18n';
import { organisationNamed, shareRecord, withdrawShare } from '../record/shares';
import type { ReplyDeps } from './act-on-reply';
import { replyToSpeaker, type AddressedSpeaker } from './reply-to-speaker';

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
  const { person } = speaker;
  const reply = (key: MessageKey, vars: Record<string, string> = {}) =>
    replyToSpeaker(deps, speaker, key, vars);
  if (intent.organisation === '') {
    await reply('share.which');
    return `${intent.type}:which`;
  }
  const named = await organisationNamed(deps, intent.organisation);
  if (!named) {
    await reply('share.unknown', { name: intent.organisation });
    return `${intent.type}:unknown`;
  }
  const change = { person: person._id, organisation: named._id, by: 'text', at: deps.clock.now() };
  if (intent.type === 'share') {
    await shareRecord(deps, change);
    await reply('share.done', { name: named.name });
    return 'share:shared';
  }
  const withdrawn = await withdrawShare(deps, change);
  await reply(withdrawn ? 'share.withdrawn' : 'share.not_shared', { name: named.name });
  return withdrawn ? 'unshare:withdrawn' : 'unshare:not_shared';
}
