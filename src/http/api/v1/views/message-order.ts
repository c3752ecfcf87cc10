import { ascending, type KeyValue } from '../paging';
import type { AnyMessage } from './message-view';

/**
 * A message's place in a thread, newest first: its instant; in a tie the outbound counts as
 * newer (a reply recorded in the same instant as the text it answers comes after it); then
 * its id.
 */
export const threadKey = (message: AnyMessage): KeyValue[] => [
  message.at,
  rankOf(message.direction),
  message.doc._id,
];

const rankOf = (direction: 'in' | 'out') => (direction === 'in' ? 0 : 1);

/** The newest `count` messages of both directions, newest first. */
export function newestFirst(messages: AnyMessage[], count: number): AnyMessage[] {
  return [...messages].sort((a, b) => ascending(threadKey(b), threadKey(a))).slice(0, count);
}

/**
 * The messages of one direction older than `key` in thread order, as a filter on the field
 * that holds their instant: of a direction ranked below the key's, the key's instant too; of
 * the same direction, that instant with a smaller id.
 */
export function olderThan(
  key: KeyValue[],
  direction: 'in' | 'out',
  field: string,
): Record<string, unknown> {
  const [at, rank, id] = key;
  const own = rankOf(direction);
  if (own < Number(rank)) return { [field]: { $lte: at } };
  if (own > Number(rank)) return { [field]: { $lt: at } };
  return { $or: [{ [field]: { $lt: at } }, { [field]: at, _id: { $lt: id } }] };
}
