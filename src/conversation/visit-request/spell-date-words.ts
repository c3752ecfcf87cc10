/**
 * Typos and missing accents of day words, corrected before anything reads the text: chrono
 * knows words only as spelt, and "tomorow", "thrusday" or "miercoles" are how people text.
 * Only words of six letters or more, one letter off (Damerau–Levenshtein), and only when one
 * day word is that near: shorter words have too many neighbours ("mardi", "mari").
 */
import { isWithinOneEdit, lower } from '../normalise';
import type { VisitVocabulary } from './vocabulary';

const SHORTEST_CORRECTED = 6;

const WORD = /[\p{L}]+(?:['’][\p{L}]+)*/gu;

/** Lower case without accents, apostrophes kept: "Aujourd’hui" → "aujourd'hui". */
function fold(word: string): string {
  return lower(word).normalize('NFD').replace(/\p{M}/gu, '');
}

export function spellDateWords(text: string, vocabulary: VisitVocabulary): string {
  const spellings = vocabulary.dateSpellings.map((spelling) => ({
    spelling,
    folded: fold(spelling),
  }));
  return text.replace(WORD, (word) => {
    const folded = fold(word);
    if (folded.length < SHORTEST_CORRECTED) return word;
    // Spelt right but for accents ("manana", "miercoles"): chrono wants the accents.
    const same = spellings.find((s) => s.folded === folded);
    if (same) return lower(word) === same.spelling ? word : same.spelling;
    const near = spellings.filter((s) => isWithinOneEdit(s.folded, folded));
    return near.length === 1 && near[0] ? near[0].spelling : word;
  });
}
