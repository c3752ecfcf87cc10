import { Types } from 'mongoose';
import {
  inbound,
  maskedNumberOf,
  messageViewOf,
  outbound,
  type InboundDoc,
  type OutboundDoc,
} from '../../../src/http/api/v1/views/message-view';
import type { Delivery } from '../../../src/messaging/delivery';

const at = (minute: number) => new Date(Date.UTC(2026, 5, 6, 12, minute));

const offer = {
  _id: new Types.ObjectId(),
  person: new Types.ObjectId(),
  createdAt: at(0),
  body: 'Shift Sat 9-1. Reply YES K7P',
  key: 'offer',
} as OutboundDoc;

const undelivered: Delivery = {
  status: 'undelivered',
  channel: 'sms',
  twilioSid: 'SM1',
  errorCode: 30003,
  suppressed: null,
  sentAt: at(0),
  events: [
    { status: 'sent', at: at(1), errorCode: null },
    { status: 'undelivered', at: at(2), errorCode: 30003 },
  ],
};

describe('messageViewOf', () => {
  it('shows an outbound text with its delivery and status events', () => {
    const deliveries = new Map([[offer._id.toString(), undelivered]]);
    expect(messageViewOf(outbound(offer), deliveries)).toMatchObject({
      direction: 'out',
      at: at(0).toISOString(),
      status: 'undelivered',
      key: 'offer',
      errorCode: 30003,
      suppressed: null,
      outcome: null,
      events: [
        { status: 'sent', at: at(1).toISOString(), errorCode: null },
        { status: 'undelivered', at: at(2).toISOString(), errorCode: 30003 },
      ],
    });
  });

  it('shows a text never handed to Twilio as pending, without channel, with why', () => {
    const suppressed: Delivery = {
      ...undelivered,
      status: 'pending',
      channel: null,
      twilioSid: null,
      errorCode: null,
      suppressed: 'opted_out',
      sentAt: null,
      events: [],
    };
    const view = messageViewOf(outbound(offer), new Map([[offer._id.toString(), suppressed]]));
    expect(view).toMatchObject({ channel: null, status: 'pending', suppressed: 'opted_out' });
    expect(view.events).toEqual([]);
  });

  it('shows a text nothing is known of yet as pending', () => {
    expect(messageViewOf(outbound(offer), new Map())).toMatchObject({
      status: 'pending',
      channel: null,
      events: [],
    });
  });

  it('shows an inbound text with what Shiftline made of it and no delivery status', () => {
    const yes = { _id: new Types.ObjectId(), receivedAt: at(3), body: 'yes', channel: 'sms' };
    expect(
      messageViewOf(inbound({ ...yes, outcome: 'offer_accepted' } as InboundDoc), new Map()),
    ).toMatchObject({
      direction: 'in',
      body: 'yes',
      status: null,
      outcome: 'offer_accepted',
      key: null,
      events: [],
    });
  });
});

describe('maskedNumberOf', () => {
  it('masks the number of an unknown sender and of a reply to one', () => {
    const unknown = { _id: new Types.ObjectId(), receivedAt: at(0), from: '+15551234567' };
    expect(maskedNumberOf(inbound(unknown as InboundDoc))).toBe('+1••••••4567');
    const reply = { ...offer, person: undefined, toAddress: 'whatsapp:+15551234567' };
    expect(maskedNumberOf(outbound(reply))).toBe('whatsapp:+1••••••4567');
  });

  it('gives no number for a known person', () => {
    expect(maskedNumberOf(outbound(offer))).toBeNull();
  });
});
