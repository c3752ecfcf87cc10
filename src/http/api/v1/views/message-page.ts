import type { Runtime } from '../../../../runtime';
import { decodeCursor, pageOf, type Page } from '../paging';
import { newestFirst, olderThan, threadKey } from './message-order';
import { inbound, outbound, type AnyMessage } from './message-view';
import { deliveriesOf } from '../../../../messaging/delivery';
import type { OutboundMessage } from '../../../../models/outbound-message';

type Filter = Record<string, unknown>;

/** What to read of each direction: a filter, or null for none of that direction. */
export interface MessageFilters {
  in: Filter | null;
  out: Filter | null;
}

const within = (filter: Filter, older: Filter | null) =>
  older ? { $and: [filter, older] } : filter;

/**
 * One page of texts of both directions, newest first, after the query's cursor: each
 * direction read in its own index order (organisation or person, then time), then merged.
 * `statuses`: only outbound texts whose delivery status (src/messaging/delivery.ts, read from
 * facts, not stored on the text) is one of these.
 */
export async function pageOfMessages(
  runtime: Runtime,
  filters: MessageFilters,
  query: { limit: number; cursor?: string | undefined },
  statuses?: string[],
): Promise<Page<AnyMessage>> {
  const key = decodeCursor(query.cursor, ['date', 'number', 'id']);
  const { InboundMessage } = runtime.models;
  const take = query.limit + 1;
  const [ins, outs] = await Promise.all([
    filters.in
      ? InboundMessage.find(within(filters.in, key && olderThan(key, 'in', 'receivedAt')))
          .sort({ receivedAt: -1, _id: -1 })
          .limit(take)
          .lean()
      : [],
    filters.out ? outboundPage(runtime, filters.out, key, take, statuses) : [],
  ]);
  const merged = newestFirst([...ins.map(inbound), ...outs.map(outbound)], take);
  return pageOf(merged, query.limit, threadKey);
}

/** Up to `take` outbound texts after the cursor, newest first, with one of `statuses` if given. */
async function outboundPage(
  runtime: Runtime,
  filter: Filter,
  key: ReturnType<typeof decodeCursor>,
  take: number,
  statuses: string[] | undefined,
): Promise<OutboundMessage[]> {
  const read = (older: Filter | null, limit: number) =>
    runtime.models.OutboundMessage.find(within(filter, older))
      .sort({ createdAt: -1, _id: -1 })
      .limit(limit)
      .lean<OutboundMessage[]>();
  if (!statuses) return read(key && olderThan(key, 'out', 'createdAt'), take);
  const kept: OutboundMessage[] = [];
  let older = key && olderThan(key, 'out', 'createdAt');
  for (;;) {
    const batch = await read(older, STATUS_SCAN);
    const deliveries = await deliveriesOf(
      runtime.models,
      batch.map((m) => m._id),
    );
    kept.push(...batch.filter((m) => statuses.includes(deliveries.get(m._id.toString())!.status)));
    const last = batch.at(-1);
    if (kept.length >= take || batch.length < STATUS_SCAN || !last) return kept.slice(0, take);
    older = {
      $or: [
        { createdAt: { $lt: last.createdAt } },
        { createdAt: last.createdAt, _id: { $lt: last._id } },
      ],
    };
  }
}

/** Texts read at a time while looking for those of a delivery status. */
const STATUS_SCAN = 200;
