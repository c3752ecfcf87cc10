import { accented, isOneSwapAway, lengthens, plain, squeeze, swaps } from './normalise';
import type { Language } from './types';

/** What a recognised word or phrase means to the parser. */
export const MEANINGS = [
  'yes',
  'no',
  /** "not", "never", "pas": blocks a yes; alone it is not a decline. */
  'negation',
  'here',
  'late',
  'done',
  'drop',
  /** "I'm sick", "bad day", "me siento mal", "je suis malade": the speaker is not well. */
  'unwell',
  /** INTRO: consent to be introduced to the next step of a programme completed. */
  'intro',
  'status',
  'hours',
  /** RECORD: a private link to the worker's own track record. */
  'record',
  'help',
  /** "maybe", "quizás", "peut-être", "if". */
  'hedge',
  /** Positive idioms built on a negation ("no problem", "pas de souci"). */
  'idiom',
  /** Opt-out and cancel words inside a longer message. */
  'stopword',
  /** "but", "pero", "mais": a yes with a condition attached. */
  'contrast',
  /** Greetings and thanks: never change what a reply means. */
  'filler',
  /** Pronouns and little words that carry no meaning on their own. */
  'glue',
  /** Recognised, but content we do not act on ("la tarde", so that "tarde" is not late). */
  'content',
  'half_hour',
  'one_hour',
  /** "both", "los dos", "les deux": a yes or no to the two prompts open. */
  'both',
  /** "all of them", "todos", "tous": to every prompt open. */
  'all',
] as const;

export type Meaning = (typeof MEANINGS)[number];

export interface Vocabulary {
  /** Absent for words every language uses ("ok", "k"). */
  readonly language?: Language;
  readonly words: Readonly<Partial<Record<Meaning, readonly string[]>>>;
  /** Keywords that forgive one typo ("dnoe" → done). */
  readonly typoTolerant?: readonly string[];
  /** Interrogatives that make a reply a question wherever they stand (accents count). */
  readonly questionWords?: readonly string[];
  /** Words that make a reply a question when they open it ("is it paid"). */
  readonly questionOpeners?: readonly string[];
}

/** Phrases separated by "|" or new lines, so vocabularies read as data. */
export function list(text: string): string[] {
  return text
    .split(/[|\n]/)
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0);
}

interface EntryWord {
  readonly plain: string;
  readonly squeezed: string;
  readonly tolerant: boolean;
}

export interface Entry {
  readonly words: readonly EntryWord[];
  readonly meaning: Meaning;
  /** Empty: shared by every language. */
  readonly languages: readonly Language[];
}

export interface Lexicon {
  readonly entries: readonly Entry[];
  /** Entries by their first word, exact and with repeated letters collapsed. */
  readonly byFirstWord: ReadonlyMap<string, readonly Entry[]>;
  /** Entries whose first word forgives a typo, by that word with two neighbouring letters swapped. */
  readonly bySwappedFirstWord: ReadonlyMap<string, readonly Entry[]>;
  readonly blocked: ReadonlySet<string>;
  readonly questionWords: ReadonlyMap<string, readonly Language[]>;
  readonly questionOpeners: ReadonlyMap<string, readonly Language[]>;
}

/** Typos are forgiven only where a wrong guess cannot book, decline or drop anyone. */
const TYPO_SAFE: ReadonlySet<Meaning> = new Set([
  'here',
  'late',
  'done',
  'status',
  'hours',
  'help',
]);

export function phraseWords(phrase: string): string[] {
  return plain(phrase)
    .split(/[\s-]+/)
    .filter((word) => word.length > 0);
}

function addLanguage(
  map: Map<string, Language[]>,
  word: string,
  language: Language | undefined,
): void {
  const languages = map.get(word) ?? [];
  if (language && !languages.includes(language)) languages.push(language);
  map.set(word, languages);
}

