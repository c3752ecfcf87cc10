import twilio from 'twilio';
import { queueText } from '../../src/messaging/outbox';
import { withDeliveries } from '../support/deliveries';
import { eventually, startHarness, type Harness } from '../support/harness';
import { seedOrganisation, seedPerson } from '../support/seed';

const OVERRIDES = 'rc=5&rp=ct,rt,5xx';

describe("webhooks configured with Twilio's connection overrides", () => {
  let h: Harness;
  let organisation: Awaited<ReturnType<typeof seedOrganisation>>;
  let person: Awaited<ReturnType<typeof seedPerson>>;

  beforeAll(async () => {
    h = await startHarness({ overrides: { TWILIO_WEBHOOK_OVERRIDES: OVERRIDES } });
    organisation = await seedOrganisation(h.models);
    person = await seedPerson(h.models, organisation);
  });
  afterAll(() => h.stop());

  const messagesUrl = () => `${h.config.PUBLIC_BASE_URL}/webhooks/twilio/messages`;
  const inbound = (sid: string) => ({
    MessageSid: sid,
    AccountSid: h.config.TWILIO_ACCOUNT_SID,
    From: '+15551110077',
    To: '+15005550006',
    Body: 'HELP',
  });
  const postSignedFor = (signedUrl: string, params: Record<string, string>) =>
    fetch(messagesUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilio.getExpectedTwilioSignature(
          h.config.TWILIO_AUTH_TOKEN,
          signedUrl,
          params,
        ),
      },
      body: new URLSearchParams(params),
    });

  it('accepts a text Twilio signed over the URL with the overrides, which it never sends', async () => {
    h.twilio.setWebhookUrl(`${messagesUrl()}#${OVERRIDES}`);
    const answer = await h.twilio.phones.send(person.phone!, 'HELP');
    expect(answer.status).toBe(200);
    await h.twilio.phones.waitFor(person.phone!, 1);
  });

  it('still refuses a signature over other overrides', async () => {
    const params = inbound(`SM${'b'.repeat(32)}`);
    const answer = await postSignedFor(`${messagesUrl()}#rc=1`, params);
    expect(answer.status).toBe(403);
  });

  it('asks for status callbacks with the overrides, and takes them', async () => {
    const message = await queueText(h.shiftline.runtime, {
      dedupeKey: 'overrides',
      organisation,
      to: { person },
      key: 'unknown_number',
    });
    await h.twilio.phones.waitFor(person.phone!, 2);
    const settled = await eventually(
      async () => (await withDeliveries(h.models, [message]))[0],
      (m) => m?.status === 'delivered',
    );
    expect(settled!.status).toBe('delivered');
    const sent = h.twilio.phones.attempts().find((m) => m.sid === settled!.twilioSid);
    expect(sent?.statusCallback).toMatch(new RegExp(`/webhooks/twilio/status#${OVERRIDES}$`));
  });
});
