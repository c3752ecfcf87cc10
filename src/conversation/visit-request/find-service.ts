/**
 * Which of the organisation's services the client names, from each service's name and
 * synonyms in the client's language. Accents and case do not matter; a plural ("groceries" for
 * "grocery", "courses" for "course") or one typo in a word of five letters or more ("grocries",
 * "limpeza") still matches. Several services named are all returned, for the client to choose.
 */
import { isWithinOneEdit } from '../normalise';
import { createScan, takeSpan, untakenWords, type Scan } from './scan';
import type { Language, ServiceEntry } from './types';
import { VOCABULARY } from './vocabulary';

export interface ServiceReading {
  ids: string[];
  text: string;
}

const SHORTEST_WITH_TYPO = 5;

interface Match {
  id: string;
  start: number;
  end: number;
  /** Named only by a word for any visit. */
  generic: boolean;
}

/** The word and what it would be without a plural ending. */
function forms(word: string): string[] {
  return [
    word,
    word.replace(/ies$/, 'y'),
    word.replace(/es$/, ''),
    word.replace(/[sx]$/, ''),
  ].filter((form, i, all) => form.length > 0 && all.indexOf(form) === i);
}

function sameWord(said: string, name: string): boolean {
  const saidForms = forms(said);
  const nameForms = forms(name);
  if (saidForms.some((form) => nameForms.includes(form))) return true;
  if (Math.min(said.length, name.length) < SHORTEST_WITH_TYPO) return false;
  return saidForms.some((s) => nameForms.some((n) => isWithinOneEdit(s, n)));
}

function nameWords(name: string): string[] {
  return untakenWords(createScan(name)).map((w) => w.word);
}

function sameWords(
  said: readonly string[],
  name: readonly string[],
  same: (said: string, name: string) => boolean = sameWord,
): boolean {
  return said.length === name.length && said.every((w, j) => same(w, name[j] ?? ''));
}

/** Without typos: "cooking" is one letter off "booking" but no word for any visit. */
function isVisitWord(wanted: readonly string[], language: Language): boolean {
  const sameForm = (a: string, b: string) => forms(a).some((form) => forms(b).includes(form));
  return VOCABULARY[language].visitWords.some((word) =>
    sameWords(wanted, nameWords(word), sameForm),
  );
}

function matchesOf(
  service: ServiceEntry,
  language: Language,
  words: ReturnType<typeof untakenWords>,
): Match[] {
  const matches: Match[] = [];
  for (const name of service.names[language]) {
    const wanted = nameWords(name);
    if (wanted.length === 0) continue;
    const generic = isVisitWord(wanted, language);
    for (let i = 0; i + wanted.length <= words.length; i += 1) {
      const run = words.slice(i, i + wanted.length);
      if (
        sameWords(
          run.map((w) => w.word),
          wanted,
        )
      ) {
        matches.push({
          id: service.id,
          start: run[0]?.start ?? 0,
          end: run[run.length - 1]?.end ?? 0,
          generic,
        });
      }
    }
  }
  return matches;
}

/** A match inside a longer one does not count: "garden" in "garden waste", "shopping" in "grocery shopping". */
function outermost(matches: Match[]): Match[] {
  const kept = matches.filter(
    (m) =>
      !matches.some(
        (other) =>
          other.start <= m.start && other.end >= m.end && other.end - other.start > m.end - m.start,
      ),
  );
  return kept.filter(
    (m, i) => kept.findIndex((k) => k.id === m.id && k.start === m.start && k.end === m.end) === i,
  );
}

export function findServices(
  scan: Scan,
  catalogue: readonly ServiceEntry[],
  language: Language,
): ServiceReading | undefined {
  const words = untakenWords(scan);
  const named = outermost(catalogue.flatMap((service) => matchesOf(service, language, words)));
  const specific = named.filter((m) => !m.generic);
  const matches = (specific.length > 0 ? specific : named).sort((a, b) => a.start - b.start);
  if (matches.length === 0) return undefined;
  const ids = [...new Set(matches.map((m) => m.id))];
  const texts = matches.map((m) => takeSpan(scan, m.start, m.end));
  return { ids, text: [...new Set(texts)].join(', ') };
}
