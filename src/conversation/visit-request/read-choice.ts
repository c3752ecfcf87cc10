/**
 * A numbered choice as the whole answer: "2", "the 2nd one", "#2", "second", "el segundo",
 * "la deuxième", "option 2 please". Anything more ("the 2nd at 10") is no choice.
 */
import { alternation } from './alternation';
import { createScan } from './scan';
import type { VisitVocabulary } from './vocabulary';

const ORDINAL_ENDING = '(?:st|nd|rd|th|o|a|er|ere|e|eme|º|ª)?';

export function readChoice(text: string, vocabulary: VisitVocabulary): number | undefined {
  const fillers = new RegExp(`(?<![\\p{L}])(?:${vocabulary.choiceFillers})(?![\\p{L}])`, 'gu');
  const core = createScan(text)
    .folded.replace(/[.,;:!?¡¿()"]+/g, ' ')
    .replace(/\s+(?:one|option)\s*$/u, ' ')
    .replace(fillers, ' ')
    .trim();
  const ordinal = new RegExp(
    `^(?:(?<number>\\d{1,2})${ORDINAL_ENDING}|(?<word>${alternation(vocabulary.ordinals)}))$`,
    'u',
  );
  const groups = ordinal.exec(core)?.groups;
  if (groups?.number) return Number(groups.number);
  return groups?.word === undefined ? undefined : vocabulary.ordinals[groups.word];
}
