import type { Types } from 'mongoose';
import type { Models } from '../models';

/**
 * A text the person was sent just before, word for word, says nothing new ("just filled" twice
 * from two offers of one shift). Checked at queueing against the person's last text (one query
 * on the { person, createdAt } index; ties, as under a stepped clock, go to the newer id). Not checked: a reply to the person's own text (their text
 * sits between the two, and an unanswered text looks lost), and a text quoting a short code,
 * which names one prompt and cannot repeat another (every offer; keeps fan-out to one insert).
 */
export function mayRepeat(request: {
  dedupeKey: string;
  body: string;
  vars: Record<string, string | number>;
}): boolean {
  const code = request.vars.code;
  return (
    request.dedupeKey.startsWith('reply-') ||
    (typeof code === 'string' && code !== '' && request.body.includes(code))
  );
}

export async function repeatsLastText(
  models: Models,
  person: Types.ObjectId,
  text: { key: string; body: string },
): Promise<boolean> {
  const last = await models.OutboundMessage.findOne({ person }, { key: 1, body: 1 })
    .sort({ createdAt: -1, _id: -1 })
    .lean();
  return last?.key === text.key && last.body === text.body;
}
