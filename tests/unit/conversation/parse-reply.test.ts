import fc from 'fast-check';
import { NEGATION_WORDS, OPT_OUT_WORDS } from '../../../src/conversation/keywords';
import { parseReply, type ParseResult } from '../../../src/conversation/parse-reply';
import { isShortCode, SHORT_CODE_ALPHABET } from '../../../src/conversation/short-code';
import { REPLY_CASES, type CaseGroup } from './reply-cases';

function describeResult(result: ParseResult): string {
  if (result.kind === 'unclear') return `unclear: ${result.reason}`;
  const { type, ...details } = result.intent;
  const extras = Object.entries(details).map(([key, value]) => `${key} ${String(value)}`);
  return [type, ...extras].join(', ');
}

const rows = (
  Object.entries(REPLY_CASES) as [CaseGroup, (typeof REPLY_CASES)[CaseGroup]][]
).flatMap(([group, cases]) =>
  cases.map(
    ([text, expected]) =>
      [`'${text}' → ${describeResult(expected)} (${group})`, text, expected] as const,
  ),
);

describe('parseReply: the reply catalogue', () => {
  it.each(rows)('%s', (_name, text, expected) => {
    expect(parseReply(text)).toStrictEqual(expected);
  });

  it('covers every language and the ways a reply can be unclear', () => {
    for (const group of ['en', 'es', 'fr'] as const) {
      expect(REPLY_CASES[group].length).toBeGreaterThanOrEqual(70);
    }
    expect(rows.length).toBeGreaterThanOrEqual(240);
    const unclear = rows.filter(([, , expected]) => expected.kind === 'unclear');
    expect(unclear.length).toBeGreaterThanOrEqual(40);
  });

  it('leaves a message longer than 2,000 characters unknown, even one full of yes', () => {
    expect(parseReply('yes '.repeat(600))).toStrictEqual({ kind: 'unclear', reason: 'unknown' });
  });

  it('reads a reply the same with spaces and new lines around it', () => {
    for (const [, text, expected] of rows) {
      expect(parseReply(`  ${text}\n`)).toStrictEqual(expected);
    }
  });
});

/** Vocabulary soup: keywords, noise, numbers, codes and emoji in any order. */
const SOUP_WORDS = `yes YES ok sí claro oui d'accord here done late drop maybe but please thanks
  gracias merci i i'll be there the STOP help hours K7P m4q 15 3,5h 👍 👎 🙂 ? ! , .`.split(/\s+/);
const soupWord = fc.oneof(fc.constantFrom(...SOUP_WORDS), fc.string({ maxLength: 6 }));
const soup = fc.array(soupWord, { maxLength: 8 }).map((words) => words.join(' '));
/** Replies that read as yes on their own, so that a negation is what must stop them. */
const YES_WORDS = `yes Yes ok okay sure claro sí si dale vale oui ouais d'accord 👍 ✅ please thanks
  gracias merci k7p`.split(/\s+/);
const yesSoup = fc
  .array(fc.constantFrom(...YES_WORDS), { minLength: 1, maxLength: 4 })
  .map((words) => words.join(' '));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  soup,
);

describe('parseReply: properties', () => {
  it('never throws, and always answers with an intent or a reason', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseReply(text);
        expect(['intent', 'unclear']).toContain(result.kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('never returns yes when the reply holds a negation', () => {
    const negation = fc.constantFrom(
      ...NEGATION_WORDS,
      'NO',
      'No',
      'no puedo',
      'je peux pas',
      "won't",
      'didn’t',
      "n'ai",
      'NON',
    );
    const around = fc.oneof(yesSoup, yesSoup, soup, anyText);
    fc.assert(
      fc.property(around, negation, around, (a, not, b) => {
        const result = parseReply(`${a} ${not} ${b}`);
        expect(result.kind === 'intent' && result.intent.type === 'yes').toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads Twilio's opt-out words in any case, with any spaces around them, as opt-out", () => {
    const spaces = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0') });
    const word = fc
      .tuple(fc.constantFrom(...OPT_OUT_WORDS), fc.array(fc.boolean(), { minLength: 11 }))
      .map(([text, upper]) =>
        [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''),
      );
    fc.assert(
      fc.property(spaces, word, fc.constantFrom('', '.', '!', '!!'), spaces, (a, w, p, b) => {
        expect(parseReply(`${a}${w}${p}${b}`)).toStrictEqual({
          kind: 'intent',
          intent: { type: 'opt_out' },
        });
      }),
    );
  });

  it('round-trips any valid short code after YES, in either case and either order', () => {
    const code = fc
      .array(fc.constantFrom(...SHORT_CODE_ALPHABET), { minLength: 3, maxLength: 3 })
      .map((characters) => characters.join(''))
      .filter(isShortCode);
    fc.assert(
      fc.property(code, (c) => {
        const expected = { kind: 'intent', intent: { type: 'yes', code: c }, language: 'en' };
        expect(parseReply(`YES ${c}`)).toStrictEqual(expected);
        expect(parseReply(`${c.toLowerCase()} yes`)).toStrictEqual(expected);
      }),
    );
  });
});
