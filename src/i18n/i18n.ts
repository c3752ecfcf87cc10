import { createInstance } from 'i18next';
import { FORMAL_MESSAGES, MESSAGES } from './catalogue';
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES } from './languages';

export const MESSAGES_NAMESPACE = 'messages';
/** The formal address of the messages that have one (Spanish usted); the rest as usual. */
export const FORMAL_NAMESPACE = 'formal';

/** A message was rendered without one of its `{{variables}}`: a bug in the caller. */
export class MissingMessageVariableError extends Error {
  constructor(
    readonly variable: string,
    readonly text: string,
  ) {
    super(`message variable "${variable}" was not given for: ${text}`);
    this.name = 'MissingMessageVariableError';
  }
}

/** Our own instance, so nothing else in the process can change its languages or options. */
export const i18n = createInstance();

void i18n.init({
  initAsync: false,
  resources: Object.fromEntries(
    SUPPORTED_LANGUAGES.map((language) => [
      language,
      { [MESSAGES_NAMESPACE]: MESSAGES[language], [FORMAL_NAMESPACE]: FORMAL_MESSAGES[language] },
    ]),
  ),
  supportedLngs: [...SUPPORTED_LANGUAGES],
  fallbackLng: DEFAULT_LANGUAGE,
  ns: [MESSAGES_NAMESPACE, FORMAL_NAMESPACE],
  defaultNS: MESSAGES_NAMESPACE,
  returnNull: false,
  // Texts are SMS, not HTML: "&" and "/" in a place name must arrive as typed.
  interpolation: { escapeValue: false },
  missingInterpolationHandler: (text: string, match: RegExpExecArray) => {
    throw new MissingMessageVariableError(match[1]?.trim() ?? '', text);
  },
});
