import { DEFAULT_TERMS, type TermKey } from './catalogue';
import type { Language } from './languages';

export type { TermKey };

/** An organisation's own words for things, per language; anything left out uses the locale's. */
export type Terminology = Partial<Record<Language, Partial<Record<TermKey, string>>>>;

/** Singular and plural of the same term: overriding one without the other derives the other. */
const PLURAL_PAIRS: ReadonlyArray<readonly [TermKey, TermKey]> = [
  ['shift', 'shifts'],
  ['visit', 'visits'],
  ['worker', 'workers'],
];

function pluralOf(word: string, language: Language): string {
  if (/[sxz]$/i.test(word)) return word;
  if (language === 'en') {
    if (/(ch|sh)$/i.test(word)) return `${word}es`;
    if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
    return `${word}s`;
  }
  if (language === 'fr') return /(eau|au|eu)$/i.test(word) ? `${word}x` : `${word}s`;
  return /[aeiouáéó]$/i.test(word) ? `${word}s` : `${word}es`;
}

function singularOf(word: string, language: Language): string {
  if (language === 'en' && /ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (language === 'fr' && /(eau|au|eu)x$/i.test(word)) return word.slice(0, -1);
  if (language === 'es' && /[^aeiouáéó]es$/i.test(word)) return word.slice(0, -2);
  return word.replace(/s$/i, '');
}

/** The organisation's overrides for one language, keeping only non-empty strings for known terms. */
function overridesFor(
  language: Language,
  terminology: Terminology | null | undefined,
): Partial<Record<TermKey, string>> {
  const given = terminology?.[language];
  if (!given || typeof given !== 'object') return {};
  const known = Object.keys(DEFAULT_TERMS.en);
  return Object.fromEntries(
    Object.entries(given).filter(
      ([term, word]) => known.includes(term) && typeof word === 'string' && word.trim() !== '',
    ),
  );
}

/** Every term for one language: the organisation's word where it has one, else the locale's. */
export function resolveTerms(
  language: Language,
  terminology?: Terminology | null,
): Record<TermKey, string> {
  const overrides = overridesFor(language, terminology);
  for (const [singular, plural] of PLURAL_PAIRS) {
    const one = overrides[singular];
    const many = overrides[plural];
    if (one !== undefined && many === undefined) overrides[plural] = pluralOf(one, language);
    if (many !== undefined && one === undefined) overrides[singular] = singularOf(many, language);
  }
  return { ...DEFAULT_TERMS[language], ...overrides };
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

/** Terms as message variables: `{{shift}}`, and `{{Shift}}` for the start of a sentence. */
export function termVariables(terms: Record<TermKey, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(terms).flatMap(([term, word]) => [
      [term, word],
      [capitalise(term), capitalise(word)],
    ]),
  );
}
