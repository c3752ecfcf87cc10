/** Texts not worth reading: nothing in them, or longer than any text message. */
import type { VisitParseResult } from './types';

/** Longer than any SMS; bounds the work on hostile input. */
const MAX_LENGTH = 1000;

export function unreadable(
  text: string,
): Extract<VisitParseResult, { kind: 'unclear' }> | undefined {
  if (text.length > MAX_LENGTH) return { kind: 'unclear', reason: 'too_long' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'unclear', reason: 'empty' };
  return undefined;
}
