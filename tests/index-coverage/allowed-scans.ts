import type { QueryShape } from './query-shape';

/**
 * Shapes no index serves that are allowed anyway, each with its reason. Keep it short: every
 * entry is a collection MongoDB reads whole.
 */
const ALLOWED: { collection: string; operation?: string; why: string }[] = [];

export function isAllowedScan(shape: QueryShape): boolean {
  return ALLOWED.some(
    (a) =>
      a.collection === shape.collection &&
      (a.operation === undefined || a.operation === shape.operation) &&
      shape.filter.length === 0 &&
      shape.sort.length === 0,
  );
}
