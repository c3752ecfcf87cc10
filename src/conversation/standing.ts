import type { Action, Reading } from './reading';
import type { Match } from './vocabulary';

/** Commands that change something, bar YES (a yes already needs every other word accounted for). */
const ACTING: readonly Action[] = ['no', 'here', 'late', 'done', 'drop'];

/**
 * Which command words a reply says as commands. A command opens the reply: after greetings,
 * little words, codes and numbers, but before any word the parser does not understand. Past
 * that it is a word in a sentence: "Maria here, new phone", "groceries tomorrow at noon",
 * "HERE sorry bus was late" (here, not late). A lone here-word run straight into a word the
 * parser does not know belongs to it ("Aquí María, teléfono nuevo"). The words put aside are
 * kept as `asides` (a "no" among them still rules out a yes) and count as not understood.
 */
export function standing(reading: Reading, text: string): Reading {
  const { tokens, phraseOf } = reading;
  const unknown = new Set(reading.unknown);
  const byStart = new Map(
    ACTING.flatMap((action) => reading.actions.get(action) ?? []).map((m) => [m.start, m]),
  );
  const isStrangeWord = (index: number) =>
    unknown.has(index) && tokens[index]?.kind === 'word' && phraseOf[index]?.meaning !== 'content';
  const asides: Match[] = [];
  let strangeSoFar = false;
  tokens.forEach((token, index) => {
    const match = byStart.get(index);
    if (match && (strangeSoFar || runsIntoName(reading, text, match, isStrangeWord))) {
      asides.push(match);
      for (let i = match.start; i < match.end; i += 1) unknown.add(i);
    }
    if (isStrangeWord(index)) strangeSoFar = true;
  });
  if (asides.length === 0) return reading;
  const actions = new Map<Action, readonly Match[]>();
  for (const [action, matches] of reading.actions) {
    const kept = matches.filter((m) => !asides.includes(m));
    if (kept.length > 0) actions.set(action, kept);
  }
  return {
    ...reading,
    actions,
    unknown: [...unknown].sort((a, b) => a - b),
    asides: [...reading.asides, ...asides],
  };
}

/** A one-word here ("aquí", "here") followed, with only a space between, by a word not understood. */
function runsIntoName(
  reading: Reading,
  text: string,
  match: Match,
  isStrangeWord: (index: number) => boolean,
): boolean {
  const word = reading.tokens[match.start];
  const next = reading.tokens[match.end];
  return (
    match.meaning === 'here' &&
    match.end === match.start + 1 &&
    word !== undefined &&
    next !== undefined &&
    isStrangeWord(match.end) &&
    text.slice(word.end, next.start).trim() === ''
  );
}
