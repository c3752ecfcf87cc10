import { TASK_CONTEXT, type MessageKey } from './catalogue';
import { formatHours } from './format-when';
import { FORMAL_NAMESPACE, i18n, MESSAGES_NAMESPACE } from './i18n';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';
import { resolveTerms, termVariables, type Terminology } from './terminology';

export type MessageVars = Record<string, string | number>;

function displayValues(vars: MessageVars, language: Language): Record<string, string> {
  return Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [
      name,
      typeof value === 'number' ? formatHours(value, language) : value,
    ]),
  );
}

/** How a text is worded for its reader, beyond their language. */
export interface RenderOptions {
  /** The formal address (usted / vous): the organisation's choice for its clients. */
  formal?: boolean;
}

/**
 * A visit's texts name its service: with `task` given, `{{shift}}` and `{{visit}}` read "groceries
 * visit", and a message worded without a term has a `_task` form that names it.
 */
function taskTerms(terms: Record<string, string>, task: string, lng: Language) {
  const t = i18n.getFixedT(lng);
  return Object.fromEntries(
    Object.entries(terms)
      .filter(([term]) => ['shift', 'visit', 'Shift', 'Visit'].includes(term))
      .map(([term, word]) => {
        const phrase = t('task_term', { replace: { task, term: word.toLowerCase() }, nest: false });
        const capital = term.charAt(0) !== term.charAt(0).toLowerCase();
        return [term, capital ? phrase.charAt(0).toLocaleUpperCase(lng) + phrase.slice(1) : phrase];
      }),
  );
}

/**
 * The text of one message for one person. `count` (a number) picks the plural form and is
 * shown as the language writes numbers, like every other number ("3,5" in es and fr).
 * Terms (`{{shift}}`, `{{Shift}}`) come from the organisation, else from the locale.
 * An unsupported language (a stale value in the database) gets English.
 */
export function renderMessage(
  key: MessageKey,
  language: Language,
  vars: MessageVars,
  terms?: Terminology | null,
  options: RenderOptions = {},
): string {
  const lng = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  const t = i18n.getFixedT(lng);
  const words = termVariables(resolveTerms(lng, terms));
  const task = typeof vars.task === 'string' ? vars.task : undefined;
  const replace = {
    ...words,
    ...(task ? taskTerms(words, task, lng) : {}),
    ...displayValues(vars, lng),
  };
  const count = typeof vars.count === 'number' ? vars.count : undefined;
  // nest: false, so a name like "$t(help)" from a text is printed, never looked up.
  return t(key, {
    replace,
    nest: false,
    ...(count === undefined ? {} : { count }),
    ...(task ? { context: TASK_CONTEXT } : {}),
    // The formal wording where the locale has one, else the usual one.
    ...(options.formal ? { ns: [FORMAL_NAMESPACE, MESSAGES_NAMESPACE] } : {}),
  });
}
