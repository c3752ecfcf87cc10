/**
 * A text being read piece by piece. Each reader takes the words it understands, and what it
 * took is hidden from the readers after it, so "mañana por la mañana" is read once as a part of
 * the day and once as a day, and "for 2 hours" never reaches chrono as "in 2 hours".
 *
 * Readers match against `folded`: lower case, accents and apostrophe variants folded, one
 * character for each character of `text`, so a match's offsets quote the client's own words.
 */

export interface Scan {
  readonly text: string;
  /** Same length as `text`; what readers took is blanked with TAKEN. */
  folded: string;
}

export interface Taken {
  /** The client's words, as written. */
  text: string;
  /** The match against the folded text; `groups` holds the named groups. */
  match: RegExpExecArray;
}

/** Matches nothing a reader looks for and is a word boundary, so nothing spans a taken piece. */
const TAKEN = '\u0000';

const APOSTROPHES = /['’‘`´ʼ]/u;
const MARKS = /\p{M}/gu;

function foldCharacter(character: string): string {
  if (APOSTROPHES.test(character)) return "'";
  if (/\s/u.test(character)) return ' ';
  const folded = character.normalize('NFD').replace(MARKS, '').toLowerCase();
  return folded.length === 1 ? folded : character;
}

export function createScan(text: string): Scan {
  const normal = text.normalize('NFC');
  // Code units, not code points: emoji halves fold to themselves and the lengths stay equal.
  return { text: normal, folded: normal.split('').map(foldCharacter).join('') };
}

function hide(scan: Scan, start: number, end: number): void {
  scan.folded = scan.folded.slice(0, start) + TAKEN.repeat(end - start) + scan.folded.slice(end);
}

function globalOf(pattern: RegExp): RegExp {
  return new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
}

/**
 * Takes the first match of `pattern` that `accept` agrees to (any, without it), and hides it
 * from later readers.
 */
export function takeFirst(
  scan: Scan,
  pattern: RegExp,
  accept: (groups: Record<string, string | undefined>) => boolean = () => true,
): Taken | undefined {
  for (const match of scan.folded.matchAll(globalOf(pattern))) {
    if (match[0].length === 0 || !accept(match.groups ?? {})) continue;
    const start = match.index;
    const end = start + match[0].length;
    hide(scan, start, end);
    return { text: scan.text.slice(start, end).trim(), match: match as RegExpExecArray };
  }
  return undefined;
}

/** Takes characters `start` to `end`, found by someone else (chrono); returns the words not taken before. */
export function takeSpan(scan: Scan, start: number, end: number): string {
  const words = scan.text
    .slice(start, end)
    .split('')
    .map((c, i) => (scan.folded[start + i] === TAKEN ? ' ' : c))
    .join('');
  hide(scan, start, end);
  return words.replace(/\s+/g, ' ').trim();
}

/**
 * The client's text with each taken piece squeezed to one space (chrono misreads "2 Nov" before
 * a run of spaces), and where each of its characters came from in `text`.
 */
export function untakenText(scan: Scan): { text: string; origins: number[] } {
  let text = '';
  const origins: number[] = [];
  for (let i = 0; i < scan.text.length; i += 1) {
    const taken = scan.folded[i] === TAKEN;
    if (taken && text.endsWith(' ')) continue;
    text += taken ? ' ' : scan.text.charAt(i);
    origins.push(i);
  }
  return { text, origins };
}

/** The folded words not yet taken, with their offsets. */
export function untakenWords(scan: Scan): Array<{ word: string; start: number; end: number }> {
  return [...scan.folded.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}
