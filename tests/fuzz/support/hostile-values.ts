import fc from 'fast-check';

/** Mongo operators and other names a query builder might trust. */
export const OPERATOR_WORDS = [
  '$ne',
  '$gt',
  '$where',
  '$regex',
  '$expr',
  '$set',
  '$in',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
];

/** Any text, made well-formed as URLSearchParams would (a lone surrogate would break a signature). */
export const anyText = (maxLength = 40) =>
  fc.string({ unit: 'grapheme', maxLength }).map((text) => Buffer.from(text).toString());

/** Text of 1,000 to 20,000 characters, to push past field limits but not body limits. */
export const longText = fc
  .tuple(anyText(10), fc.integer({ min: 1_000, max: 20_000 }))
  .map(([seed, length]) => {
    const unit = seed || 'x';
    // Cut between code points, never inside a surrogate pair.
    return Array.from(unit.repeat(Math.ceil(length / unit.length)))
      .slice(0, length)
      .join('');
  });

/** Strings an attacker would try: operators, JSON of operators, dotted paths, control bytes. */
export const injectionText = fc.oneof(
  fc.constantFrom(...OPERATOR_WORDS),
  fc.constantFrom(...OPERATOR_WORDS).map((op) => JSON.stringify({ [op]: null })),
  fc.constantFrom(
    'a.b',
    '$',
    '.',
    '\u0000',
    '\u0000$ne',
    '{"$gt":""}',
    '[object Object]',
    'null',
    'NaN',
    '-1',
    '1e400',
    ' ',
  ),
);

/** A value for a text field: usually odd, sometimes long, sometimes an injection attempt. */
export const hostileText = fc.oneof(
  { weight: 4, arbitrary: anyText() },
  { weight: 3, arbitrary: injectionText },
  { weight: 1, arbitrary: longText },
);

/** Percent-escapes that do not decode to UTF-8, and raw bytes that are not UTF-8. */
export const badPercentEscapes = fc.constantFrom(
  '%C3%28',
  '%E0%A4%A',
  '%FF',
  '%80%80',
  '%ED%A0%80',
  '%',
  '%zz',
  '%F0%9F',
);
export const badUtf8Bytes = fc.constantFrom(
  Uint8Array.of(0xc3, 0x28),
  Uint8Array.of(0xff, 0xfe, 0xfd),
  Uint8Array.of(0xed, 0xa0, 0x80),
  Uint8Array.of(0xe0, 0xa4),
  Uint8Array.of(0xc0, 0xaf),
);

/** Bytes with some invalid UTF-8 sequences spliced into otherwise plausible text. */
export const bytesWithBadUtf8 = (plausible: fc.Arbitrary<string>) =>
  fc.tuple(plausible, badUtf8Bytes, fc.nat()).map(([text, bad, at]) => {
    const bytes = new TextEncoder().encode(text);
    const cut = bytes.length === 0 ? 0 : at % bytes.length;
    return Uint8Array.from([...bytes.subarray(0, cut), ...bad, ...bytes.subarray(cut)]);
  });

/** Content types a client might send by mistake or on purpose. */
export const oddContentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'text/plain',
    'text/xml',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded; charset=iso-8859-1',
    'application/x-www-form-urlencoded; charset=utf-16',
    'application/x-www-form-urlencoded; charset=klingon',
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'application/*',
    '*/*',
    '',
  ),
  fc.stringMatching(/^[a-z]{1,8}\/[a-z+.-]{1,12}$/),
);

/** Content-Encoding headers, including ones the server cannot decode. */
export const oddContentEncoding = fc.constantFrom(
  'gzip',
  'deflate',
  'br',
  'identity',
  'compress',
  'x-nonsense',
);
