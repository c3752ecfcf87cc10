export { MESSAGE_KEYS, PLURAL_KEYS, type MessageKey } from './catalogue';
export { formatDate, formatDay, formatHours, formatTime, formatWhen } from './format-when';
export { MissingMessageVariableError } from './i18n';
export { DEFAULT_LANGUAGE, isLanguage, SUPPORTED_LANGUAGES, type Language } from './languages';
export { renderMessage, type MessageVars } from './render';
export { countSegments, nonGsmCharacters, type SegmentCount } from './segments';
export { resolveTerms, type TermKey, type Terminology } from './terminology';
