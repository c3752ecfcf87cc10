import enMessages from '../../locales/en/messages.json';
import esMessages from '../../locales/es/messages.json';
import frMessages from '../../locales/fr/messages.json';
import enTerms from '../../locales/en/terms.json';
import esTerms from '../../locales/es/terms.json';
import frTerms from '../../locales/fr/terms.json';
import type { Language } from './languages';

/** A locale's messages: nested objects whose leaves are message texts. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

export const MESSAGES: Record<Language, MessageTree> = {
  en: enMessages,
  es: esMessages,
  fr: frMessages,
};

/** English is the source of truth for which terms exist. */
export type TermKey = keyof typeof enTerms;

export const DEFAULT_TERMS: Record<Language, Record<TermKey, string>> = {
  en: enTerms,
  es: esTerms,
  fr: frTerms,
};

export const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralSuffix = (typeof PLURAL_SUFFIXES)[number];

type LeafPath<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafPath<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type WithoutPluralSuffix<Path> = Path extends `${infer Base}_${PluralSuffix}` ? Base : Path;

/** Every message key, from the English file: a typo in a key is a compile error. */
export type MessageKey = WithoutPluralSuffix<LeafPath<typeof enMessages>>;

const PLURAL_FORM = new RegExp(`_(${PLURAL_SUFFIXES.join('|')})$`);

/** Leaf paths of a message tree, plural forms included ("reminder_one"). */
export function leafPaths(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafPaths(value, `${prefix}${key}.`),
  );
}

function keysOf(tree: MessageTree): { all: MessageKey[]; plural: MessageKey[] } {
  const all = new Set<MessageKey>();
  const plural = new Set<MessageKey>();
  for (const path of leafPaths(tree)) {
    const key = path.replace(PLURAL_FORM, '') as MessageKey;
    all.add(key);
    if (key !== path) plural.add(key);
  }
  return { all: [...all], plural: [...plural] };
}

const englishKeys = keysOf(enMessages);

export const MESSAGE_KEYS: readonly MessageKey[] = englishKeys.all;

/** Keys chosen by `count`: each locale has one text per plural category of its language. */
export const PLURAL_KEYS: ReadonlySet<MessageKey> = new Set(englishKeys.plural);
