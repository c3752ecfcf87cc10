import {
  DEFAULT_TERMS,
  FORMAL_MESSAGES,
  leafPaths,
  MESSAGES,
  PLURAL_SUFFIXES,
} from '../../../src/i18n/catalogue';
import {
  countSegments,
  MESSAGE_KEYS,
  PLURAL_KEYS,
  renderMessage,
  SUPPORTED_LANGUAGES,
  type Language,
  type MessageKey,
} from '../../../src/i18n';
import { MESSAGE_VARIABLES, renderCatalogue, sampleVars } from './catalogue-fixture';

const PLURAL_FORM = new RegExp(`_(${PLURAL_SUFFIXES.join('|')})$`);
/** A visit's form of a message, naming its service (renderMessage with a `task`). */
const TASK_FORM = /_task$/;
const HTML_ESCAPE = /&(?:#x?[0-9a-f]+|[a-z]+);/i;
/** Texts that are only variables and punctuation, the same in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'which_one_item',
  'status.item',
  'status.both',
  'status.with_talks',
  'person_message',
]);

function categoriesOf(language: Language): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

/** key → the plural suffixes it has ('' for a plain text). */
function shapeOf(language: Language): Map<string, string[]> {
  const shape = new Map<string, string[]>();
  for (const path of leafPaths(MESSAGES[language])) {
    if (TASK_FORM.test(path)) continue;
    const key = path.replace(PLURAL_FORM, '');
    const suffix = key === path ? '' : path.slice(key.length + 1);
    shape.set(key, [...(shape.get(key) ?? []), suffix].sort());
  }
  return shape;
}

function leaf(language: Language, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], MESSAGES[language]);
}

const rendered = renderCatalogue();

describe('message catalogue', () => {
  it('documents the variables of exactly the keys in the English file', () => {
    expect(Object.keys(MESSAGE_VARIABLES).sort()).toEqual([...MESSAGE_KEYS].sort());
  });

  it.each(SUPPORTED_LANGUAGES)('%s has every key, with every plural form it needs', (language) => {
    const shape = shapeOf(language);
    expect([...shape.keys()].sort()).toEqual([...MESSAGE_KEYS].sort());
    for (const key of MESSAGE_KEYS) {
      expect({ key, forms: shape.get(key) }).toEqual({
        key,
        forms: PLURAL_KEYS.has(key) ? categoriesOf(language) : [''],
      });
    }
  });

  it.each(SUPPORTED_LANGUAGES)(
    "%s words a visit's texts around its service, and has the usual text of each",
    (language) => {
      for (const path of leafPaths(MESSAGES[language]).filter((p) => TASK_FORM.test(p))) {
        const key = path.replace(TASK_FORM, '') as MessageKey;
        expect({ path, usual: MESSAGE_KEYS.includes(key) }).toEqual({ path, usual: true });
        const vars = { ...sampleVars(key, language), task: 'groceries' };
        const text = renderMessage(key, language, vars);
        expect({ path, text, named: text.toLowerCase().includes('groceries') }).toEqual({
          path,
          text,
          named: true,
        });
      }
    },
  );

  it.each(SUPPORTED_LANGUAGES)('%s has every term', (language) => {
    expect(Object.keys(DEFAULT_TERMS[language]).sort()).toEqual(
      Object.keys(DEFAULT_TERMS.en).sort(),
    );
    for (const word of Object.values(DEFAULT_TERMS[language])) expect(word.trim()).not.toBe('');
  });

  it.each(['es', 'fr'] as const)('%s is translated, not copied from English', (language) => {
    const copied = leafPaths(MESSAGES.en).filter(
      (path) =>
        !SAME_IN_EVERY_LANGUAGE.has(path) &&
        !PLURAL_FORM.test(path) &&
        leaf(language, path) === leaf('en', path),
    );
    expect(copied).toEqual([]);
  });

  it('renders every key in every language with no variable, escape or key left over', () => {
    for (const message of rendered) {
      const where = `${message.language} ${message.key} (count ${message.count}): ${message.text}`;
      expect({ where, placeholder: message.text.includes('{{') }).toEqual({
        where,
        placeholder: false,
      });
      expect({ where, escaped: HTML_ESCAPE.test(message.text) }).toEqual({
        where,
        escaped: false,
      });
      expect(message.text).not.toBe(message.key);
      expect(message.text.trim()).toBe(message.text);
    }
  });

  it('keeps English to 2 SMS segments and every language to 3', () => {
    const tooLong = rendered
      .filter((m) => m.segments > (m.language === 'en' ? 2 : 3))
      .map((m) => `${m.language} ${m.key} ${m.count ?? ''}: ${m.segments} ${m.encoding}`);
    expect(tooLong).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)(
    '%s words formally only texts it has, in at most 3 segments and no more than the usual',
    (language) => {
      for (const path of leafPaths(FORMAL_MESSAGES[language])) {
        expect({ path, usual: leaf(language, path) !== undefined }).toEqual({ path, usual: true });
        const key = path.replace(TASK_FORM, '').replace(PLURAL_FORM, '') as MessageKey;
        const vars = {
          ...sampleVars(key, language),
          ...(TASK_FORM.test(path) ? { task: 'groceries' } : {}),
        };
        const formal = renderMessage(key, language, vars, null, { formal: true });
        const usual = renderMessage(key, language, vars);
        expect({ path, segments: countSegments(formal).segments <= 3 }).toEqual({
          path,
          segments: true,
        });
        expect({
          path,
          grows: countSegments(formal).segments > countSegments(usual).segments,
        }).toEqual({
          path,
          grows: false,
        });
      }
    },
  );

  it('keeps English in GSM-7, so a segment holds 160 characters', () => {
    const ucs2 = rendered.filter((m) => m.language === 'en' && m.encoding !== 'GSM-7');
    expect(ucs2.map((m) => m.key)).toEqual([]);
  });

  it('renders plural keys at 0, 1, 2, 5 and 1000000 in every language', () => {
    const pluralRenders = rendered.filter((m) => PLURAL_KEYS.has(m.key));
    expect(pluralRenders).toHaveLength(PLURAL_KEYS.size * SUPPORTED_LANGUAGES.length * 5);
  });

  it('picks the plural form the language uses', () => {
    const render = (
      key: 'reminder' | 'hours.summary' | 'which_one',
      language: Language,
      count: number,
    ) => renderMessage(key, language, sampleVars(key, language, count));
    expect(render('reminder', 'en', 1)).toContain('in 1 hour (');
    expect(render('reminder', 'en', 0)).toContain('in 0 hours (');
    expect(render('hours.summary', 'fr', 0)).toContain('0 heure validée');
    expect(render('hours.summary', 'fr', 1_000_000)).toContain("1000000 d'heures");
    expect(render('reminder', 'es', 1_000_000)).toContain('1000000 de horas');
    expect(render('reminder', 'es', 5)).toContain('5 horas (');
    expect(render('which_one', 'es', 1)).toMatch(/^Por favor/);
  });
});
