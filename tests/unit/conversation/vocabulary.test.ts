import { NEGATION_WORDS, VOCABULARIES } from '../../../src/conversation/keywords';
import {
  isOneSwapAway,
  isStretched,
  isWithinOneEdit,
  lengthens,
  plain,
  squeeze,
  swaps,
} from '../../../src/conversation/normalise';
import { parseReply } from '../../../src/conversation/parse-reply';
import { phraseWords, type Meaning } from '../../../src/conversation/vocabulary';

const entries = VOCABULARIES.flatMap((vocabulary) =>
  Object.entries(vocabulary.words).flatMap(([meaning, phrases]) =>
    (phrases ?? []).map((phrase) => ({ meaning: meaning as Meaning, phrase })),
  ),
);
const negations = new Set(NEGATION_WORDS.map(plain));

describe('the vocabularies', () => {
  it('never put a negation inside a yes', () => {
    const yesWords = entries
      .filter(({ meaning }) => meaning === 'yes')
      .flatMap(({ phrase }) => phraseWords(phrase));
    expect(yesWords.filter((word) => negations.has(word))).toEqual([]);
  });

  it('give each phrase one meaning, whatever its language', () => {
    const meanings = new Map<string, Set<Meaning>>();
    for (const { meaning, phrase } of entries) {
      const key = phraseWords(phrase).join(' ');
      meanings.set(key, (meanings.get(key) ?? new Set()).add(meaning));
    }
    const clashes = [...meanings].filter(([, found]) => found.size > 1).map(([key]) => key);
    expect(clashes).toEqual([]);
  });

  const expected: Partial<Record<Meaning, string>> = {
    yes: 'yes',
    no: 'no',
    here: 'here',
    late: 'late',
    done: 'done',
    drop: 'drop',
    status: 'status',
    hours: 'hours',
    help: 'help',
  };
  const actionPhrases = entries.filter(({ meaning }) => expected[meaning] !== undefined);

  it.each(actionPhrases.map(({ meaning, phrase }) => [phrase, meaning] as const))(
    "reads '%s' alone as %s",
    (phrase, meaning) => {
      const result = parseReply(phrase);
      expect(result.kind === 'intent' ? result.intent.type : result.reason).toBe(expected[meaning]);
    },
  );

  it.each(
    entries
      .filter(({ meaning }) => meaning === 'hedge' || meaning === 'idiom')
      .map(({ phrase }) => phrase),
  )("reads the hedge or idiom '%s' as ambiguous", (phrase) => {
    expect(parseReply(phrase)).toMatchObject({ kind: 'unclear', reason: 'ambiguous' });
  });
});

describe('normalisation', () => {
  it('drops accents, case and apostrophes', () => {
    expect(plain('Terminé')).toBe('termine');
    expect(plain('CAN’T')).toBe('cant');
    expect(plain('Ça')).toBe('ca');
  });

  it('collapses repeated letters', () => {
    expect(squeeze('yeeesss')).toBe('yes');
    expect(squeeze('okk')).toBe('ok');
  });

  it.each([
    ['done', 'dnoe', true],
    ['here', 'hree', true],
    ['here', 'heer', true],
    ['help', 'hepl', true],
    ['done', 'donee', true],
    ['done', 'one', true],
    ['late', 'lat', true],
    ['done', 'node', false],
    ['here', 'there!', false],
    ['status', 'stat', false],
  ])('%s and %s are within one edit: %s', (a, b, within) => {
    expect(isWithinOneEdit(a, b)).toBe(within);
    expect(isWithinOneEdit(b, a)).toBe(within);
  });
});

describe('stretched words and swapped letters', () => {
  it.each([
    ['yeees', true],
    ['okk', true],
    ['helpp', true],
    ['ouii', true],
    ['nooo', true],
    ['noon', false],
    ['latte', false],
    ['donee', false],
    ['vallée', false],
    ['yes', false],
  ])('%s is stretched for emphasis: %s', (word, stretched) => {
    expect(isStretched(word)).toBe(stretched);
  });

  it('lengthens only letters the keyword has, never fewer of them', () => {
    expect(lengthens('yeeesss', 'yes')).toBe(true);
    expect(lengthens('coll', 'cool')).toBe(false);
    expect(lengthens('yes', 'yeah')).toBe(false);
  });

  it.each([
    ['done', 'dnoe', true],
    ['here', 'hree', true],
    ['status', 'statsu', true],
    ['done', 'gone', false],
    ['here', 'there', false],
    ['done', 'one', false],
    ['done', 'done', false],
  ])('%s and %s are one swap apart: %s', (a, b, apart) => {
    expect(isOneSwapAway(a, b)).toBe(apart);
    expect(isOneSwapAway(b, a)).toBe(apart);
  });

  it('lists every spelling one swap away', () => {
    expect(swaps('late').sort()).toEqual(['alte', 'laet', 'ltae']);
    expect(swaps('noon').sort()).toEqual(['nono', 'onon']);
  });
});
