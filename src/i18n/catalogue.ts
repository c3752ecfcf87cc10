import enMessages from '../../locales/en/messages.json';
import esMessages from '../../locales/es/messages.json';
import frMessages from '../../locales/fr/messages.json';
import enFormal from '../../locales/en/formal.json';
import esFormal from '../../locales/es/formal.json';
import frFormal from '../../locales/fr/formal.json';
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

/**
 * The formal address of messages whose usual wording is familiar (Spanish tú): the same keys,
 * worded with usted. English and French have none to change (French texts already say vous).
 */
export const FORMAL_MESSAGES: Record<Language, MessageTree> = {
  en: enFormal,
  es: esFormal,
  fr: frFormal,
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

/** A visit's form of a message, naming its service: `offer.accepted_task` (see renderMessage). */
export const TASK_CONTEXT = 'task';
type WithoutContext<Path> = Path extends `${infer Base}_${typeof TASK_CONTEXT}` ? Base : Path;

/** Every message key, from the English file: a typo in a key is a compile error. */
export type MessageKey = WithoutPluralSuffix<WithoutContext<LeafPath<typeof enMessages>>>;

const PLURAL_FORM = new RegExp(`_(${PLURAL_SUFFIXES.join('|')})$`);
const CONTEXT_FORM = new RegExp(`_${TASK_CONTEXT}$`);

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
    const usual = path.replace(CONTEXT_FORM, '');
    const key = usual.replace(PLURAL_FORM, '') as MessageKey;
    all.add(key);
    if (key !== usual) plural.add(key);
  }
  return { all: [...all], plural: [...plural] };
}

const englishKeys = keysOf(enMessages);

export const MESSAGE_KEYS: readonly MessageKey[] = englishKeys.all;

/** Keys chosen by `count`: each locale has one text per plural category of its language. */
export const PLURAL_KEYS: ReadonlySet<MessageKey> = new Set(englishKeys.plural);
