import type { QueryShape } from './query-shape';

/**
 * Whole-collection reads allowed anyway, each with its reason: only a small collection of
 * settings, read rarely. Every entry is a collection MongoDB reads whole.
 */
const ALLOWED: { collection: string; operation: string; why: string }[] = [
  {
    collection: 'organisations',
    operation: 'find',
    why: "The worker's check of its senders at start (src/messaging/check-senders.ts) reads every organisation's numbers once, and SHARE <organisation> (src/record/shares.ts) reads every organisation's name to match the one a worker typed: a few dozen documents, read rarely.",
  },
];

/** True for a read with neither filter nor sort that ALLOWED names. */
export function isAllowedScan(shape: QueryShape): boolean {
  return ALLOWED.some(
    (a) =>
      a.collection === shape.collection &&
      a.operation === shape.operation &&
      shape.filter.length === 0 &&
      shape.sort.length === 0,
  );
}
