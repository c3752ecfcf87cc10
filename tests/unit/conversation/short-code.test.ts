import fc from 'fast-check';
import {
  isShortCode,
  readShortCode,
  SHORT_CODE_ALPHABET,
} from '../../../src/conversation/short-code';

describe('SHORT_CODE_ALPHABET', () => {
  it('has no characters that look alike on a small screen', () => {
    for (const lookAlike of ['0', 'O', '1', 'I', 'L', '5', 'S']) {
      expect(SHORT_CODE_ALPHABET).not.toContain(lookAlike);
    }
  });

  it('lists each upper-case letter or digit once', () => {
    expect(new Set(SHORT_CODE_ALPHABET).size).toBe(SHORT_CODE_ALPHABET.length);
    expect(SHORT_CODE_ALPHABET).toMatch(/^[A-Z2-9]+$/);
  });
});

describe('isShortCode', () => {
  it.each(['K7P', 'M4Q', '7KP', 'KP7', '22A', 'A22', 'X9Z'])('accepts %s', (code) => {
    expect(isShortCode(code)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['K7', 'too short'],
    ['K7PQ', 'too long'],
    ['KPQ', 'no digit'],
    ['234', 'no letter'],
    ['k7p', 'lower case (use readShortCode)'],
    ['K0P', 'zero'],
    ['O7P', 'letter O'],
    ['K1P', 'one'],
    ['I7P', 'letter I'],
    ['L7P', 'letter L'],
    ['K5P', 'five'],
    ['S7P', 'letter S'],
    ['K 7', 'a space'],
    ['9AM', 'reads as a time'],
    ['4PM', 'reads as a time'],
    ['4HR', 'reads as a duration'],
    ['24H', 'reads as a duration'],
    ['2ND', 'reads as an ordinal'],
    ['4TH', 'reads as an ordinal'],
  ])('rejects %j (%s)', (code) => {
    expect(isShortCode(code)).toBe(false);
  });

  it('accepts every three-character string from the alphabet with a letter and a digit, unless it reads as a number', () => {
    const code = fc
      .array(fc.constantFrom(...SHORT_CODE_ALPHABET), { minLength: 3, maxLength: 3 })
      .map((characters) => characters.join(''));
    fc.assert(
      fc.property(code, (c) => {
        const mixed = /\d/.test(c) && /[A-Z]/.test(c);
        const numberLike = /^\d+(AM|PM|HR|MN|TH|ND|RD|H|M)$/.test(c);
        expect(isShortCode(c)).toBe(mixed && !numberLike);
      }),
    );
  });
});

describe('readShortCode', () => {
  it('returns the canonical code for a reply token in any case', () => {
    expect(readShortCode('k7p')).toBe('K7P');
    expect(readShortCode('K7p')).toBe('K7P');
  });

  it('returns undefined for anything else', () => {
    expect(readShortCode('yes')).toBeUndefined();
    expect(readShortCode('k0p')).toBeUndefined();
    expect(readShortCode('9am')).toBeUndefined();
  });
});
