/**
 * Short codes name one offer or shift in a reply ("YES K7P"). Three characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, 5/S), with at least one letter and one digit
 * so that no code is an everyday word.
 */
export const SHORT_CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXYZ2346789';

export const SHORT_CODE_LENGTH = 3;

const SHAPE = /^[ABCDEFGHJKMNPQRTUVWXYZ2346789]{3}$/;

/** "9AM", "4HR", "24H", "2ND" would be read as a time, a duration or an ordinal, not as a code. */
const READS_AS_NUMBER = /^\d+(?:AM|PM|HR|MN|TH|ND|RD|H|M)$/;

/** True for a code in its canonical upper-case form. */
export function isShortCode(s: string): boolean {
  return SHAPE.test(s) && /\d/.test(s) && /[A-Z]/.test(s) && !READS_AS_NUMBER.test(s);
}

/** The canonical code a reply token stands for ("k7p" → "K7P"), if it is one. */
export function readShortCode(token: string): string | undefined {
  const upper = token.toUpperCase();
  return isShortCode(upper) ? upper : undefined;
}
