/** An alternation of words or of a table's keys, longest first, for a regular expression. */
export function alternation(words: Readonly<Record<string, number>> | readonly string[]): string {
  const list = Array.isArray(words) ? [...(words as readonly string[])] : Object.keys(words);
  return list.sort((a, b) => b.length - a.length).join('|');
}
