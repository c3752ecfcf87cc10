import type { MessageKey } from './catalogue';
import { formatHours } from './format-when';
import { i18n } from './i18n';
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
): string {
  const lng = isLanguage(language) ? language : DEFAULT_LANGUAGE;
  const t = i18n.getFixedT(lng);
  const replace = {
    ...termVariables(resolveTerms(lng, terms)),
    ...displayValues(vars, lng),
  };
  const count = typeof vars.count === 'number' ? vars.count : undefined;
  // nest: false, so a name like "$t(help)" from a text is printed, never looked up.
  return t(key, { replace, nest: false, ...(count === undefined ? {} : { count }) });
}