export function compileLexicon(vocabularies: readonly Vocabulary[]): Lexicon {
  const byKey = new Map<string, { words: EntryWord[]; meaning: Meaning; languages: Language[] }>();
  const questionWords = new Map<string, Language[]>();
  const questionOpeners = new Map<string, Language[]>();
  for (const vocabulary of vocabularies) {
    const tolerant = new Set((vocabulary.typoTolerant ?? []).map(plain));
    for (const meaning of MEANINGS) {
      for (const phrase of vocabulary.words[meaning] ?? []) {
        const words = phraseWords(phrase);
        const key = `${meaning}:${words.join(' ')}`;
        const entry = byKey.get(key) ?? {
          meaning,
          languages: [],
          words: words.map((word) => ({
            plain: word,
            squeezed: squeeze(word),
            tolerant: TYPO_SAFE.has(meaning) && tolerant.has(word),
          })),
        };
        if (vocabulary.language && !entry.languages.includes(vocabulary.language)) {
          entry.languages.push(vocabulary.language);
        }
        byKey.set(key, entry);
      }
    }
    for (const word of vocabulary.questionWords ?? []) {
      addLanguage(questionWords, accented(word), vocabulary.language);
    }
    for (const word of vocabulary.questionOpeners ?? []) {
      addLanguage(questionOpeners, plain(word), vocabulary.language);
    }
  }
  // A question word is never corrected into a keyword ("donde" is not a typo of "done").
  const neverCorrected = [...questionWords.keys(), ...questionOpeners.keys()];
  const entries = [...byKey.values()];
  const byFirstWord = new Map<string, Entry[]>();
  const bySwappedFirstWord = new Map<string, Entry[]>();
  const index = (map: Map<string, Entry[]>, key: string, entry: Entry) =>
    map.set(key, [...(map.get(key) ?? []), entry]);
  for (const entry of entries) {
    const first = entry.words[0];
    if (!first) continue;
    for (const key of new Set([first.plain, first.squeezed])) index(byFirstWord, key, entry);
    if (first.tolerant) {
      for (const key of swaps(first.plain)) index(bySwappedFirstWord, key, entry);
    }
  }
  return {
    entries,
    byFirstWord,
    bySwappedFirstWord,
    blocked: new Set(neverCorrected.map(plain)),
    questionWords,
    questionOpeners,
  };
}

/** A word as the matcher sees it; `undefined` for numbers, codes and emoji, which end a phrase. */
export interface WordForm {
  readonly plain: string;
  readonly squeezed: string;
  readonly stretched: boolean;
}

export interface Match {
  readonly start: number;
  /** Exclusive token index. */
  readonly end: number;
  readonly meaning: Meaning;
  readonly languages: readonly Language[];
}

/**
 * 0 exact, 1 stretched ("yesss"), 2 two letters swapped ("dnoe"); undefined when the word does
 * not match.
 */
function wordCost(lexicon: Lexicon, token: WordForm, word: EntryWord): number | undefined {
  if (token.plain === word.plain) return 0;
  if (lexicon.blocked.has(token.plain)) return undefined;
  if (token.stretched && lengthens(token.plain, word.plain)) return 1;
  const typo =
    word.tolerant &&
    token.plain.length >= 4 &&
    (isOneSwapAway(token.plain, word.plain) ||
      (token.stretched && isOneSwapAway(token.squeezed, word.squeezed)));
  return typo ? 2 : undefined;
}

function phraseCost(
  lexicon: Lexicon,
  forms: readonly (WordForm | undefined)[],
  at: number,
  entry: Entry,
): number | undefined {
  let cost = 0;
  for (const [offset, word] of entry.words.entries()) {
    const form = forms[at + offset];
    const wordcost = form ? wordCost(lexicon, form, word) : undefined;
    if (wordcost === undefined) return undefined;
    cost += wordcost;
  }
  return cost;
}

/**
 * The longest phrase that starts at `at`, preferring exact spellings. When two meanings are
 * equally close and only by a typo, nothing matches rather than a guess.
 */
export function matchAt(
  lexicon: Lexicon,
  forms: readonly (WordForm | undefined)[],
  at: number,
): Match | undefined {
  const form = forms[at];
  if (!form) return undefined;
  const candidates = new Set([
    ...(lexicon.byFirstWord.get(form.plain) ?? []),
    ...(lexicon.byFirstWord.get(form.squeezed) ?? []),
    ...(lexicon.bySwappedFirstWord.get(form.plain) ?? []),
    ...(lexicon.bySwappedFirstWord.get(form.squeezed) ?? []),
  ]);
  let best: Entry[] = [];
  let bestLength = 0;
  let bestCost = Infinity;
  for (const entry of candidates) {
    const length = entry.words.length;
    if (length < bestLength || at + length > forms.length) continue;
    const cost = phraseCost(lexicon, forms, at, entry);
    if (cost === undefined) continue;
    if (length > bestLength || cost < bestCost) {
      [best, bestLength, bestCost] = [[entry], length, cost];
    } else if (cost === bestCost) {
      best.push(entry);
    }
  }
  const first = best[0];
  if (!first) return undefined;
  const sameMeaning = best.filter((entry) => entry.meaning === first.meaning);
  if (sameMeaning.length < best.length && bestCost > 0) return undefined;
  const languages = [...new Set(sameMeaning.flatMap((entry) => entry.languages))];
  return { start: at, end: at + bestLength, meaning: first.meaning, languages };
}
