import { maskPhone } from '../../../../log';
import type { InboundMessage } from '../../../../models/inbound-message';
import type { OutboundMessage } from '../../../../models/outbound-message';
import type { MessageView } from '../schemas/message';

export type InboundDoc = Pick<
  InboundMessage,
  '_id' | 'receivedAt' | 'body' | 'channel' | 'outcome' | 'person' | 'from'
>;
export type OutboundDoc = Pick<
  OutboundMessage,
  | '_id'
  | 'createdAt'
  | 'body'
  | 'channel'
  | 'status'
  | 'key'
  | 'errorCode'
  | 'suppressed'
  | 'twilioSid'
  | 'person'
  | 'toAddress'
  | 'sentBy'
>;

export interface StatusEvent {
  status: string;
  at: Date;
  errorCode?: number | null;
}

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

/** The view of one message; `events` are the outbound message's reported statuses. */
export function messageViewOf(
  message: AnyMessage,
  eventsBySid: ReadonlyMap<string, StatusEvent[]>,
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
  const events = (doc.twilioSid && eventsBySid.get(doc.twilioSid)) || [];
  return {
    ...common,
    direction: 'out',
    body: doc.body,
    channel: doc.channel ?? null,
    status: (doc.status ?? 'pending') as MessageView['status'],
    outcome: null,
    key: doc.key,
    errorCode: doc.errorCode ?? null,
    suppressed: doc.suppressed ?? null,
    events: [...events]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((e) => ({ status: e.status, at: e.at.toISOString(), errorCode: e.errorCode ?? null })),
    sentBy: doc.sentBy?.keyId ? { keyId: doc.sentBy.keyId, name: doc.sentBy.name ?? '' } : null,
  };
}

/** The other party's number, masked, when no person has it; null for a known person. */
export function maskedNumberOf(message: AnyMessage): string | null {
  if (message.doc.person) return null;
  const number = message.direction === 'in' ? message.doc.from : message.doc.toAddress;
  return number ? maskPhone(number) : null;
}
