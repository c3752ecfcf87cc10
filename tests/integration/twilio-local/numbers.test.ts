import { ACCOUNT_SID, newPhone, rawCreate, startConformance, type Conformance } from './support';

// IncomingPhoneNumbers as twilio-oai's spec/json/twilio_api_v2010.json describes it (list
// parameters PhoneNumber, PageSize, Page, PageToken; the api.v2010.account.incoming_phone_number
// fields), and the Messages API's refusal of a From the account does not own: error 21606
// (twilio.com/docs/api/errors/21606).
describe('local Twilio endpoint: the account numbers and who may send', () => {
  const OWNED = '+15005550006';
  let c: Conformance;

  beforeAll(async () => {
    c = await startConformance({ numbers: [OWNED, '+15005550016', '+12025550199'] });
  });
  afterAll(() => c.stop());

  it('refuses an SMS From the account does not own with 400 code 21606, naming the number', async () => {
    const attempt = c.client.messages.create({ to: newPhone(), from: '+15005550099', body: 'x' });
    await expect(attempt).rejects.toMatchObject({ status: 400, code: 21606 });
    await expect(attempt).rejects.toThrow(/\+15005550099/);
    await expect(
      c.client.messages.create({ to: newPhone(), from: OWNED, body: 'x' }),
    ).resolves.toMatchObject({ status: 'queued', from: OWNED });
  });

  it('takes an alphanumeric sender ID, which no account owns', async () => {
    await expect(
      c.client.messages.create({ to: newPhone(), from: 'Shiftline', body: 'x' }),
    ).resolves.toMatchObject({ from: 'Shiftline' });
  });

  it('fails a WhatsApp text from a sender the account lacks with 63007 by callback', async () => {
    const sent = await c.client.messages.create({
      to: `whatsapp:${newPhone()}`,
      from: 'whatsapp:+15005550098',
      body: 'x',
      statusCallback: c.statusUrl,
    });
    const [failed] = await c.receiver.waitFor(
      (post) => post.params.MessageSid === sent.sid && post.params.MessageStatus === 'failed',
    );
    expect(failed?.params.ErrorCode).toBe('63007');
  });

  it('lists the numbers with every field of the spec, filtered by PhoneNumber', async () => {
    const all = await c.client.incomingPhoneNumbers.list();
    expect(all.map((n) => n.phoneNumber)).toEqual([OWNED, '+15005550016', '+12025550199']);
    const [one] = await c.client.incomingPhoneNumbers.list({ phoneNumber: OWNED });
    expect(one).toMatchObject({
      accountSid: ACCOUNT_SID,
      phoneNumber: OWNED,
      friendlyName: '(500) 555-0006',
      capabilities: { voice: true, sms: true, mms: true, fax: false },
      status: 'in-use',
      apiVersion: '2010-04-01',
    });
    expect(one?.sid).toMatch(/^PN[0-9a-f]{32}$/);
    expect(one?.dateCreated).toBeInstanceOf(Date);
    // '*' stands for any one digit, and a partial number matches anywhere.
    const wild = await c.client.incomingPhoneNumbers.list({ phoneNumber: '500555001*' });
    expect(wild.map((n) => n.phoneNumber)).toEqual(['+15005550016']);
    expect(await c.client.incomingPhoneNumbers.list({ phoneNumber: '+19995550000' })).toEqual([]);
  });

  it('pages the list: the SDK follows next_page_uri across pages of PageSize', async () => {
    const page = await c.client.incomingPhoneNumbers.page({ pageSize: 2 });
    expect(page.instances).toHaveLength(2);
    expect(page.nextPageUrl).toContain('PageToken=PAPN');
    const next = await page.nextPage();
    expect(next?.instances.map((n) => n.phoneNumber)).toEqual(['+12025550199']);
    expect(next?.nextPageUrl).toBeUndefined();
    const everything = await c.client.incomingPhoneNumbers.list({ pageSize: 1 });
    expect(everything).toHaveLength(3);
  });

  it('buys, fetches and releases a number; a released number can no longer send', async () => {
    const bought = await c.client.incomingPhoneNumbers.create({ phoneNumber: '+15005550066' });
    expect(bought.sid).toMatch(/^PN/);
    expect((await c.client.incomingPhoneNumbers(bought.sid).fetch()).phoneNumber).toBe(
      '+15005550066',
    );
    await expect(
      c.client.messages.create({ to: newPhone(), from: '+15005550066', body: 'x' }),
    ).resolves.toMatchObject({ status: 'queued' });
    await c.client.incomingPhoneNumbers(bought.sid).remove();
    await expect(c.client.incomingPhoneNumbers(bought.sid).fetch()).rejects.toMatchObject({
      status: 404,
      code: 20404,
    });
    await expect(
      c.client.messages.create({ to: newPhone(), from: '+15005550066', body: 'x' }),
    ).rejects.toMatchObject({ code: 21606 });
  });

  it('refuses to buy something that is not an E.164 number', async () => {
    const answer = await rawCreate(
      c.local,
      { PhoneNumber: '555-0100' },
      'IncomingPhoneNumbers.json',
    );
    expect(answer).toMatchObject({ status: 400, body: { code: 21421, status: 400 } });
  });
});
