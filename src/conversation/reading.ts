import { EMOJI, LEXICON } from './keywords';
import { accented } from './normalise';
import type { Token, Unit } from './tokenise';
import type { Language } from './types';
import { matchAt, type Match, type Meaning } from './vocabulary';

export const ACTIONS = [
  'yes',
  'no',
  'here',
  'late',
  'done',
  'drop',
  'unwell',
  'intro',
  'status',
  'hours',
  'record',
  'help',
] as const;
export type Action = (typeof ACTIONS)[number];

const FLAGS = [
  'negation',
  'hedge',
  'idiom',
  'stopword',
  'contrast',
  'question',
  'both',
  'all',
] as const;
export type Flag = (typeof FLAGS)[number];

/** A number, or a spoken duration ("half an hour"), with the tokens it spans. */
export interface Quantity {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly unit?: Unit;
}

/** What the words of a reply say, before deciding what the reply means. */
export interface Reading {
  readonly tokens: readonly Token[];
  /** Per token, the phrase it belongs to. */
  readonly phraseOf: readonly (Match | undefined)[];
  readonly actions: ReadonlyMap<Action, readonly Match[]>;
  /** Command words said in passing, not as commands ("Maria here"); see `standing`. */
  readonly asides: readonly Match[];
  readonly flags: ReadonlySet<Flag>;
  readonly codes: readonly { readonly code: string; readonly index: number }[];
  readonly quantities: readonly Quantity[];
  /** Token indices of content the parser does not understand. */
  readonly unknown: readonly number[];
  readonly language?: Language;
}

const DURATIONS: Partial<Record<Meaning, Quantity['value']>> = { half_hour: 30, one_hour: 60 };

function isAction(meaning: string): meaning is Action {
  return (ACTIONS as readonly string[]).includes(meaning);
}

function isFlag(meaning: string): meaning is Flag {
  return (FLAGS as readonly string[]).includes(meaning);
}

/** "non" in "non-violence", "drop" in "drop-off": a phrase never takes part of a compound. */
function cutsCompound(tokens: readonly Token[], match: Match): boolean {
  const hyphenated = (token: Token | undefined) => token?.kind === 'word' && token.hyphenated;
  return hyphenated(tokens[match.start]) || hyphenated(tokens[match.end]);
}

function matchPhrases(tokens: readonly Token[]): (Match | undefined)[] {
  const forms = tokens.map((token) => (token.kind === 'word' ? token : undefined));
  const phraseOf: (Match | undefined)[] = tokens.map(() => undefined);
  let at = 0;
  while (at < tokens.length) {
    const match = matchAt(LEXICON, forms, at);
    if (!match || cutsCompound(tokens, match)) {
      at += 1;
      continue;
    }
    for (let index = match.start; index < match.end; index += 1) phraseOf[index] = match;
    at = match.end;
  }
  return phraseOf;
}

function emojiMeaning(base: string): Meaning | undefined {
  if (EMOJI.yes.has(base)) return 'yes';
  if (EMOJI.no.has(base)) return 'no';
  if (EMOJI.hedge.has(base)) return 'hedge';
  return EMOJI.filler.has(base) ? 'filler' : undefined;
}

/** "can't", "didn't" (English) and "n'ai", "n'est" (French) negate whatever they are spelt into. */
function contractedNegation(lower: string): Language | undefined {
  if (/n't$/.test(lower)) return 'en';
  return /^n'/.test(lower) ? 'fr' : undefined;
}

/** The language most of the recognised words belong to, when one stands out. */
function dominantLanguage(votes: readonly (readonly Language[])[]): Language | undefined {
  const counts = new Map<Language, number>();
  for (const languages of votes) {
    if (languages.length === 0 || languages.length === 3) continue;
    for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || second[1] < first[1]) ? first[0] : undefined;
}

export function read(tokens: readonly Token[]): Reading {
  const phraseOf = matchPhrases(tokens);
  const actions = new Map<Action, Match[]>();
  const flags = new Set<Flag>();
  const codes: { code: string; index: number }[] = [];
  const quantities: Quantity[] = [];
  const unknown: number[] = [];
  const votes: (readonly Language[])[] = [];

  const note = (meaning: Meaning, match: Match, index: number): void => {
    if (isAction(meaning)) actions.set(meaning, [...(actions.get(meaning) ?? []), match]);
    else if (isFlag(meaning)) flags.add(meaning);
    else if (meaning === 'content') unknown.push(index);
    const minutes = DURATIONS[meaning];
    if (minutes !== undefined) {
      quantities.push({ start: match.start, end: match.end, value: minutes, unit: 'min' });
    }
  };

  tokens.forEach((token, index) => {
    const phrase = phraseOf[index];
    if (phrase) {
      if (phrase.start !== index) return;
      votes.push(phrase.languages);
      note(phrase.meaning, phrase, index);
      return;
    }
    const single: Match = { start: index, end: index + 1, meaning: 'content', languages: [] };
    switch (token.kind) {
      case 'word': {
        const negation = contractedNegation(token.lower);
        const asking = LEXICON.questionWords.get(accented(token.lower));
        if (negation) {
          flags.add('negation');
          votes.push([negation]);
        } else if (asking) {
          flags.add('question');
          votes.push(asking);
        } else {
          unknown.push(index);
        }
        return;
      }
      case 'number':
        quantities.push({ start: index, end: index + 1, value: token.value, unit: token.unit });
        return;
      case 'code':
        codes.push({ code: token.code, index });
        return;
      case 'emoji': {
        const meaning = emojiMeaning(token.base);
        if (meaning) note(meaning, { ...single, meaning }, index);
        else unknown.push(index);
        return;
      }
      case 'question':
        flags.add('question');
        return;
      case 'time':
        return;
    }
  });

  const opener = openingQuestion(tokens, phraseOf);
  if (opener) {
    flags.add('question');
    votes.push(opener);
  }
  return {
    tokens,
    phraseOf,
    actions,
    asides: [],
    flags,
    codes,
    quantities,
    unknown,
    language: dominantLanguage(votes),
  };
}

/** "Is it paid", "cuando llego": a reply that opens like a question, after any greeting. */
function openingQuestion(
  tokens: readonly Token[],
  phraseOf: readonly (Match | undefined)[],
): readonly Language[] | undefined {
  const first = tokens.findIndex((_, index) => phraseOf[index]?.meaning !== 'filler');
  const token = tokens[first];
  const phrase = phraseOf[first];
  if (token?.kind !== 'word' || (phrase && phrase.meaning !== 'glue')) return undefined;
  return LEXICON.questionOpeners.get(token.plain);
}
