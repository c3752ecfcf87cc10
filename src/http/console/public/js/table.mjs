/** Tables of the console. */
import { h } from './dom.mjs';

/**
 * A table that a narrow screen shows as one card per row, each cell labelled by its heading;
 * `empty` in place of a table without rows.
 */
export function cardTable(headings, rows, empty) {
  if (rows.length === 0) return h('p', { class: 'muted' }, empty);
  for (const row of rows)
    [...row.cells].forEach((cell, index) => cell.setAttribute('data-label', headings[index]));
  return h(
    'table',
    { class: 'cards-when-narrow' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headings.map((heading) => h('th', { scope: 'col' }, heading)),
      ),
    ),
    h('tbody', {}, rows),
  );
}

/** Why the ranking placed (or kept out) a person: one line per reason. */
export const reasonList = (reasons, testId) =>
  h(
    'ul',
    { class: 'reasons', 'data-testid': testId },
    reasons.map((reason) => h('li', {}, reason)),
  );
