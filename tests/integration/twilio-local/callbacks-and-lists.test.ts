import { ACCOUNT_SID, newPhone, rawCreate, startConformance, type Conformance } from './support';

const FROM = '+15005550006';
const SERVICE = 'MG' + 'ab'.repeat(16);
const DAY_MS = 24 * 60 * 60 * 1000;

// Status callbacks (twilio.com/docs/messaging/guides/outbound-message-status-in-status-callbacks):
// none for a message's initial status (queued, or accepted through a Messaging Service, which
// then calls back queued); then sending, sent and the outcome; a WhatsApp message may go on to
// read. Messages list (twilio-oai spec/json/twilio_api_v2010.json): To, From, DateSent,
// DateSent<, DateSent>, PageSize, Page, PageToken; newest first.
describe('local Twilio endpoint: status callbacks and the Messages list', () => {
  let c: Conformance;
  let virtualNow = Date.parse('2026-03-10T12:00:00Z');

  beforeAll(async () => {
    c = await startConformance({ now: () => virtualNow });
  });
  afterAll(() => c.stop());

  it('calls back sending, sent, delivered for an SMS, never the initial queued', async () => {
    const sent = await c.client.messages.create({
      to: newPhone(),
      from: FROM,
      body: 'x',
      statusCallback: c.statusUrl,
    });
    expect(sent.status).toBe('queued');
    const posts = await c.receiver.waitFor((post) => post.params.MessageSid === sent.sid, 3);
    expect(posts.map((post) => post.params.MessageStatus)).toEqual([
      'sending',
      'sent',
      'delivered',
    ]);
    expect(posts[2]?.params.RawDlrDoneDate).toMatch(/^\d{10}$/);
    expect(posts[0]?.params.RawDlrDoneDate).toBeUndefined();
    expect(posts.every((post) => post.validSignature)).toBe(true);
  });

  it('calls back queued for a message accepted through a Messaging Service', async () => {
    const sent = await c.client.messages.create({
      to: newPhone(),
      messagingServiceSid: SERVICE,
      body: 'x',
      statusCallback: c.statusUrl,
    });
    expect(sent.status).toBe('accepted');
    const posts = await c.receiver.waitFor((post) => post.params.MessageSid === sent.sid, 4);
    expect(posts.map((post) => post.params.MessageStatus)).toEqual([
      'queued',
      'sending',
      'sent',
      'delivered',
    ]);
    expect(posts[0]?.params.MessagingServiceSid).toBe(SERVICE);
  });

  it('calls back read after delivered on WhatsApp, with the channel fields', async () => {
    const phone = `whatsapp:${newPhone()}`;
    await c.local.phones.send(phone, 'hola', { to: `whatsapp:${FROM}` });
    const sent = await c.client.messages.create({
      to: phone,
      from: `whatsapp:${FROM}`,
      body: 'x',
      statusCallback: c.statusUrl,
    });
    const posts = await c.receiver.waitFor((post) => post.params.MessageSid === sent.sid, 4);
    expect(posts.map((post) => post.params.MessageStatus)).toEqual([
      'sending',
      'sent',
      'delivered',
      'read',
    ]);
    for (const post of posts) {
      expect(post.params).toMatchObject({
        ChannelPrefix: 'whatsapp',
        ChannelToAddress: phone.slice('whatsapp:'.length),
        To: phone,
      });
      expect(post.params.ChannelInstallSid).toMatch(/^XE[0-9a-f]{32}$/);
    }
  });

  it('refuses a StatusCallback whose host has an underscore with 400 code 21609', async () => {
    const answer = await rawCreate(c.local, {
      To: newPhone(),
      From: FROM,
      Body: 'x',
      StatusCallback: 'https://my_host.example.org/status',
    });
    expect(answer).toMatchObject({ status: 400, body: { code: 21609 } });
  });

  it('filters the list by DateSent, on, before and after a day', async () => {
    const to = newPhone();
    const sids: string[] = [];
    for (const day of ['2026-03-10', '2026-03-11', '2026-03-12']) {
      virtualNow = Date.parse(`${day}T12:00:00Z`);
      const sent = await c.client.messages.create({ to, from: FROM, body: day });
      sids.push(sent.sid);
      await c.local.phones.waitFor(to, sids.length);
    }
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const on = await c.client.messages.list({ to, dateSent: day('2026-03-11') });
    expect(on.map((m) => m.body)).toEqual(['2026-03-11']);
    const before = await c.client.messages.list({ to, dateSentBefore: day('2026-03-11') });
    expect(before.map((m) => m.body)).toEqual(['2026-03-10']);
    const after = await c.client.messages.list({ to, dateSentAfter: day('2026-03-11') });
    expect(after.map((m) => m.body)).toEqual(['2026-03-12', '2026-03-11']);
    virtualNow += DAY_MS;
  });

  it('pages the list newest first; the SDK follows next_page_uri to the end', async () => {
    const to = newPhone();
    for (let i = 1; i <= 5; i += 1)
      await c.client.messages.create({ to, from: FROM, body: `${i}` });
    const first = await c.client.messages.page({ to, pageSize: 2 });
    expect(first.instances.map((m) => m.body)).toEqual(['5', '4']);
    const second = await first.nextPage();
    expect(second?.instances.map((m) => m.body)).toEqual(['3', '2']);
    const all = await c.client.messages.list({ to, pageSize: 2 });
    expect(all.map((m) => m.body)).toEqual(['5', '4', '3', '2', '1']);
    expect(all.every((m) => m.accountSid === ACCOUNT_SID)).toBe(true);
  });
});
