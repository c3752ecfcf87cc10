/** Word-level normalisation shared by the vocabulary and the tokeniser. */

const APOSTROPHES = /['’‘`´ʼ]/g;
const MARKS = /\p{M}/gu;

/**
 * Lower case, compatibility forms folded ("ＹＥＳ"), typographic apostrophes made plain; accents
 * kept ("qué" ≠ "que"). Apostrophes go first: compatibility folding splits "´" into a space.
 */
export function lower(word: string): string {
  return word.replace(APOSTROPHES, "'").normalize('NFKC').toLowerCase();
}

/** Lower case, accents kept, apostrophes dropped: how interrogatives are looked up ("qué", "whats"). */
export function accented(word: string): string {
  return lower(word).replace(/'/g, '');
}

/** Lower case without accents or apostrophes: "Terminé" → "termine", "can't" → "cant". */
export function plain(word: string): string {
  return word.replace(APOSTROPHES, '').normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Runs of one letter collapsed: "yeees" → "yes", "okk" → "ok". */
export function squeeze(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}

/**
 * Damerau–Levenshtein distance (optimal string alignment) of at most one: one letter
 * inserted, deleted, replaced, or two neighbours swapped ("dnoe" → "done").
 */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  if (short.length === long.length) {
    if (short.slice(i + 1) === long.slice(i + 1)) return true;
    return (
      short[i] === long[i + 1] &&
      short[i + 1] === long[i] &&
      short.slice(i + 2) === long.slice(i + 2)
    );
  }
  return short.slice(i) === long.slice(i + 1);
}
