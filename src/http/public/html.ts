import { MIN_PEOPLE, type Shown } from '../../domain/small-numbers';

/** Text for an HTML page: &, <, >, " and ' escaped. */
export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Cents as an amount with two decimals: 8000 → 80.00. */
export const money = (cents: number) => (cents / 100).toFixed(2);

/** How a withheld figure reads on a public page and in its CSV. */
const WITHHELD_TEXT = { fewer_than_5: 'fewer than 5', withheld: 'withheld' } as const;

/** A figure as the public reads it: its value formatted, or why it is withheld. */
export const shownText = (shown: Shown, format: (value: number) => string) =>
  shown.value === null ? WITHHELD_TEXT[shown.suppressed] : format(shown.value);

/** The sentence under a public page's heading that says why some figures are not shown. */
export const SUPPRESSION_NOTE = `<p>To protect people's privacy, a figure from fewer than ${MIN_PEOPLE} people is shown as "fewer than ${MIN_PEOPLE}", and a figure that would let one be worked out is "withheld".</p>`;
