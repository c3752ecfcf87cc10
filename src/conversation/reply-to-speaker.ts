import type { Types } from 'mongoose';
import type { MessageKey } from '../i18n';
import { addressedFormally } from '../messaging/formal-address';
import { queueText } from '../messaging/outbox';
import type { OrganisationRef } from '../visits/hand-off';
import type { ReplyDeps, Speaker } from './act-on-reply';

/** A speaker with each role's organisation, and their organisation's way of addressing people. */
export interface AddressedSpeaker extends Speaker {
  person: Speaker['person'] & { roles: { organisation: Types.ObjectId; role: string }[] };
  organisation: OrganisationRef & { clientAddress?: string | null };
}

/** The one answer to the speaker's text: in their language, formally where they are addressed so. */
export function replyToSpeaker(
  deps: ReplyDeps,
  speaker: AddressedSpeaker,
  key: MessageKey,
  vars: Record<string, string | number> = {},
) {
  const { person, organisation } = speaker;
  return queueText(deps, {
    dedupeKey: `reply-${speaker.messageSid}`,
    organisation,
    to: {
      person: {
        _id: person._id,
        language: person.language,
        formal: addressedFormally(person, organisation),
      },
    },
    key,
    vars,
  });
}
