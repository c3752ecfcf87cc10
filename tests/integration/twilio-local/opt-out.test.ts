import { newPhone, startConformance, type Conformance } from './support';

const A = '+15005550006';
const B = '+15005550016';

// Twilio's default keyword handling (help.twilio.com/articles/223134027, "Twilio support for
// opt-out keywords"): a whole-message STOP word blocks the number it was sent to and no other;
// START, YES or UNSTOP unblock it; the webhook still arrives, without OptOutType. Advanced
// Opt-Out (twilio.com/docs/messaging/tutorials/advanced-opt-out and
// help.twilio.com/articles/31560110671259): keywords apply to the whole Messaging Service,
// WhatsApp included, can be replaced except STOP, START and HELP, and the webhook carries
// OptOutType and the MessagingServiceSid.
describe("local Twilio endpoint: Twilio's default opt-out handling", () => {
  let c: Conformance;

  beforeAll(async () => {
    c = await startConformance({ numbers: [A, B] });
  });
  afterAll(() => c.stop());

  const send = (to: string, from: string) => c.client.messages.create({ to, from, body: 'x' });

  it('blocks only the number that got the STOP, and the webhook has no OptOutType', async () => {
    const phone = newPhone();
    await c.local.phones.send(phone, 'Stop', { to: A });
    const [webhook] = await c.receiver.waitFor((post) => post.params.From === phone);
    expect(webhook?.params.Body).toBe('Stop');
    expect(webhook?.params.OptOutType).toBeUndefined();
    await expect(send(phone, A)).rejects.toMatchObject({ status: 400, code: 21610 });
    await expect(send(phone, B)).resolves.toMatchObject({ status: 'queued' });
  });

  it.each(['STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'])(
    'blocks on %s too',
    async (word) => {
      const phone = newPhone();
      await c.local.phones.send(phone, word.toLowerCase(), { to: A });
      await expect(send(phone, A)).rejects.toMatchObject({ code: 21610 });
    },
  );

  it.each(['START', 'YES', 'UNSTOP'])('unblocks the number on %s', async (word) => {
    const phone = newPhone();
    await c.local.phones.send(phone, 'STOP', { to: A });
    await c.local.phones.send(phone, ` ${word.toLowerCase()} `, { to: A });
    await expect(send(phone, A)).resolves.toMatchObject({ status: 'queued' });
  });

  it('ignores a keyword inside a longer text and a YES to another number', async () => {
    const phone = newPhone();
    await c.local.phones.send(phone, 'STOP', { to: A });
    await c.local.phones.send(phone, 'yes please', { to: A });
    await c.local.phones.send(phone, 'YES', { to: B });
    await expect(send(phone, A)).rejects.toMatchObject({ code: 21610 });
    await c.local.phones.send(phone, 'please stop', { to: B });
    await expect(send(phone, B)).resolves.toMatchObject({ status: 'queued' });
  });

  it('applies no keyword on WhatsApp without Advanced Opt-Out', async () => {
    const phone = `whatsapp:${newPhone()}`;
    await c.local.phones.send(phone, 'STOP', { to: `whatsapp:${A}` });
    expect(c.local.phones.isOptedOut(phone)).toBe(false);
  });
});

describe('local Twilio endpoint: Advanced Opt-Out on a Messaging Service', () => {
  let c: Conformance;

  beforeAll(async () => {
    c = await startConformance({
      numbers: [A, B],
      advancedOptOut: { stop: ['ALTO', 'ARRET'], start: ['UNSTOP', 'SI'] },
    });
  });
  afterAll(() => c.stop());

  const send = (to: string, from: string) => c.client.messages.create({ to, from, body: 'x' });

  it('reports OptOutType and the service, and a STOP blocks every number of the service', async () => {
    const phone = newPhone();
    await c.local.phones.send(phone, 'STOP', { to: A });
    const [webhook] = await c.receiver.waitFor((post) => post.params.From === phone);
    expect(webhook?.params.OptOutType).toBe('STOP');
    expect(webhook?.params.MessagingServiceSid).toMatch(/^MG[0-9a-f]{32}$/);
    await expect(send(phone, A)).rejects.toMatchObject({ code: 21610 });
    await expect(send(phone, B)).rejects.toMatchObject({ code: 21610 });

    await c.local.phones.send(phone, 'START', { to: B });
    const posts = await c.receiver.waitFor((post) => post.params.From === phone, 2);
    expect(posts[1]?.params.OptOutType).toBe('START');
    await expect(send(phone, A)).resolves.toMatchObject({ status: 'queued' });
  });

  it('uses the service own keywords: ALTO opts out, a YES taken off the list does nothing', async () => {
    const phone = newPhone();
    await c.local.phones.send(phone, 'alto', { to: A });
    await c.local.phones.send(phone, 'YES', { to: A });
    const posts = await c.receiver.waitFor((post) => post.params.From === phone, 2);
    expect(posts.map((post) => post.params.OptOutType)).toEqual(['STOP', undefined]);
    await expect(send(phone, A)).rejects.toMatchObject({ code: 21610 });
    await c.local.phones.send(phone, 'Si', { to: A });
    await expect(send(phone, A)).resolves.toMatchObject({ status: 'queued' });
  });

  it('reports HELP, and applies keywords to WhatsApp senders in the service', async () => {
    const phone = `whatsapp:${newPhone()}`;
    await c.local.phones.send(phone, 'help', { to: `whatsapp:${A}` });
    await c.local.phones.send(phone, 'STOP', { to: `whatsapp:${A}` });
    const posts = await c.receiver.waitFor((post) => post.params.From === phone, 2);
    expect(posts.map((post) => post.params.OptOutType)).toEqual(['HELP', 'STOP']);
    expect(c.local.phones.isOptedOut(phone)).toBe(true);
  });
});
