import { maskPhone } from '../../../../log';
import type { InboundMessage } from '../../../../models/inbound-message';
import type { OutboundMessage } from '../../../../models/outbound-message';
import type { Delivery } from '../../../../messaging/delivery';
import type { MessageView } from '../schemas/message';

export type InboundDoc = Pick<
  InboundMessage,
  '_id' | 'receivedAt' | 'body' | 'channel' | 'outcome' | 'person' | 'from'
>;
export type OutboundDoc = Pick<
  OutboundMessage,
  '_id' | 'createdAt' | 'body' | 'key' | 'person' | 'toAddress' | 'sentBy'
>;

/** Either direction, with the instant that orders a thread. */
export type AnyMessage =
  { direction: 'in'; at: Date; doc: InboundDoc } | { direction: 'out'; at: Date; doc: OutboundDoc };

export const inbound = (doc: InboundDoc): AnyMessage => ({
  direction: 'in',
  at: doc.receivedAt,
  doc,
});

export const outbound = (doc: OutboundDoc): AnyMessage => ({
  direction: 'out',
  at: doc.createdAt,
  doc,
});

/** The view of one message; `deliveries`: what became of the outbound ones, by id. */
export function messageViewOf(
  message: AnyMessage,
  deliveries: ReadonlyMap<string, Delivery>,
): MessageView {
  const common = { id: message.doc._id.toString(), at: message.at.toISOString() };
  if (message.direction === 'in') {
    const { doc } = message;
    return {
      ...common,
      direction: 'in',
      body: doc.body ?? '',
      channel: doc.channel,
      status: null,
      outcome: doc.outcome ?? null,
      key: null,
      errorCode: null,
      suppressed: null,
      events: [],
      sentBy: null,
    };
  }
  const { doc } = message;
  const delivery = deliveries.get(doc._id.toString());
  return {
    ...common,
    direction: 'out',
    body: doc.body,
    channel: delivery?.channel ?? null,
    status: delivery?.status ?? 'pending',
    outcome: null,
    key: doc.key,
    errorCode: delivery?.errorCode ?? null,
    suppressed: delivery?.suppressed ?? null,
    events: (delivery?.events ?? []).map((e) => ({
      status: e.status,
      at: e.at.toISOString(),
      errorCode: e.errorCode,
    })),
    sentBy: doc.sentBy?.keyId ? { keyId: doc.sentBy.keyId, name: doc.sentBy.name ?? '' } : null,
  };
}

/** The other party's number, masked, when no person has it; null for a known person. */
export function maskedNumberOf(message: AnyMessage): string | null {
  if (message.doc.person) return null;
  const number = message.direction === 'in' ? message.doc.from : message.doc.toAddress;
  return number ? maskPhone(number) : null;
}
