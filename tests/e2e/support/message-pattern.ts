import { MESSAGES, type MessageTree } from '../../../src/i18n/catalogue';
import { isLanguage } from '../../../src/i18n/languages';

const VARIABLE = /\{\{\s*(\w+)\s*\}\}/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function templateOf(language: string, key: string): string {
  if (!isLanguage(language)) throw new Error(`no messages in language "${language}"`);
  let node: string | MessageTree | undefined = MESSAGES[language];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no message "${key}" in ${language}`);
  return node;
}

/**
 * A text as Shiftline renders it from locales/<language>/messages.json, as a pattern: the
 * variables in `known` must appear as given, `{{code}}` is captured as the group "code" (the
 * same code wherever it recurs), any other variable matches anything. `key` is the catalogue's
 * path, plural suffix included ("reminder_one").
 */
export function messagePattern(
  language: string,
  key: string,
  known: Record<string, string> = {},
): RegExp {
  const template = templateOf(language, key);
  let source = '';
  let last = 0;
  let codeSeen = false;
  for (const match of template.matchAll(VARIABLE)) {
    const name = match[1] ?? '';
    source += escape(template.slice(last, match.index));
    const value = known[name];
    if (value !== undefined) source += escape(value);
    else if (name !== 'code') source += '[\\s\\S]+?';
    else source += codeSeen ? '\\k<code>' : '(?<code>[A-Z0-9]+)';
    codeSeen ||= name === 'code';
    last = match.index + match[0].length;
  }
  return new RegExp(source + escape(template.slice(last)));
}
