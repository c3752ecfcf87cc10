/**
 * Where the visit is: the client's home unless they name a place. "at home", "en casa",
 * "chez moi" say home; "at the library", "en la biblioteca", "à la bibliothèque", "au centre
 * social", "chez ma fille", "at Riverside Park" name one. A plain preposition needs an article
 * or a capital letter after it, so "help to get there" names nothing.
 */
import { takeFirst, takeSpan, type Scan } from './scan';
import type { VisitPlace } from './types';
import type { VisitVocabulary } from './vocabulary';

export interface PlaceReading {
  place: VisitPlace;
  text: string;
}

const LONGEST_NAME_WORDS = 5;
const WORD = /[ ]*([\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*)/uy;

interface Word {
  word: string;
  start: number;
  end: number;
}

/** The words right after `from`, up to punctuation or anything already read. */
function wordsFrom(scan: Scan, from: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(scan.folded); m?.[1]; m = WORD.exec(scan.folded)) {
    const end = m.index + m[0].length;
    words.push({ word: m[1], start: end - m[1].length, end });
  }
  return words;
}

const whole = (alternatives: string) => new RegExp(`^(?:${alternatives})$`, 'u');

function namedPlace(scan: Scan, vocabulary: VisitVocabulary): PlaceReading | undefined {
  const { place } = vocabulary;
  const contracted = place.contracted === '' ? '' : `(?<contracted>${place.contracted})|`;
  const lead = new RegExp(
    `(?<![\\p{L}'])(?:${contracted}(?<preposition>${place.prepositions}))(?:(?<=')|(?![\\p{L}]))`,
    'gu',
  );
  const article = whole(place.articles);
  const notPlace = whole(place.notPlaces);
  const stop = whole(place.stops);
  for (const match of scan.folded.matchAll(lead)) {
    const words = wordsFrom(scan, match.index + match[0].length);
    const first = words[0];
    if (!first) continue;
    const hasArticle = article.test(first.word);
    const capitalised = /^\p{Lu}/u.test(scan.text.charAt(first.start));
    if (match.groups?.preposition && !hasArticle && !capitalised) continue;
    const name = hasArticle ? words.slice(1) : words;
    if (!name[0] || notPlace.test(name[0].word)) continue;
    const stopAt = name.findIndex((w, i) => i > 0 && stop.test(w.word));
    const kept = name.slice(0, Math.min(stopAt < 0 ? name.length : stopAt, LONGEST_NAME_WORDS));
    const last = kept[kept.length - 1] ?? name[0];
    const text = scan.text.slice(first.start, last.end);
    return {
      place: { kind: 'named', text },
      text: takeSpan(scan, match.index, last.end),
    };
  }
  return undefined;
}

export function readPlace(scan: Scan, vocabulary: VisitVocabulary): PlaceReading | undefined {
  const home = takeFirst(scan, new RegExp(vocabulary.place.home, 'u'));
  if (home) return { place: { kind: 'home' }, text: home.text };
  return namedPlace(scan, vocabulary);
}
