import type { Reading } from './reading';

const MAX_NOTE_LENGTH = 280;

/** Words that never belong in a note at its edges: "thanks", "I", "ok", 👍. */
function isEdgeNoise(reading: Reading, index: number): boolean {
  const token = reading.tokens[index];
  const meaning = reading.phraseOf[index]?.meaning;
  return (
    token?.kind === 'emoji' ||
    token?.kind === 'question' ||
    meaning === 'filler' ||
    meaning === 'glue' ||
    meaning === 'yes'
  );
}

/**
 * What the sender added to a report, in their own words: "done 4 hours, left early" →
 * "left early". `used` are the tokens the intent itself consumed.
 */
export function noteOf(
  text: string,
  reading: Reading,
  used: ReadonlySet<number>,
): string | undefined {
  const runs: number[][] = [];
  let run: number[] = [];
  reading.tokens.forEach((_, index) => {
    if (used.has(index)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push(index);
    }
  });
  if (run.length > 0) runs.push(run);
  const parts = runs.flatMap((indices) => {
    let first = 0;
    let last = indices.length - 1;
    while (first <= last && isEdgeNoise(reading, indices[first] ?? -1)) first += 1;
    while (last >= first && isEdgeNoise(reading, indices[last] ?? -1)) last -= 1;
    const start = reading.tokens[indices[first] ?? -1];
    const end = reading.tokens[indices[last] ?? -1];
    return start && end && first <= last ? [text.slice(start.start, end.end)] : [];
  });
  const note = parts.join('; ').slice(0, MAX_NOTE_LENGTH).trim();
  return note === '' ? undefined : note;
}
