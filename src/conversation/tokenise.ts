import { isStretched, lower, plain, squeeze } from './normalise';
import { readShortCode } from './short-code';

interface Span {
  /** Offsets in the text as given, so a note can quote the sender's own words. */
  readonly start: number;
  readonly end: number;
}

export type Unit = 'h' | 'min';

export type Token =
  | (Span & {
      kind: 'word';
      lower: string;
      plain: string;
      squeezed: string;
      /** Letters repeated for emphasis ("yesss"), judged with accents kept ("vallée" is not). */
      stretched: boolean;
      /** Written onto the word before with a hyphen: "violence" in "non-violence". */
      hyphenated: boolean;
    })
  | (Span & { kind: 'number'; value: number; unit?: Unit })
  | (Span & { kind: 'time' })
  | (Span & { kind: 'code'; code: string })
  | (Span & { kind: 'emoji'; base: string })
  | (Span & { kind: 'question' });

/**
 * Time ranges and dates ("8-12", "9am-1pm", "11/28"), decimals ("3,5h"), clock times, words
 * (with inner apostrophes), emoji, question marks.
 */
const TOKEN =
  /\d{1,2}(?::\d{2})?(?:\s?[aApP][mM])?\s?[-–]\s?\d{1,2}(?::\d{2})?(?:\s?[aApP][mM])?|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d+[.,]\d+\p{L}*|\d{1,2}:\d{2}|[\p{L}\p{M}\p{N}]+(?:['’‘`´ʼ][\p{L}\p{M}\p{N}]+)*|\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u20E3|\u200D\p{Extended_Pictographic})*|[?¿]/gu;

const UNITS: ReadonlyMap<string, Unit | 'clock'> = new Map([
  ...['h', 'hr', 'hrs', 'hs', 'hour', 'hours', 'hora', 'horas', 'heure', 'heures'].map(
    (u) => [u, 'h'] as const,
  ),
  ...['m', 'mn', 'min', 'mins', 'minute', 'minutes', 'minuto', 'minutos'].map(
    (u) => [u, 'min'] as const,
  ),
  ['am', 'clock'],
  ['pm', 'clock'],
]);

type Quantity = { value: number; unit?: Unit } | 'time';

/** "3", "3.5", "3,5h", "15min", "4h30", "9am"; anything else ("2nd") is a word. */
function readQuantity(raw: string): Quantity | undefined {
  const hoursAndMinutes = /^(\d{1,2})h(\d{2})$/i.exec(raw);
  if (hoursAndMinutes) {
    return { value: Number(hoursAndMinutes[1]) + Number(hoursAndMinutes[2]) / 60, unit: 'h' };
  }
  const match = /^(\d+(?:[.,]\d+)?)(\p{L}*)$/u.exec(raw);
  if (!match?.[1]) return undefined;
  const value = Number(match[1].replace(',', '.'));
  const suffix = plain(match[2] ?? '');
  if (suffix === '') return { value };
  const unit = UNITS.get(suffix);
  if (unit === 'clock') return 'time';
  return unit ? { value, unit } : undefined;
}

function classify(raw: string, start: number, end: number): Token {
  if (raw === '?' || raw === '¿') return { kind: 'question', start, end };
  if (/^\p{Extended_Pictographic}/u.test(raw)) {
    return { kind: 'emoji', base: String.fromCodePoint(raw.codePointAt(0) ?? 0), start, end };
  }
  if (/^\d/.test(raw) && /[:/\-–]/.test(raw)) return { kind: 'time', start, end };
  const code = readShortCode(raw);
  if (code) return { kind: 'code', code, start, end };
  const quantity = readQuantity(raw);
  if (quantity === 'time') return { kind: 'time', start, end };
  if (quantity) return { kind: 'number', ...quantity, start, end };
  const p = plain(raw);
  const l = lower(raw);
  return {
    kind: 'word',
    lower: l,
    plain: p,
    squeezed: squeeze(p),
    stretched: isStretched(l),
    hyphenated: false,
    start,
    end,
  };
}

/** "4 hours", "15 min", "9 pm": a unit word after a bare number joins it. */
function joinUnits(tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (const token of tokens) {
    const previous = joined[joined.length - 1];
    const unit = token.kind === 'word' ? UNITS.get(token.plain) : undefined;
    const bare =
      previous?.kind === 'time' || (previous?.kind === 'number' && previous.unit === undefined);
    if (previous && unit && bare) {
      joined[joined.length - 1] =
        unit === 'clock' || previous.kind === 'time'
          ? { kind: 'time', start: previous.start, end: token.end }
          : { ...previous, unit, end: token.end };
      continue;
    }
    joined.push(token);
  }
  return joined;
}

/** Words, numbers, codes, emoji and question marks; other punctuation is dropped. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const token = classify(match[0], match.index, match.index + match[0].length);
    const previous = tokens[tokens.length - 1];
    if (token.kind === 'word' && previous?.kind === 'word' && previous.end === token.start - 1) {
      token.hyphenated = /[-‐‑]/u.test(text.charAt(previous.end));
    }
    tokens.push(token);
  }
  return joinUnits(tokens);
}
