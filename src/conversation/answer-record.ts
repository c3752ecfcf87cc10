import { queueText } from '../messaging/outbox';
import { addressedFormally } from '../messaging/formal-address';
import type { Models } from '../models';
import { issueRecordLink, type RecordLinkConfig } from '../record/record-link';
import type { RecordSpeaker, ReplyDeps } from './act-on-reply';

/**
 * RECORD: a new private link to the person's own track record, texted in their language. Each
 * request makes its own link; older ones keep working until they expire.
 */
export async function answerRecord(
  deps: ReplyDeps & { models: Models; config: RecordLinkConfig },
  speaker: RecordSpeaker,
): Promise<string> {
  const { person, organisation } = speaker;
  const { url, days } = await issueRecordLink(deps, person._id, deps.clock.now());
  await queueText(deps, {
    dedupeKey: `reply-${speaker.messageSid}`,
    organisation,
    to: {
      person: {
        _id: person._id,
        language: person.language,
        formal: addressedFormally(person, organisation),
      },
    },
    key: 'record.link',
    vars: { url, count: days },
  });
  return 'record';
}
