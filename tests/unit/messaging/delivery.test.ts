import { deliveryFrom } from '../../../src/messaging/delivery';

const at = (second: number) => new Date(Date.UTC(2026, 5, 6, 12, 0, second));
const handed = { twilioSid: 'SM1', status: 'queued', channel: 'sms', at: at(0) };

describe('deliveryFrom', () => {
  it('is the highest-ranked status Twilio reported, with the events oldest first', () => {
    const delivery = deliveryFrom(handed, [
      { status: 'delivered', at: at(3), errorCode: null },
      { status: 'sent', at: at(2), errorCode: null },
    ]);
    expect(delivery).toMatchObject({ status: 'delivered', channel: 'sms', twilioSid: 'SM1' });
    expect(delivery.events.map((e) => e.status)).toEqual(['sent', 'delivered']);
  });

  it('never moves back: a late "sent" after "delivered" leaves it delivered', () => {
    const delivery = deliveryFrom(handed, [
      { status: 'delivered', at: at(2), errorCode: null },
      { status: 'sent', at: at(5), errorCode: null },
    ]);
    expect(delivery.status).toBe('delivered');
  });

  it('is what Twilio answered (queued) until a callback comes', () => {
    expect(deliveryFrom(handed, [])).toMatchObject({ status: 'queued', sentAt: at(0) });
  });

  it('carries the error code of an undelivered text', () => {
    const delivery = deliveryFrom(handed, [
      { status: 'sent', at: at(1), errorCode: null },
      { status: 'undelivered', at: at(2), errorCode: 30003 },
    ]);
    expect(delivery).toMatchObject({ status: 'undelivered', errorCode: 30003 });
  });

  it('is failed, with the code, when Twilio refused the text for good', () => {
    const refused = { status: 'failed', errorCode: 21610, channel: 'sms', at: at(0) };
    expect(deliveryFrom(refused, [])).toMatchObject({ status: 'failed', errorCode: 21610 });
  });

  it('is pending with the reason, and never sent, when it was not handed to Twilio', () => {
    expect(deliveryFrom({ suppressed: 'opted_out', at: at(0) }, [])).toMatchObject({
      status: 'pending',
      suppressed: 'opted_out',
      sentAt: null,
      channel: null,
    });
  });
});
