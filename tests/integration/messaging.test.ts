import twilio from 'twilio';
import { queueText } from '../../src/messaging/outbox';
import { withDeliveries } from '../support/deliveries';
import { eventually, sleep, startHarness, type Harness } from '../support/harness';
import { seedOrganisation, seedPerson, testNumber } from '../support/seed';
import { sampleVars } from '../unit/i18n/catalogue-fixture';

const SID = (n: number) => `SM${n.toString(16).padStart(32, '0')}`;

describe('messaging through the local Twilio endpoint', () => {
  let h: Harness;
  let organisation: Awaited<ReturnType<typeof seedOrganisation>>;

  beforeAll(async () => {
    h = await startHarness();
    organisation = await seedOrganisation(h.models, {
      whatsappNumbers: ['+15005550007'],
      whatsappTemplates: { default: 'HX' + 'a'.repeat(32) },
    });
  });
  afterAll(() => h.stop());
  afterEach(() => h.twilio.faults.reset());

  const webhookUrl = () => `${h.config.PUBLIC_BASE_URL}/webhooks/twilio/messages`;
  const post = (params: Record<string, string>, signature?: string) =>
    fetch(webhookUrl(), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(signature ? { 'x-twilio-signature': signature } : {}),
      },
      body: new URLSearchParams(params),
    });
  const signed = (params: Record<string, string>) =>
    post(
      params,
      twilio.getExpectedTwilioSignature(h.config.TWILIO_AUTH_TOKEN, webhookUrl(), params),
    );
  const inbound = (n: number, from: string, body: string) => ({
    MessageSid: SID(n),
    AccountSid: h.config.TWILIO_ACCOUNT_SID,
    From: from,
    To: '+15005550006',
    Body: body,
  });

  it('rejects a forged signature with 403 and stores nothing', async () => {
    const params = inbound(1, '+15551110001', 'HELP');
    const forged = await post(
      params,
      twilio.getExpectedTwilioSignature('wrong-token', webhookUrl(), params),
    );
    const missing = await post(params);
    expect([forged.status, missing.status]).toEqual([403, 403]);
    expect(await h.models.InboundReceipt.countDocuments({ messageSid: SID(1) })).toBe(0);
    expect(await h.models.InboundMessage.countDocuments({ messageSid: SID(1) })).toBe(0);
  });

  it('answers a signed but malformed webhook with 400 and the reason, storing nothing', async () => {
    const res = await signed({
      AccountSid: h.config.TWILIO_ACCOUNT_SID,
      From: '+15551110001',
      To: '+15005550006',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: 'invalid incoming message',
      details: [{ path: 'MessageSid' }],
    });
    const notForm = await fetch(webhookUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"$where":"1"}',
    });
    expect(notForm.status).toBe(403);
    expect(await h.models.InboundReceipt.countDocuments()).toBe(0);
    expect(await h.models.InboundMessage.countDocuments()).toBe(0);
  });

  it('records a webhook delivered 3 times once and replies once', async () => {
    const person = await seedPerson(h.models, organisation);
    h.twilio.faults.duplicateWebhooks(3);
    const { messageSid } = await h.twilio.phones.send(person.phone!, 'HELP');
    await h.twilio.phones.waitFor(person.phone!, 1);
    await sleep(500);
    expect(await h.models.InboundReceipt.countDocuments({ messageSid })).toBe(1);
    expect(await h.models.InboundMessage.countDocuments({ messageSid })).toBe(1);
    expect(h.twilio.phones.received(person.phone!)).toHaveLength(1);
    expect(h.twilio.phones.received(person.phone!)[0]!.body).toContain('555-0100');
  });

  it('answers a text in the person language and switches language on request', async () => {
    const person = await seedPerson(h.models, organisation, { language: 'fr' });
    await h.twilio.phones.send(person.phone!, 'ESPAÑOL');
    const [switched] = await h.twilio.phones.waitFor(person.phone!, 1);
    expect((await h.models.Person.findById(person._id))!.language).toBe('es');
    await h.twilio.phones.send(person.phone!, 'blah blah');
    const replies = await h.twilio.phones.waitFor(person.phone!, 2);
    expect(switched!.body).not.toEqual(replies[1]!.body);
    const rendered = await h.models.OutboundMessage.find({ person: person._id }).sort({
      createdAt: 1,
    });
    expect(rendered.map((m) => [m.key, m.language])).toEqual([
      ['language_switched', 'es'],
      ['fallback', 'es'],
    ]);
  });

  it('answers an unknown number politely with how to reach the organisation, and lists it', async () => {
    const stranger = testNumber();
    const { messageSid } = await h.twilio.phones.send(stranger, 'hi is this the food bank');
    const [reply] = await h.twilio.phones.waitFor(stranger, 1);
    expect(reply!.body).toContain('555-0100');
    const recorded = await eventually(
      () => h.models.InboundMessage.findOne({ messageSid }).lean(),
      (m) => m?.outcome === 'unknown_sender',
    );
    expect(recorded).toMatchObject({ unknownSender: true, outcome: 'unknown_sender' });
  });

  it('retries 429s and the text arrives', async () => {
    const person = await seedPerson(h.models, organisation);
    h.twilio.faults.rateLimit(3);
    await queueText(h.shiftline.runtime, {
      dedupeKey: 'retry-429',
      organisation,
      to: { person },
      key: 'unknown_number',
    });
    const [received] = await h.twilio.phones.waitFor(person.phone!, 1, 20_000);
    expect(received!.body).toContain('555-0100');
  });

  it('sends the same effect enqueued twice once', async () => {
    const person = await seedPerson(h.models, organisation);
    const request = {
      dedupeKey: 'twice',
      organisation,
      to: { person },
      key: 'unknown_number' as const,
    };
    await Promise.all([
      queueText(h.shiftline.runtime, request),
      queueText(h.shiftline.runtime, request),
    ]);
    await h.twilio.phones.waitFor(person.phone!, 1);
    await sleep(500);
    expect(h.twilio.phones.received(person.phone!)).toHaveLength(1);
  });

  it('never holds a text back as a repeat of itself: the same text asked for twice is one text', async () => {
    const person = await seedPerson(h.models, organisation);
    const { lastTexts } = h.shiftline.runtime;
    const text = {
      key: 'unfilled.coordinator',
      body: 'Unfilled: …',
      dedupeKey: 'shift:1:unfilled',
    };
    expect(await lastTexts.repeats(person.id as string, text)).toBe(false);
    // Two offers closing at once both report the shift: the second ask is the same text, which
    // the first may be recording this moment. Only other text in the same words is a repeat.
    expect(await lastTexts.repeats(person.id as string, text)).toBe(false);
    expect(
      await lastTexts.repeats(person.id as string, { ...text, dedupeKey: 'shift:2:unfilled' }),
    ).toBe(true);
  });

  it('marks the person opted out when Twilio answers 21610, without retrying', async () => {
    const person = await seedPerson(h.models, organisation);
    h.twilio.faults.failFor(person.phone!, 21610);
    const message = await queueText(h.shiftline.runtime, {
      dedupeKey: 'e21610',
      organisation,
      to: { person },
      key: 'unknown_number',
    });
    const optedOut = await eventually(
      () => h.models.Person.findById(person._id).lean(),
      (p) => Boolean(p?.optedOut),
    );
    expect(optedOut!.optedOut).toBe(true);
    expect(await h.models.SendOutcome.findById(message._id).lean()).toMatchObject({
      status: 'failed',
      errorCode: 21610,
    });
    expect(h.twilio.phones.attempts().filter((m) => m.to === person.phone)).toHaveLength(0);
  });

  it('sends nothing after STOP, whatever was queued, and resumes after START', async () => {
    const person = await seedPerson(h.models, organisation);
    await h.twilio.phones.send(person.phone!, 'STOP');
    // Twilio blocks the number the STOP was sent to, and so does Shiftline.
    const stopped = await eventually(
      () => h.models.Person.findById(person._id).lean(),
      (p) => (p?.optedOutOf ?? []).length > 0,
    );
    expect(stopped!.optedOutOf).toEqual(organisation.smsNumbers);
    const queued = await queueText(h.shiftline.runtime, {
      dedupeKey: 'after-stop',
      organisation,
      to: { person },
      key: 'unknown_number',
    });
    const suppressed = await eventually(
      () => h.models.SendOutcome.findById(queued._id).lean(),
      (m) => Boolean(m?.suppressed),
    );
    expect(suppressed!.suppressed).toBe('opted_out');
    expect(h.twilio.phones.attempts().filter((m) => m.to === person.phone)).toHaveLength(0);

    await h.twilio.phones.send(person.phone!, 'START');
    const [welcome] = await h.twilio.phones.waitFor(person.phone!, 1);
    const welcomed = await h.models.SendOutcome.findOne({ twilioSid: welcome!.sid }).lean();
    expect((await h.models.OutboundMessage.findById(welcomed!._id).lean())!.key).toBe('opted_in');
    expect(await h.models.Person.findById(person._id).lean()).toMatchObject({
      optedOut: false,
      optedOutOf: [],
    });
  });

  it('sends a WhatsApp template outside the 24-hour window', async () => {
    const number = testNumber();
    const person = await seedPerson(h.models, organisation, {
      phone: undefined,
      whatsapp: number,
      channel: 'whatsapp',
      whatsappChannel: { lastInboundAt: new Date(Date.now() - 25 * 3600 * 1000) },
    });
    await queueText(h.shiftline.runtime, {
      dedupeKey: 'wa-template',
      organisation,
      to: { person },
      key: 'unknown_number',
    });
    const [received] = await h.twilio.phones.waitFor(`whatsapp:${number}`, 1);
    expect(received!.contentSid).toBe('HX' + 'a'.repeat(32));
  });

  it('sends WhatsApp free-form text inside the window', async () => {
    const number = testNumber();
    await seedPerson(h.models, organisation, {
      phone: undefined,
      whatsapp: number,
      channel: 'whatsapp',
    });
    await h.twilio.phones.send(`whatsapp:${number}`, 'HELP', { to: 'whatsapp:+15005550007' });
    const [received] = await h.twilio.phones.waitFor(`whatsapp:${number}`, 1);
    expect(received!.contentSid).toBeFalsy();
    expect(received!.body).toContain('555-0100');
  });

  it('falls back to SMS outside the window when there is no template', async () => {
    const bare = await seedOrganisation(h.models, {
      name: 'No Templates',
      smsNumbers: ['+15005550008'],
    });
    const number = testNumber();
    const person = await seedPerson(h.models, bare, {
      phone: number,
      whatsapp: number,
      channel: 'whatsapp',
    });
    await queueText(h.shiftline.runtime, {
      dedupeKey: 'wa-fallback',
      organisation: bare,
      to: { person },
      key: 'unknown_number',
    });
    const [received] = await h.twilio.phones.waitFor(number, 1);
    expect(received!.to).toBe(number);
  });

  it('settles on delivered when callbacks arrive out of order', async () => {
    const person = await seedPerson(h.models, organisation);
    h.twilio.faults.outOfOrderCallbacks(true);
    const message = await queueText(h.shiftline.runtime, {
      dedupeKey: 'ooo',
      organisation,
      to: { person },
      key: 'unknown_number',
    });
    await h.twilio.phones.waitFor(person.phone!, 1);
    await sleep(300);
    const settled = await eventually(
      async () => (await withDeliveries(h.models, [message]))[0],
      (m) => m?.status === 'delivered',
    );
    expect(settled!.status).toBe('delivered');
    const events = await h.models.MessageStatusEvent.find({ twilioSid: settled!.twilioSid }).lean();
    expect(events.map((e) => e.status).sort()).toEqual(
      expect.arrayContaining(['delivered', 'sent']),
    );
  });

  it('marks a landline (30006) and stops using that number', async () => {
    const person = await seedPerson(h.models, organisation);
    h.twilio.faults.failFor(person.phone!, 30006);
    await queueText(h.shiftline.runtime, {
      dedupeKey: 'landline',
      organisation,
      to: { person },
      key: 'unknown_number',
    });
    const marked = await eventually(
      () => h.models.Person.findById(person._id).lean(),
      (p) => p?.sms?.state === 'landline',
    );
    expect(marked!.sms!.state).toBe('landline');
    const next = await queueText(h.shiftline.runtime, {
      dedupeKey: 'landline-2',
      organisation,
      to: { person },
      key: 'opted_in',
    });
    const suppressed = await eventually(
      () => h.models.SendOutcome.findById(next._id).lean(),
      (m) => Boolean(m?.suppressed),
    );
    expect(suppressed!.suppressed).toBe('channel_unusable');
  });
});

