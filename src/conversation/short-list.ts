import { renderMessage, type Language } from '../i18n';

/** Lines a list in a text shows before "+N more": a long list must not run to many segments. */
const LIST_LIMIT = 5;

/** Items one a line, the first LIST_LIMIT of them, then "+N more" for the rest. */
export function shortList(items: readonly string[], language: Language): string {
  if (items.length <= LIST_LIMIT) return items.join('\n');
  return [
    ...items.slice(0, LIST_LIMIT),
    renderMessage('list_more', language, { count: items.length - LIST_LIMIT }),
  ].join('\n');
}
