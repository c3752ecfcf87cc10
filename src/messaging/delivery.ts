import type { Types } from 'mongoose';
import type { Models } from '../models';
import {
  STATUS_RANK,
  type OutboundStatus,
  type SUPPRESSION_REASONS,
} from '../models/outbound-message';

export interface DeliveryEvent {
  status: string;
  at: Date;
  errorCode: number | null;
}

/** What became of a recorded text, read from its send outcome and status events. */
export interface Delivery {
  status: OutboundStatus;
  channel: 'sms' | 'whatsapp' | null;
  twilioSid: string | null;
  errorCode: number | null;
  suppressed: (typeof SUPPRESSION_REASONS)[number] | null;
  /** When Twilio was given it (or refused it); null if never. */
  sentAt: Date | null;
  events: DeliveryEvent[];
}

const PENDING: Delivery = {
  status: 'pending',
  channel: null,
  twilioSid: null,
  errorCode: null,
  suppressed: null,
  sentAt: null,
  events: [],
};

/** Bounds each $in: a page of a thread, or a report's day range in slices. */
const CHUNK = 500;

/**
 * The delivery of each message (by its id as a string): pending until sent, the outcome's status
 * (accepted, queued, failed), then the highest-ranked status Twilio reported. Two queries a
 * chunk, both by indexed fields.
 */
export async function deliveriesOf(
  models: Models,
  messageIds: Types.ObjectId[],
): Promise<Map<string, Delivery>> {
  const deliveries = new Map<string, Delivery>();
  for (let i = 0; i < messageIds.length; i += CHUNK) {
    const ids = messageIds.slice(i, i + CHUNK);
    const outcomes = await models.SendOutcome.find({ _id: { $in: ids } }).lean();
    const sids = outcomes.flatMap((o) => (o.twilioSid ? [o.twilioSid] : []));
    const events =
      sids.length === 0
        ? []
        : await models.MessageStatusEvent.find({ twilioSid: { $in: sids } }).lean();
    const eventsBySid = new Map<string, DeliveryEvent[]>();
    for (const e of events) {
      const list = eventsBySid.get(e.twilioSid) ?? [];
      list.push({ status: e.status, at: e.at, errorCode: e.errorCode ?? null });
      eventsBySid.set(e.twilioSid, list);
    }
    for (const outcome of outcomes) {
      const reported = (outcome.twilioSid && eventsBySid.get(outcome.twilioSid)) || [];
      deliveries.set(outcome._id.toString(), deliveryFrom(outcome, reported));
    }
  }
  for (const id of messageIds)
    if (!deliveries.has(id.toString())) deliveries.set(id.toString(), PENDING);
  return deliveries;
}

/** A text's delivery from its outcome and the statuses Twilio reported, in any order. */
export function deliveryFrom(
  outcome: {
    twilioSid?: string | null;
    status?: string | null;
    errorCode?: number | null;
    suppressed?: string | null;
    channel?: string | null;
    at: Date;
  },
  reported: DeliveryEvent[],
): Delivery {
  const events = [...reported].sort((a, b) => a.at.getTime() - b.at.getTime());
  let status = (outcome.status ?? 'pending') as OutboundStatus;
  let errorCode = outcome.errorCode ?? null;
  for (const event of events) {
    const rank = STATUS_RANK[event.status as OutboundStatus] ?? -1;
    if (rank > STATUS_RANK[status]) {
      status = event.status as OutboundStatus;
      errorCode = event.errorCode ?? errorCode;
    }
  }
  return {
    status,
    channel: (outcome.channel as Delivery['channel']) ?? null,
    twilioSid: outcome.twilioSid ?? null,
    errorCode,
    suppressed: (outcome.suppressed as Delivery['suppressed']) ?? null,
    sentAt: outcome.suppressed ? null : outcome.at,
    events,
  };
}
