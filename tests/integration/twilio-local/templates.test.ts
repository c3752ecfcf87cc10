import { newPhone, rawCreate, startConformance, type Conformance } from './support';

const FROM = 'whatsapp:+15005550006';
const APPROVED = 'HX' + '1'.repeat(32);
const PENDING = 'HX' + '2'.repeat(32);

// Content templates at send: an unknown ContentSid is 21655 (twilio.com/docs/api/errors/21655);
// ContentVariables must be a JSON object of non-empty values (21656,
// twilio.com/docs/api/errors/21656) without a new line, a tab or more than 4 consecutive spaces
// (WhatsApp's parameter rule, as issue 21 states it); ContentVariables need a ContentSid
// (21654, twilio.com/docs/api/errors/21654). A template WhatsApp has not approved goes out as
// free-form, so outside the 24-hour window it fails like free-form text (63016).
describe('local Twilio endpoint: content templates and their variables', () => {
  let c: Conformance;
  let virtualNow = Date.now();

  beforeAll(async () => {
    c = await startConformance({
      now: () => virtualNow,
      templates: [
        { sid: APPROVED, body: 'Shiftline: {{1}}' },
        { sid: PENDING, body: 'Draft: {{1}}', approved: false },
      ],
    });
  });
  afterAll(() => c.stop());

  const sendTemplate = (contentSid: string, variables: Record<string, unknown>) =>
    c.client.messages.create({
      to: `whatsapp:${newPhone()}`,
      from: FROM,
      contentSid,
      contentVariables: JSON.stringify(variables),
      statusCallback: c.statusUrl,
    });

  it('delivers an approved template outside the window with its variables filled in', async () => {
    const sent = await sendTemplate(APPROVED, { 1: 'Shift Sat 9-1 at Riverside. Reply YES' });
    const [received] = await c.local.phones.waitFor(sent.to, 1);
    expect(received?.body).toBe('Shiftline: Shift Sat 9-1 at Riverside. Reply YES');
  });

  it('refuses a ContentSid the account does not have with 400 code 21655', async () => {
    await expect(sendTemplate('HX' + '9'.repeat(32), { 1: 'hi' })).rejects.toMatchObject({
      status: 400,
      code: 21655,
    });
  });

  it.each([
    ['a new line', 'Which one?\n1. K7P Sat'],
    ['a carriage return', 'line\rbreak'],
    ['a tab', 'Sat\t9-1'],
    ['five consecutive spaces', 'Sat     9-1'],
    ['an empty string', ''],
  ])('refuses a variable with %s with 400 code 21656', async (_what, value) => {
    await expect(sendTemplate(APPROVED, { 1: value })).rejects.toMatchObject({
      status: 400,
      code: 21656,
    });
  });

  it('takes four consecutive spaces, and refuses a null variable or a non-object', async () => {
    await expect(sendTemplate(APPROVED, { 1: 'Sat    9-1' })).resolves.toMatchObject({
      status: 'queued',
    });
    await expect(sendTemplate(APPROVED, { 1: null })).rejects.toMatchObject({ code: 21656 });
    const notObject = await rawCreate(c.local, {
      To: `whatsapp:${newPhone()}`,
      From: FROM,
      ContentSid: APPROVED,
      ContentVariables: '["a"]',
    });
    expect(notObject).toMatchObject({ status: 400, body: { code: 21656 } });
  });

  it('refuses ContentVariables without a ContentSid with 400 code 21654', async () => {
    const answer = await rawCreate(c.local, {
      To: newPhone(),
      From: '+15005550006',
      Body: 'x',
      ContentVariables: '{"1":"x"}',
    });
    expect(answer).toMatchObject({ status: 400, body: { code: 21654 } });
  });

  it('fails an unapproved template outside the 24 h window with 63016, delivers it inside', async () => {
    const outside = await sendTemplate(PENDING, { 1: 'hello' });
    const [failed] = await c.receiver.waitFor(
      (post) => post.params.MessageSid === outside.sid && post.params.MessageStatus === 'failed',
    );
    expect(failed?.params.ErrorCode).toBe('63016');

    const phone = `whatsapp:${newPhone()}`;
    await c.local.phones.send(phone, 'hola', { to: FROM });
    virtualNow += 60_000;
    const inside = await c.client.messages.create({
      to: phone,
      from: FROM,
      contentSid: PENDING,
      contentVariables: JSON.stringify({ 1: 'hello' }),
    });
    const [received] = await c.local.phones.waitFor(phone, 1);
    expect(received).toMatchObject({ sid: inside.sid, body: 'Draft: hello' });
  });
});
