import twilio from 'twilio';
import { createTwilioClient } from '../../../src/messaging/twilio-client';
import { startTwilioLocal, type TwilioLocal } from '../../../src/twilio-local';

import { ACCOUNT_SID, AUTH_TOKEN, rawCreate, startReceiver, type Receiver } from './support';

const FROM = '+15005550006';
const WA_FROM = 'whatsapp:+15005550006';
const CONTENT_SID = 'HX' + 'cd'.repeat(16);
const DAY_MS = 24 * 60 * 60 * 1000;

async function until(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function control(local: TwilioLocal, method: string, path: string, body?: unknown) {
  const response = await fetch(`${local.url}/_local${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('local Twilio endpoint through the real twilio SDK', () => {
  let receiver: Receiver;
  let local: TwilioLocal;
  let client: twilio.Twilio;
  let virtualNow = Date.now();
  let statusUrl: string;
  let phoneCounter = 0;
  /** A number no other test has used, so state never leaks between tests. */
  const newPhone = () => `+1555123${String(1000 + phoneCounter++).padStart(4, '0')}`;
  const statusesOf = (sid: string) =>
    receiver.posts
      .filter((post) => post.path === '/status' && post.params.MessageSid === sid)
      .map((post) => post.params.MessageStatus);

  beforeAll(async () => {
    receiver = await startReceiver();
    statusUrl = `${receiver.url}/status`;
    local = await startTwilioLocal({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      webhookUrl: `${receiver.url}/inbound`,
      now: () => virtualNow,
      numbers: [FROM, '+15005550009'],
      templates: [{ sid: CONTENT_SID, body: 'Hello {{1}}' }],
    });
    client = createTwilioClient({
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_API_URL: local.url,
    });
  });
  afterEach(() => local.faults.reset());
  afterAll(async () => {
    await local.stop();
    await receiver.stop();
  });

  it('creates a message with an SM sid that the phone then receives', async () => {
    const to = newPhone();
    const sent = await client.messages.create({ to, from: FROM, body: 'Shift tomorrow 9-5?' });
    expect(sent.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(sent).toMatchObject({ status: 'queued', to, from: FROM, direction: 'outbound-api' });
    expect(sent.accountSid).toBe(ACCOUNT_SID);
    expect(sent.numSegments).toBe('1');
    expect(sent.errorCode).toBeNull();
    expect(sent.dateCreated.getTime()).toBe(Math.floor(virtualNow / 1000) * 1000);

    const [received] = await local.phones.waitFor(to, 1);
    expect(received).toMatchObject({ sid: sent.sid, from: FROM, to, body: 'Shift tomorrow 9-5?' });
    expect((await client.messages(sent.sid).fetch()).status).toBe('delivered');
    const attempt = local.phones.attempts().find((m) => m.sid === sent.sid);
    expect(attempt?.acceptedAt).toBe(virtualNow);
    expect(attempt?.acceptedAtRealMs).toBeGreaterThan(0);
  });

  it('answers a wrong auth token with RestException 401 code 20003', async () => {
    const wrong = createTwilioClient({
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: 'not-the-token',
      TWILIO_API_URL: local.url,
    });
    const attempt = wrong.messages.create({ to: newPhone(), from: FROM, body: 'x' });
    await expect(attempt).rejects.toBeInstanceOf(twilio.RestException);
    await expect(attempt).rejects.toMatchObject({
      status: 401,
      code: 20003,
      message: 'Authenticate',
      moreInfo: 'https://www.twilio.com/docs/errors/20003',
    });
  });

  it('validates a create like Twilio: 21604, 21603, 21602, 21211', async () => {
    const to = newPhone();
    await expect(rawCreate(local, { From: FROM, Body: 'x' })).resolves.toMatchObject({
      status: 400,
      body: { code: 21604, status: 400 },
    });
    await expect(rawCreate(local, { To: to, Body: 'x' })).resolves.toMatchObject({
      status: 400,
      body: { code: 21603 },
    });
    await expect(rawCreate(local, { To: to, From: FROM })).resolves.toMatchObject({
      status: 400,
      body: { code: 21602 },
    });
    await expect(
      client.messages.create({ to: '555-NOT-E164', from: FROM, body: 'x' }),
    ).rejects.toMatchObject({ status: 400, code: 21211 });
    expect(local.phones.attempts().filter((m) => m.to === to)).toHaveLength(0);
  });

  it('answers rateLimit(2) with two 429s code 20429, then accepts', async () => {
    local.faults.rateLimit(2);
    const create = () => client.messages.create({ to: newPhone(), from: FROM, body: 'x' });
    await expect(create()).rejects.toMatchObject({ status: 429, code: 20429 });
    await expect(create()).rejects.toMatchObject({ status: 429, code: 20429 });
    await expect(create()).resolves.toMatchObject({ status: 'queued' });
  });

  it('answers serverError(1) with one 500, then accepts', async () => {
    local.faults.serverError(1);
    const create = () => client.messages.create({ to: newPhone(), from: FROM, body: 'x' });
    await expect(create()).rejects.toMatchObject({ status: 500, code: 20500 });
    await expect(create()).resolves.toMatchObject({ status: 'queued' });
  });

  it('refuses at create the numbers failFor marks 21211 or 21610', async () => {
    const invalid = newPhone();
    const unsubscribed = newPhone();
    local.faults.failFor(invalid, 21211);
    local.faults.failFor(unsubscribed, 21610);
    await expect(
      client.messages.create({ to: invalid, from: FROM, body: 'x' }),
    ).rejects.toMatchObject({ status: 400, code: 21211 });
    await expect(
      client.messages.create({ to: unsubscribed, from: FROM, body: 'x' }),
    ).rejects.toMatchObject({ status: 400, code: 21610 });
    expect(local.phones.attempts().filter((m) => [invalid, unsubscribed].includes(m.to))).toEqual(
      [],
    );
  });

  it('accepts a failFor 30006 number, then calls back undelivered with ErrorCode 30006', async () => {
    const landline = newPhone();
    local.faults.failFor(landline, 30006);
    const sent = await client.messages.create({
      to: landline,
      from: FROM,
      body: 'x',
      statusCallback: statusUrl,
    });
    expect(sent.status).toBe('queued');
    const callbacks = await receiver.waitFor(
      (post) => post.params.MessageSid === sent.sid && post.params.MessageStatus === 'undelivered',
    );
    expect(callbacks[0]?.params.ErrorCode).toBe('30006');
    expect(statusesOf(sent.sid)).toEqual(['sending', 'sent', 'undelivered']);
    expect(local.phones.received(landline)).toEqual([]);
    expect(await client.messages(sent.sid).fetch()).toMatchObject({
      status: 'undelivered',
      errorCode: 30006,
    });
  });

  it('marks undeliveredFor numbers undelivered with ErrorCode 30003', async () => {
    const unreachable = newPhone();
    local.faults.undeliveredFor(unreachable);
    const sent = await client.messages.create({
      to: unreachable,
      from: FROM,
      body: 'x',
      statusCallback: statusUrl,
    });
    const [final] = await receiver.waitFor(
      (post) => post.params.MessageSid === sent.sid && post.params.MessageStatus === 'undelivered',
    );
    expect(final?.params.ErrorCode).toBe('30003');
  });

  it('posts sending, sent then delivered callbacks, signed so twilio.validateRequest accepts them', async () => {
    const to = newPhone();
    const sent = await client.messages.create({
      to,
      from: FROM,
      body: 'x',
      statusCallback: statusUrl,
    });
    const callbacks = await receiver.waitFor((post) => post.params.MessageSid === sent.sid, 3);
    expect(callbacks.map((post) => post.params.MessageStatus)).toEqual([
      'sending',
      'sent',
      'delivered',
    ]);
    for (const callback of callbacks) {
      expect(callback.validSignature).toBe(true);
      expect(callback.params).toMatchObject({
        MessageSid: sent.sid,
        SmsSid: sent.sid,
        SmsStatus: callback.params.MessageStatus,
        AccountSid: ACCOUNT_SID,
        From: FROM,
        To: to,
        ApiVersion: '2010-04-01',
      });
      expect(callback.params.ErrorCode).toBeUndefined();
    }
  });

  it('posts callbacks newest first with outOfOrderCallbacks: delivered, sent, sending', async () => {
    local.faults.outOfOrderCallbacks(true);
    const sent = await client.messages.create({
      to: newPhone(),
      from: FROM,
      body: 'x',
      statusCallback: statusUrl,
    });
    await receiver.waitFor((post) => post.params.MessageSid === sent.sid, 3);
    expect(statusesOf(sent.sid)).toEqual(['delivered', 'sent', 'sending']);
  });

  it('survives a status callback URL that refuses connections', async () => {
    const to = newPhone();
    await client.messages.create({
      to,
      from: FROM,
      body: 'x',
      statusCallback: 'http://127.0.0.1:1/status',
    });
    await local.phones.waitFor(to, 1);
    await expect(
      client.messages.create({ to: newPhone(), from: FROM, body: 'still up' }),
    ).resolves.toMatchObject({ status: 'queued' });
  });

  it('texts Shiftline with a validly signed webhook carrying Twilio fields', async () => {
    const phone = newPhone();
    const answer = await local.phones.send(phone, 'Hello there');
    expect(answer.status).toBe(200);
    expect(answer.messageSid).toMatch(/^SM[0-9a-f]{32}$/);
    const [webhook] = await receiver.waitFor((post) => post.params.From === phone);
    expect(webhook?.path).toBe('/inbound');
    expect(webhook?.validSignature).toBe(true);
    expect(webhook?.params).toMatchObject({
      MessageSid: answer.messageSid,
      SmsMessageSid: answer.messageSid,
      AccountSid: ACCOUNT_SID,
      From: phone,
      To: FROM,
      Body: 'Hello there',
      NumMedia: '0',
      NumSegments: '1',
      SmsStatus: 'received',
      ApiVersion: '2010-04-01',
    });
    expect(webhook?.params.MessagingServiceSid).toBeUndefined();
    expect(webhook?.params.OptOutType).toBeUndefined();
    expect(webhook?.params.ProfileName).toBeUndefined();
  });

  it('sends a reply to the number Shiftline last texted the phone from', async () => {
    const phone = newPhone();
    await client.messages.create({ to: phone, from: '+15005550009', body: 'offer' });
    await local.phones.send(phone, 'YES');
    const [webhook] = await receiver.waitFor((post) => post.params.From === phone);
    expect(webhook?.params.To).toBe('+15005550009');
  });

  it('posts the identical webhook 3 times with duplicateWebhooks(3)', async () => {
    local.faults.duplicateWebhooks(3);
    const phone = newPhone();
    const { messageSid } = await local.phones.send(phone, 'hi');
    const webhooks = await receiver.waitFor((post) => post.params.From === phone, 3);
    expect(webhooks).toHaveLength(3);
    expect(new Set(webhooks.map((post) => post.params.MessageSid))).toEqual(new Set([messageSid]));
    expect(webhooks.every((post) => post.validSignature)).toBe(true);
  });

  it('opts a phone out of the number it texted STOP (21610, no OptOutType) and back in on START', async () => {
    const phone = newPhone();
    await local.phones.send(phone, ' stop ', { to: FROM });
    const [stop] = await receiver.waitFor((post) => post.params.From === phone);
    expect(stop?.params.OptOutType).toBeUndefined();
    expect(local.phones.isOptedOut(phone)).toBe(true);
    await expect(
      client.messages.create({ to: phone, from: FROM, body: 'x' }),
    ).rejects.toMatchObject({ status: 400, code: 21610 });

    await local.phones.send(phone, 'START', { to: FROM });
    const posts = await receiver.waitFor((post) => post.params.From === phone, 2);
    expect(posts[1]?.params.OptOutType).toBeUndefined();
    expect(local.phones.isOptedOut(phone)).toBe(false);
    await expect(
      client.messages.create({ to: phone, from: FROM, body: 'welcome back' }),
    ).resolves.toMatchObject({ status: 'queued' });
  });

  it('sends no OptOutType without Advanced Opt-Out and ignores keywords inside longer texts', async () => {
    const phone = newPhone();
    await local.phones.send(phone, 'HELP');
    await local.phones.send(phone, 'please stop');
    await local.phones.send(phone, 'yes');
    const posts = await receiver.waitFor((post) => post.params.From === phone, 3);
    expect(posts.map((post) => post.params.OptOutType)).toEqual([undefined, undefined, undefined]);
    expect(local.phones.isOptedOut(phone)).toBe(false);
  });

  it('fails a WhatsApp free-form text outside the 24 h window with 63016, delivers a template', async () => {
    const phone = `whatsapp:${newPhone()}`;
    const freeForm = await client.messages.create({
      to: phone,
      from: WA_FROM,
      body: 'free form',
      statusCallback: statusUrl,
    });
    expect(freeForm.status).toBe('queued');
    const [failed] = await receiver.waitFor(
      (post) => post.params.MessageSid === freeForm.sid && post.params.MessageStatus === 'failed',
    );
    expect(failed?.params.ErrorCode).toBe('63016');
    expect(statusesOf(freeForm.sid)).toEqual(['failed']);

    const template = await client.messages.create({
      to: phone,
      from: WA_FROM,
      contentSid: CONTENT_SID,
      contentVariables: JSON.stringify({ 1: 'Maria' }),
      statusCallback: statusUrl,
    });
    const [received] = await local.phones.waitFor(phone, 1);
    expect(received).toMatchObject({
      sid: template.sid,
      contentSid: CONTENT_SID,
      contentVariables: '{"1":"Maria"}',
    });
    // A delivered WhatsApp message is then read: either status says it arrived.
    expect(local.phones.attempts().find((m) => m.sid === template.sid)).toMatchObject({
      contentSid: CONTENT_SID,
      status: expect.stringMatching(/^(delivered|read)$/),
    });
  });

  it('delivers WhatsApp free-form within 24 h of the phone texting, by the virtual clock', async () => {
    const phone = `whatsapp:${newPhone()}`;
    await local.phones.send(phone, 'hola', { profileName: 'Maria' });
    const [webhook] = await receiver.waitFor((post) => post.params.From === phone);
    expect(webhook?.params).toMatchObject({
      To: WA_FROM,
      ProfileName: 'Maria',
      WaId: phone.slice('whatsapp:+'.length),
    });

    const inside = await client.messages.create({ to: phone, from: WA_FROM, body: 'reply' });
    await local.phones.waitFor(phone, 1);
    virtualNow += DAY_MS + 1;
    const outside = await client.messages.create({ to: phone, from: WA_FROM, body: 'late' });
    await until(() =>
      local.phones.attempts().some((m) => m.sid === outside.sid && m.status === 'failed'),
    );
    expect(local.phones.received(phone).map((m) => m.sid)).toEqual([inside.sid]);
    expect(local.phones.attempts().find((m) => m.sid === outside.sid)?.errorCode).toBe(63016);
  });

  it('makes every API answer wait with delay(ms)', async () => {
    local.faults.delay(150);
    const started = Date.now();
    await client.messages.create({ to: newPhone(), from: FROM, body: 'x' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers an unknown message sid with 404 code 20404', async () => {
    await expect(client.messages('SM' + '0'.repeat(32)).fetch()).rejects.toMatchObject({
      status: 404,
      code: 20404,
    });
  });

  it('drives phones and faults through the /_local control API', async () => {
    const phone = newPhone();
    const sent = await control(local, 'POST', `/phones/${phone}/messages`, { body: 'via http' });
    expect(sent).toMatchObject({ status: 200, body: { status: 200 } });
    await receiver.waitFor((post) => post.params.From === phone && post.params.Body === 'via http');

    const message = await client.messages.create({ to: phone, from: FROM, body: 'answer' });
    await local.phones.waitFor(phone, 1);
    const inbox = await control(local, 'GET', `/phones/${encodeURIComponent(phone)}/messages`);
    expect(inbox.body).toEqual([expect.objectContaining({ sid: message.sid, body: 'answer' })]);
    const attempts = await control(local, 'GET', '/messages');
    expect(attempts.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ sid: message.sid })]),
    );

    expect((await control(local, 'POST', '/faults', { fault: 'rateLimit', count: 1 })).status).toBe(
      204,
    );
    await expect(
      client.messages.create({ to: phone, from: FROM, body: 'x' }),
    ).rejects.toMatchObject({ status: 429 });
    await control(local, 'POST', '/faults', { fault: 'serverError', count: 5 });
    expect((await control(local, 'POST', '/faults/reset')).status).toBe(204);
    await expect(
      client.messages.create({ to: phone, from: FROM, body: 'x' }),
    ).resolves.toMatchObject({ status: 'queued' });
  });

  it('rejects invalid control API input with 400 and a reason', async () => {
    const bad: Array<[string, string, unknown]> = [
      ['POST', '/phones/not-a-number/messages', { body: 'x' }],
      ['POST', '/phones/+15551230001/messages', { text: 'x' }],
      ['POST', '/phones/+15551230001/messages', '{not json'],
      ['POST', '/faults', { fault: 'rateLimit', count: -1 }],
      ['POST', '/faults', { fault: 'failFor', to: '+15551230001', code: 12345 }],
      ['POST', '/faults', { fault: 'meteorStrike' }],
      ['PUT', '/webhook', { url: 'ftp://example.org' }],
    ];
    for (const [method, path, body] of bad) {
      const answer = await control(local, method, path, body);
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(answer.body).toMatchObject({ error: expect.any(String) });
    }
  });
});

describe('local Twilio endpoint lifecycle', () => {
  it('stops with status callbacks still pending and frees its port', async () => {
    const local = await startTwilioLocal({
      accountSid: ACCOUNT_SID,
      authToken: AUTH_TOKEN,
      statusDelayMs: 10_000,
    });
    const client = createTwilioClient({
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_API_URL: local.url,
    });
    await client.messages.create({ to: '+15551239999', from: FROM, body: 'x' });
    await expect(local.phones.send('+15551239999', 'hi')).rejects.toThrow(/no webhook URL/);
    await local.stop();
    await expect(fetch(`${local.url}/_local/messages`)).rejects.toThrow();
  });
});
