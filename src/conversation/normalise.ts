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
 * Stretched for emphasis: a letter three times over ("yeees", "nooo"), a doubled last consonant
 * ("okk", "helpp") or a doubled last vowel on a short word ("sii", "ouii"). Give it the word with
 * its accents. A double letter inside a word is how words are spelt ("noon", "latte", "donne"),
 * and so is a long word's "-ee" ("donee", "presentee"): collapsing those would turn everyday
 * words into keywords.
 */
export function isStretched(word: string): boolean {
  if (/(.)\1\1/u.test(word)) return true;
  const last = /(.)\1$/u.exec(word)?.[1];
  if (!last) return false;
  return !/[aeiouy]/.test(last) || squeeze(word).length <= 3;
}

/** Runs of one letter: "cool" → [["c", 1], ["o", 2], ["l", 1]]. */
function runs(word: string): [string, number][] {
  return [...word.matchAll(/(.)\1*/gu)].map((m) => [m[1] ?? '', m[0].length]);
}

/** `word` is `of` with some letters held longer ("yeees" of "yes"; not "coll" of "cool"). */
export function lengthens(word: string, of: string): boolean {
  const mine = runs(word);
  const theirs = runs(of);
  return (
    mine.length === theirs.length &&
    mine.every(([letter, count], i) => letter === theirs[i]?.[0] && count >= (theirs[i]?.[1] ?? 0))
  );
}

/**
 * Two neighbouring letters swapped ("dnoe" → "done"): the slip of a thumb. Unlike a letter
 * changed, added or dropped ("gone", "there", "list"), a swap seldom makes another real word.
 */
export function isOneSwapAway(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i += 1;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Every spelling of `word` with two neighbouring letters swapped. */
export function swaps(word: string): string[] {
  const letters = [...word];
  const found = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i += 1) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [letters[i + 1]!, letters[i]!];
    found.add(swapped.join(''));
  }
  return [...found];
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
