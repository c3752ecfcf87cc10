import type { Models } from '../models';
import { issueRecordLink, type RecordLinkConfig } from '../record/record-link';
import type { ReplyDeps } from './act-on-reply';
import { replyToSpeaker, type AddressedSpeaker } from './reply-to-speaker';

/**
 * RECORD: a new private link to the person's own track record, texted in their language. Each
 * request makes its own link; older ones keep working until they expire.
 */
export async function answerRecord(
  deps: ReplyDeps & { models: Models; config: RecordLinkConfig },
  speaker: AddressedSpeaker,
): Promise<string> {
  const { person } = speaker;
  const { url, days } = await issueRecordLink(deps, person._id, deps.clock.now());
  await replyToSpeaker(deps, speaker, 'record.link', { url, count: days });
  return 'record';
}
