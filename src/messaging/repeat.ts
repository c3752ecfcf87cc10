import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * A text the person was sent just before, word for word, says nothing new ("just filled" twice
 * from two offers of one shift). Not checked: a reply to the person's own text (their text sits
 * between the two, and an unanswered text looks lost), and a text quoting a short code, which
 * names one prompt and cannot repeat another (every offer).
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

/** Each person's last text, as a digest in Redis: remembered a week, then forgotten. */
const REMEMBERED_S = 7 * 24 * 3600;

export interface LastTexts {
  /**
   * Makes this the person's last text and says whether it was already: one atomic SET … GET,
   * so two identical texts racing are told apart. The same text asked for twice (one dedupeKey:
   * two offers closing at once report the same unfilled shift) is not a repeat of itself:
   * whichever call records it, it goes once. Without Redis, nothing is a repeat.
   */
  repeats(
    personId: string,
    text: { key: string; body: string; dedupeKey: string },
  ): Promise<boolean>;
}

export function createLastTexts(redis: Redis, prefix: string): LastTexts {
  return {
    async repeats(personId, text) {
      const digest = createHash('sha256').update(`${text.key}\n${text.body}`).digest('base64url');
      const previous = await redis
        .call(
          'SET',
          `${prefix}:last-text:${personId}`,
          `${digest} ${text.dedupeKey}`,
          'GET',
          'EX',
          REMEMBERED_S,
        )
        .catch(() => null);
      if (typeof previous !== 'string') return false;
      const space = previous.indexOf(' ');
      const lastDigest = space < 0 ? previous : previous.slice(0, space);
      const lastKey = space < 0 ? '' : previous.slice(space + 1);
      return lastDigest === digest && lastKey !== text.dedupeKey;
    },
  };
}
