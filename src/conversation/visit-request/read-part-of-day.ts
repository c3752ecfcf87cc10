/** "tuesday morning", "por la tarde", "ce soir": the part of the day, and whether it says today. */
import { takeFirst, type Scan } from './scan';
import type { PartOfDay } from './types';
import type { VisitVocabulary } from './vocabulary';

export interface PartOfDayReading {
  part: PartOfDay;
  today: boolean;
  text: string;
}

export function readPartOfDay(
  scan: Scan,
  vocabulary: VisitVocabulary,
): PartOfDayReading | undefined {
  for (const { pattern, part, today } of vocabulary.partsOfDay) {
    const taken = takeFirst(scan, new RegExp(`\\b(?:${pattern})\\b`));
    if (taken) return { part, today: today === true, text: taken.text };
  }
  return undefined;
}
