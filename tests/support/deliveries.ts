import type { Types } from 'mongoose';
import { deliveriesOf, type Delivery } from '../../src/messaging/delivery';
import type { Models } from '../../src/models';

/** Recorded texts with what became of them (their send outcome and status events) beside them. */
export async function withDeliveries<T extends { _id: Types.ObjectId }>(
  models: Models,
  messages: T[],
): Promise<Array<T & Delivery>> {
  const deliveries = await deliveriesOf(
    models,
    messages.map((m) => m._id),
  );
  return messages.map((m) => ({ ...m, ...deliveries.get(m._id.toString())! }));
}
