import type { Span } from './broadcast-clock';
import { plain } from './normalise';
import type { Language } from './types';

export interface WorkTypeNames {
  id: string;
  names: Record<Language, string>;
}

/** A stretch of the BROADCAST left once the count and the time are taken out. */
export interface Piece extends Span {
  /** Written before the time ("trash pick" in "10 trash pick Sat 9-1 Riverside Park"). */
  beforeWhen: boolean;
}

export interface WhatAndWhere {
  workTypeId?: string;
  /** As the coordinator wrote it; empty when nothing said what the work is. */
  workTypeText: string;
  place: string;
}

const SLOT_NOUNS = String.raw`slots?|spots?|places|plazas?|cupos?|puestos?|turnos?|créneaux|créneau|postes?|people|personas|personnes`;
const EDGE_PUNCTUATION = /^[\s,;:.!?@()\-–—]+|[\s,;:.!?@()\-–—]+$/gu;
/** "at Riverside Park", "en Parque Riverside", "au parc". */
const LEADING = /^(?:at|on|in|en|à|au|aux|dans)(?=[\s,;:]|$)/iu;
/** "10 slots of trash pick", "10 plazas de recogida", "10 places d'arrosage". */
const LEADING_SLOTS = new RegExp(
  String.raw`^(?:${SLOT_NOUNS})(?:\s+(?:of|de|del|du|des)\s+|\s+d'|(?=[\s,;:]|$))`,
  'iu',
);
/** What is left dangling before a date or time that was taken out: "el sábado", "on Sat". */
const TRAILING = new RegExp(
  String.raw`(?:^|\s)(?:of|on|the|this|el|la|le|les|los|las|ce|cette|este|esta|de|del|du|des|for|para|pour|at|in|en|à|au|aux|dans|${SLOT_NOUNS})$`,
  'iu',
);
const LOCATIVE = /\s+(?:at|en|à|au|aux|in|dans)\s+|\s*@\s*/iu;

/**
 * The work type and the place, from what is left of the text. A work type of the programme
 * found anywhere (in any of its names, accents, case and plural aside) is taken; what follows
 * it is the place (what precedes it, when nothing follows). Otherwise the first piece is the work, the next the place; a single piece is
 * split at "at" / "en" / "à", or is the work when written before the time and the place after.
 */
export function readWhatAndWhere(
  text: string,
  pieces: readonly Piece[],
  workTypes: readonly WorkTypeNames[],
  language: Language,
): WhatAndWhere {
  const known = findWorkType(text, pieces, workTypes, language);
  if (known) {
    const rest = pieces.flatMap((piece) => without(piece, known.span));
    const after = tidied(
      text,
      rest.filter((piece) => piece.start >= known.span.end),
    );
    const before = tidied(
      text,
      rest.filter((piece) => piece.end <= known.span.start),
    );
    return {
      workTypeId: known.id,
      workTypeText: text.slice(known.span.start, known.span.end),
      place: (after.length > 0 ? after : before).join(' '),
    };
  }
  const [first, ...others] = pieces.filter((piece) => tidy(slice(text, piece)) !== '');
  if (!first) return { workTypeText: '', place: '' };
  if (others.length > 0) {
    return { workTypeText: tidy(slice(text, first)), place: tidied(text, others).join(' ') };
  }
  const only = tidy(slice(text, first));
  const locative = LOCATIVE.exec(only);
  if (locative) {
    return {
      workTypeText: tidy(only.slice(0, locative.index)),
      place: tidy(only.slice(locative.index + locative[0].length)),
    };
  }
  return first.beforeWhen ? { workTypeText: only, place: '' } : { workTypeText: '', place: only };
}

/** Edges cleared of punctuation, prepositions, articles and slot words, blanks collapsed. */
export function tidy(raw: string): string {
  let text = raw.trim();
  for (;;) {
    const next = text
      .replace(EDGE_PUNCTUATION, '')
      .replace(LEADING_SLOTS, '')
      .replace(LEADING, '')
      .replace(TRAILING, '')
      .trim();
    if (next === text) return text.replace(/\s+/g, ' ');
    text = next;
  }
}

function tidied(text: string, pieces: readonly Span[]): string[] {
  return pieces.map((piece) => tidy(slice(text, piece))).filter((part) => part !== '');
}

function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

function without(piece: Piece, span: Span): Piece[] {
  if (span.start < piece.start || span.end > piece.end) return [piece];
  return [
    { ...piece, end: span.start },
    { ...piece, start: span.end },
  ];
}

interface Word extends Span {
  key: string;
}

interface KnownWorkType {
  id: string;
  span: Span;
  words: number;
}

function findWorkType(
  text: string,
  pieces: readonly Piece[],
  workTypes: readonly WorkTypeNames[],
  language: Language,
): KnownWorkType | undefined {
  const languages = [language, ...(['en', 'es', 'fr'] as const).filter((l) => l !== language)];
  let best: KnownWorkType | undefined;
  for (const piece of pieces) {
    const said = wordsOf(text, piece);
    for (const l of languages) {
      for (const workType of workTypes) {
        const name = wordsOf(workType.names[l], { start: 0, end: workType.names[l].length });
        if (best && best.words >= name.length) continue;
        const at = indexOfRun(said, name);
        const [first, last] = [said[at], said[at + name.length - 1]];
        if (at < 0 || !first || !last) continue;
        best = { id: workType.id, span: { start: first.start, end: last.end }, words: name.length };
      }
    }
  }
  return best;
}

function wordsOf(text: string, span: Span): Word[] {
  return [...text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({
    key: singular(plain(match[0])),
    start: span.start + match.index,
    end: span.start + match.index + match[0].length,
  }));
}

/** "picks" and "pick", "basuras" and "basura" are the same word for matching. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

function indexOfRun(words: readonly Word[], run: readonly Word[]): number {
  if (run.length === 0) return -1;
  for (let i = 0; i + run.length <= words.length; i += 1) {
    if (run.every((word, j) => words[i + j]?.key === word.key)) return i;
  }
  return -1;
}
