import { Types } from 'mongoose';
import { HttpError } from '../../errors';

/**
 * One way to page every list: `?limit=&cursor=`, answered `{ items, hasMore, nextCursor }`.
 * The cursor holds the sort key of the last item shown (base64url JSON, opaque to callers), so
 * a page starts exactly after it however the records change in between: no item is skipped or
 * shown twice, as with offsets.
 */
export type KeyValue = Date | Types.ObjectId | string | number;
type Kind = 'date' | 'id' | 'text' | 'number';

export interface Page<T> {
  items: T[];
  hasMore: boolean;
  nextCursor: string | null;
}

const kindOf = (value: KeyValue): Kind =>
  value instanceof Date
    ? 'date'
    : value instanceof Types.ObjectId
      ? 'id'
      : typeof value === 'number'
        ? 'number'
        : 'text';

const TAG: Record<Kind, string> = { date: 'd', id: 'o', text: 's', number: 'n' };

export function encodeCursor(key: KeyValue[]): string {
  const tagged = key.map((value) => {
    const kind = kindOf(value);
    const text = value instanceof Date ? value.toISOString() : String(value);
    return `${TAG[kind]}:${text}`;
  });
  return Buffer.from(JSON.stringify(tagged)).toString('base64url');
}

const badCursor = () =>
  new HttpError(400, 'invalid query', [
    { path: 'cursor', message: 'not a cursor of this list: pass nextCursor as it was given' },
  ]);

function decodeValue(tagged: unknown, kind: Kind): KeyValue {
  if (typeof tagged !== 'string' || !tagged.startsWith(`${TAG[kind]}:`)) throw badCursor();
  const text = tagged.slice(2);
  if (kind === 'text' && text.length <= 500) return text;
  if (kind === 'id' && Types.ObjectId.isValid(text) && text.length === 24)
    return new Types.ObjectId(text);
  if (kind === 'date' && !Number.isNaN(Date.parse(text))) return new Date(text);
  if (kind === 'number' && Number.isFinite(Number(text))) return Number(text);
  throw badCursor();
}

/** The cursor's key, its values of the kinds given; a 400 for anything else. */
export function decodeCursor(cursor: string | undefined, kinds: Kind[]): KeyValue[] | null {
  if (cursor === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== kinds.length) throw badCursor();
  return kinds.map((kind, i) => decodeValue(parsed[i], kind));
}

/** `rows` holds up to limit + 1 in order: the page, and whether there is more after it. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => KeyValue[]): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const hasMore = rows.length > limit && last !== undefined;
  return { items, hasMore, nextCursor: hasMore ? encodeCursor(keyOf(last)) : null };
}

/** A sort on stored fields, its last field unique (usually _id), with the kind of each value. */
export type Sort = Array<[field: string, direction: 1 | -1, kind: Kind]>;

/**
 * The records after `key` in `sort` order, within `filter`: each branch is equalities on a
 * prefix of the sort and one range, which an index on the filter's and sort's fields serves.
 */
function after(filter: Filter, sort: Sort, key: KeyValue[] | null): Filter {
  if (!key) return filter;
  const branches = sort.map(([field, direction], i) => ({
    ...Object.fromEntries(sort.slice(0, i).map(([earlier], j) => [earlier, key[j]])),
    [field]: { [direction === 1 ? '$gt' : '$lt']: key[i] },
  }));
  return '$or' in filter ? { $and: [filter, { $or: branches }] } : { ...filter, $or: branches };
}

type Filter = Record<string, unknown>;

/** Newest first by createdAt, then by id. */
export const NEWEST_FIRST: Sort = [
  ['createdAt', -1, 'date'],
  ['_id', -1, 'id'],
];

interface Finder {
  find(
    filter: Filter,
    projection?: Filter,
  ): {
    sort(sort: Record<string, 1 | -1>): { limit(n: number): { lean<R>(): Promise<R> } };
  };
}

/** One page of `model`'s records within `filter`, in `sort` order, after the query's cursor. */
export async function findPage<T>(
  model: Finder,
  filter: Filter,
  query: { limit: number; cursor?: string | undefined },
  sort: Sort,
  projection?: Filter,
): Promise<Page<T>> {
  const key = decodeCursor(
    query.cursor,
    sort.map(([, , kind]) => kind),
  );
  const rows = await model
    .find(after(filter, sort, key), projection)
    .sort(Object.fromEntries(sort.map(([field, direction]) => [field, direction])))
    .limit(query.limit + 1)
    .lean<T[]>();
  return pageOf(rows, query.limit, (row) =>
    sort.map(([field]) => (row as Record<string, KeyValue>)[field]!),
  );
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** By name as people read it (case and accents aside), then by id: the order of named lists. */
export const byNameThenId = (a: KeyValue[], b: KeyValue[]): number =>
  collator.compare(String(a[0]), String(b[0])) || String(a[1]).localeCompare(String(b[1]));

const comparable = (value: KeyValue | undefined): string | number =>
  value instanceof Date ? value.getTime() : typeof value === 'number' ? value : String(value);

/** Keys compared value by value, ascending. */
export function ascending(a: KeyValue[], b: KeyValue[]): number {
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [comparable(a[i]), comparable(b[i])];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** A list sorted in memory: the page after `cursor` by `compare` on the rows' keys. */
export function pageInMemory<T>(
  sorted: T[],
  query: { limit: number; cursor?: string | undefined },
  keyOf: (row: T) => KeyValue[],
  compare: (a: KeyValue[], b: KeyValue[]) => number,
  kinds: Kind[],
): Page<T> {
  const key = decodeCursor(query.cursor, kinds);
  const start = key ? sorted.findIndex((row) => compare(keyOf(row), key) > 0) : 0;
  const rest = start < 0 ? [] : sorted.slice(start, start + query.limit + 1);
  return pageOf(rest, query.limit, keyOf);
}
