/** Text for an HTML page: &, <, >, " and ' escaped. */
export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Cents as an amount with two decimals: 8000 → 80.00. */
export const money = (cents: number) => (cents / 100).toFixed(2);