describe('send pacing', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ overrides: { SEND_RATE_PER_SECOND: '10' } });
  });
  afterAll(() => h.stop());

  /** Seeds a person, queues them one text, and waits until Twilio has it. */
  async function textOnePerson(
    organisation: Awaited<ReturnType<typeof seedOrganisation>>,
    dedupeKey: string,
    key: 'unknown_number' | 'reminder',
  ) {
    const person = await seedPerson(h.models, organisation);
    const vars = key === 'reminder' ? { vars: sampleVars(key, 'en') } : {};
    const message = await queueText(h.shiftline.runtime, {
      dedupeKey,
      organisation,
      to: { person },
      key,
      ...vars,
    });
    await h.twilio.phones.waitFor(person.phone!, 1, 10_000);
    return message;
  }

  /** How many of `others` the pacer handed to Twilio after `first` (or never). */
  async function handedAfter(first: { _id: unknown }, others: Array<{ _id: unknown }>) {
    const handedAt = async (id: unknown) =>
      (await h.models.SendOutcome.findById(id).lean())?.pacedAt?.getTime() ?? Infinity;
    const firstAt = await handedAt(first._id);
    return (await Promise.all(others.map((o) => handedAt(o._id)))).filter((t) => t > firstAt)
      .length;
  }

  it('hands 100 texts queued at once to Twilio at 10 per second: the last ≥ 9.9 s after the first', async () => {
    const organisation = await seedOrganisation(h.models);
    const people = await Promise.all(
      Array.from({ length: 100 }, () => seedPerson(h.models, organisation)),
    );
    const queuedAt = Date.now();
    await Promise.all(
      people.map((person, i) =>
        queueText(h.shiftline.runtime, {
          dedupeKey: `pace-${i}`,
          organisation,
          to: { person },
          key: 'unknown_number',
        }),
      ),
    );
    for (const person of people) {
      await h.twilio.phones.waitFor(person.phone!, 1, 30_000);
    }
    expect(Date.now() - queuedAt).toBeGreaterThanOrEqual(9_900);
    expect(h.twilio.phones.attempts()).toHaveLength(100);
    // Hand-off grants, on the pacer's clock: never two within 1/10 s of each other.
    const handedOff = (await h.models.SendOutcome.find({}, { pacedAt: 1 }).lean())
      .map((m) => m.pacedAt!.getTime())
      .sort((a, b) => a - b);
    const gaps = handedOff.slice(1).map((t, i) => t - handedOff[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(100);
    expect(handedOff[99]! - handedOff[0]!).toBeGreaterThanOrEqual(9_900);
  }, 60_000);

  it('hands an answer to Twilio ahead of a broadcast queued before it', async () => {
    const organisation = await seedOrganisation(h.models);
    const invited = await Promise.all(
      Array.from({ length: 60 }, () => seedPerson(h.models, organisation)),
    );
    const offers = await Promise.all(
      invited.map((person, i) =>
        queueText(h.shiftline.runtime, {
          dedupeKey: `broadcast-${i}`,
          organisation,
          to: { person },
          key: 'offer.new',
          vars: sampleVars('offer.new', 'en'),
        }),
      ),
    );
    await h.twilio.phones.waitFor(invited[0]!.phone!, 1, 10_000);
    const answer = await textOnePerson(organisation, 'answer', 'unknown_number');
    // Only the offers already sent or taken by the worker go first: most wait for the answer.
    expect(await handedAfter(answer, offers)).toBeGreaterThanOrEqual(30);
  }, 60_000);

  it('hands a reminder to Twilio ahead of answers queued before it', async () => {
    const organisation = await seedOrganisation(h.models, { smsNumbers: ['+15005550073'] });
    const texters = await Promise.all(
      Array.from({ length: 30 }, () => seedPerson(h.models, organisation)),
    );
    const answers = await Promise.all(
      texters.map((person, i) =>
        queueText(h.shiftline.runtime, {
          dedupeKey: `reply-before-reminder-${i}`,
          organisation,
          to: { person },
          key: 'unknown_number',
        }),
      ),
    );
    await h.twilio.phones.waitFor(texters[0]!.phone!, 1, 10_000);
    const reminder = await textOnePerson(organisation, 'reminder', 'reminder');
    expect(await handedAfter(reminder, answers)).toBeGreaterThanOrEqual(20);
  }, 60_000);

  it("hands another sender's text to Twilio while one sender's backlog still waits its pace", async () => {
    const busy = await seedOrganisation(h.models, { smsNumbers: ['+15005550071'] });
    const crowd = await Promise.all(Array.from({ length: 60 }, () => seedPerson(h.models, busy)));
    await Promise.all(
      crowd.map((person, i) =>
        queueText(h.shiftline.runtime, {
          dedupeKey: `backlog-${i}`,
          organisation: busy,
          to: { person },
          key: 'unknown_number',
        }),
      ),
    );
    await h.twilio.phones.waitFor(crowd[0]!.phone!, 1, 10_000);
    const other = await seedOrganisation(h.models, { smsNumbers: ['+15005550072'] });
    await textOnePerson(other, 'other-sender', 'unknown_number');
    const backlogLeft = crowd.filter((p) => h.twilio.phones.received(p.phone!).length === 0);
    // The backlog takes 6 s at 10 a second: this text waited for no place of it.
    expect(backlogLeft.length).toBeGreaterThanOrEqual(30);
  }, 60_000);
});
