import type { QueryShape, SortKey } from './query-shape';

export interface IndexSpec {
  keys: SortKey[];
  sparse: boolean;
  unique: boolean;
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((field) => b.includes(field));

/**
 * True when the index answers the shape without reading documents it does not return, by
 * MongoDB's ESR rule: the query's fields are exactly the index's leading keys, the equality
 * fields first (any order), then the sort keys in order (all in the index's direction or all
 * reversed), then the range fields (any order). A sort on a field matched by equality costs
 * nothing; a range field that is also sorted on sits with the sort. A sparse index holds no
 * entry for a document without its field, so it serves only a query that cannot match one.
 */
export function indexServes(index: IndexSpec, shape: QueryShape): boolean {
  const equality = shape.filter.filter((m) => m.kind === 'eq').map((m) => m.field);
  const sort = shape.sort.filter(([field]) => !equality.includes(field));
  const sorted = sort.map(([field]) => field);
  const range = shape.filter
    .filter((m) => m.kind === 'range' && !sorted.includes(m.field))
    .map((m) => m.field);
  const width = equality.length + sort.length + range.length;
  if (width === 0 || width > index.keys.length) return false;
  const keys = index.keys.slice(0, width);
  const names = keys.map(([field]) => field);
  if (!sameSet(names.slice(0, equality.length), equality)) return false;
  const sortKeys = keys.slice(equality.length, equality.length + sort.length);
  const along = sort.every(
    ([field, dir], i) => sortKeys[i]![0] === field && sortKeys[i]![1] === dir,
  );
  const against = sort.every(
    ([field, dir], i) => sortKeys[i]![0] === field && sortKeys[i]![1] === -dir,
  );
  if (!along && !against) return false;
  if (!sameSet(names.slice(equality.length + sort.length), range)) return false;
  if (!index.sparse) return true;
  return shape.filter.some((m) => names.includes(m.field) && !m.matchesMissing);
}

/**
 * Equality on every key of a unique index (`_id` or a declared one) finds at most one document
 * per value, whatever else the query asks of it.
 */
export function uniqueLookup(index: IndexSpec, shape: QueryShape): boolean {
  return (
    index.unique &&
    index.keys.every(([field]) =>
      shape.filter.some((m) => m.field === field && m.kind === 'eq' && !m.matchesMissing),
    )
  );
}

export const ID_INDEX: IndexSpec = { keys: [['_id', 1]], sparse: false, unique: true };

/** True when `_id` or one of the collection's declared indexes serves the shape. */
export function isServed(shape: QueryShape, indexes: IndexSpec[]): boolean {
  return [ID_INDEX, ...indexes].some(
    (index) => uniqueLookup(index, shape) || indexServes(index, shape),
  );
}
