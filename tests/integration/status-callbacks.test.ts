import { queueText } from '../../src/messaging/outbox';
import { withDeliveries } from '../support/deliveries';
import { eventually, startHarness, type Harness } from '../support/harness';
import { seedOrganisation, seedPerson, testNumber } from '../support/seed';

// Twilio calls back sending, sent, delivered and, on WhatsApp, read
// (twilio.com/docs/messaging/guides/outbound-message-status-in-status-callbacks); Shiftline
// records each and its message's status only moves forward (issue 21, item 4).
describe('Shiftline follows every status Twilio calls back', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it('records sending, sent, delivered and read for a WhatsApp reply, ending read', async () => {
    const organisation = await seedOrganisation(h.models, { whatsappNumbers: ['+15005550007'] });
    const number = testNumber();
    const person = await seedPerson(h.models, organisation, {
      phone: undefined,
      whatsapp: number,
      channel: 'whatsapp',
    });
    await h.twilio.phones.send(`whatsapp:${number}`, 'HELP', { to: 'whatsapp:+15005550007' });
    const [read] = await eventually(
      async () =>
        withDeliveries(
          h.models,
          await h.models.OutboundMessage.find({ person: person._id }).lean(),
        ),
      ([m]) => m?.status === 'read',
    );
    expect(read?.status).toBe('read');
    expect(read!.events.map((e) => e.status).sort()).toEqual([
      'delivered',
      'read',
      'sending',
      'sent',
    ]);
  });

  it('records sending, sent and delivered for an SMS, never the initial queued twice', async () => {
    const organisation = await seedOrganisation(h.models);
    const person = await seedPerson(h.models, organisation);
    const message = await queueText(h.shiftline.runtime, {
      dedupeKey: 'sms-statuses',
      organisation,
      to: { person },
      key: 'unknown_number',
    });
    const [delivered] = await eventually(
      () => withDeliveries(h.models, [message]),
      ([m]) => m?.status === 'delivered',
    );
    expect(delivered!.events.map((e) => e.status).sort()).toEqual(['delivered', 'sending', 'sent']);
  });
});
