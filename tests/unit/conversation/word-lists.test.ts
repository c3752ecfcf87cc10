/**
 * Every word of a real word list of each language, through the reply reader. An ordinary word is
 * never read as a command: a word alone may mean a command only when the vocabulary lists that
 * very word (give or take accents, or letters stretched for emphasis) for it; after "ok" it may
 * change the reply only when the vocabulary knows it at all. The lists (MIT) are the
 * `an-array-of-{english,spanish,french}-words` packages: ~275,000, ~636,000 and ~336,000 words.
 */
import { createRequire } from 'node:module';
import {
  AIMS_WORDS,
  LANGUAGE_NAMES,
  OPT_IN_WORDS,
  OPT_OUT_WORDS,
  SHARE_WORDS,
  SINGLE_LETTERS,
  VOCABULARIES,
} from '../../../src/conversation/keywords';
import { isStretched, lengthens, lower } from '../../../src/conversation/normalise';
import { parseReply } from '../../../src/conversation/parse-reply';
import { phraseWords } from '../../../src/conversation/vocabulary';

/** A dictionary is 300,000 to 600,000 words, read twice: seconds alone, more on a busy machine. */
jest.setTimeout(600_000);

const requireJson = createRequire(__filename);
const LISTS = {
  en: 'an-array-of-english-words',
  es: 'an-array-of-spanish-words',
  fr: 'an-array-of-french-words',
} as const;

const key = (phrase: string) => phraseWords(phrase).join(' ');

/** What each reading of a word alone may come from: the phrases listed for it. */
const LISTED = new Map<string, Set<string>>([
  ['opt_out', new Set(OPT_OUT_WORDS)],
  ['opt_in', new Set(OPT_IN_WORDS)],
  ['language', new Set(LANGUAGE_NAMES.keys())],
  // AIMS's own words: alone, they only ask what the person would like next.
  ['aims', new Set(AIMS_WORDS)],
]);
for (const [letter, meaning] of SINGLE_LETTERS) LISTED.set(meaning, new Set([letter]));
// SHARE / UNSHARE's own words: alone, they ask which organisation (nothing is shared).
for (const [phrase, { type }] of SHARE_WORDS)
  LISTED.set(type, new Set([...(LISTED.get(type) ?? []), phrase]));
for (const vocabulary of VOCABULARIES) {
  for (const [meaning, phrases] of Object.entries(vocabulary.words)) {
    const keys = LISTED.get(meaning) ?? new Set<string>();
    for (const phrase of phrases ?? []) keys.add(key(phrase));
    LISTED.set(meaning, keys);
  }
}
const KNOWN = new Set([...LISTED.values()].flatMap((keys) => [...keys]));

function isListed(word: string, keys: ReadonlySet<string> | undefined): boolean {
  const said = key(word);
  if (keys?.has(said)) return true;
  return isStretched(lower(word)) && [...(keys ?? [])].some((listed) => lengthens(said, listed));
}

/** The words of a list the reader takes for a command they are not listed as. */
function misread(words: readonly string[]): string[] {
  const found: string[] = [];
  for (const word of words) {
    const alone = parseReply(word);
    if (alone.kind === 'intent' && !isListed(word, LISTED.get(alone.intent.type))) {
      found.push(`${word} → ${alone.intent.type}`);
    }
    const afterOk = parseReply(`ok ${word}`);
    if (afterOk.kind === 'intent' && !isListed(word, KNOWN)) {
      found.push(`ok ${word} → ${afterOk.intent.type}`);
    }
  }
  return found;
}

describe('a real word list of each language, through the reply reader', () => {
  it.each(Object.entries(LISTS))(
    'reads no ordinary %s word as a command, alone or after "ok"',
    (_language, list) => {
      const words = requireJson(`${list}/index.json`) as string[];
      expect(words.length).toBeGreaterThan(250_000);
      expect(misread(words)).toEqual([]);
    },
  );

  it('catches a word folded into a command', () => {
    // "noon" squeezed to the French "non", "trade" a typo of "tarde": what the rules above forbid.
    expect(isListed('noon', LISTED.get('no'))).toBe(false);
    expect(isListed('nooo', LISTED.get('no'))).toBe(true);
    expect(isListed('trade', LISTED.get('late'))).toBe(false);
  });
});
