import pino from 'pino';
import { checkSenders } from '../../src/messaging/check-senders';
import { createTwilioClient } from '../../src/messaging/twilio-client';
import { startHarness, type Harness } from '../support/harness';
import { seedOrganisation } from '../support/seed';

// Twilio sends only from the account's own numbers (21606 for any other From); Shiftline reads
// the account's IncomingPhoneNumbers at start and names each configured sender not among them.
describe('Shiftline checks its senders against the Twilio account at start (issue 21, item 2)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({
      overrides: {
        TWILIO_FROM_NUMBER: '+19995550100',
        TWILIO_WHATSAPP_FROM: 'whatsapp:+15005550007',
      },
    });
  });
  afterAll(() => h.stop());

  it('names the default sender that is not the account’s, and not the one that is', async () => {
    expect(await h.shiftline.senderCheck).toEqual([
      { sender: '+19995550100', usedBy: 'TWILIO_FROM_NUMBER' },
    ]);
  });

  it("names each organisation's number the account does not own, in one clear line each", async () => {
    await seedOrganisation(h.models, { name: 'Harbour Care', smsNumbers: ['+15005550026'] });
    await seedOrganisation(h.models, {
      name: 'Lakeside',
      smsNumbers: ['+19995550101'],
      whatsappNumbers: ['+19995550101'],
    });
    const lines: Array<{ level: number; msg: string; usedBy?: string }> = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const problems = await checkSenders({ ...h.shiftline.runtime, log });
    expect(problems).toEqual([
      { sender: '+19995550100', usedBy: 'TWILIO_FROM_NUMBER' },
      { sender: '+19995550101', usedBy: "Lakeside's SMS number, Lakeside's WhatsApp number" },
    ]);
    expect(lines.filter((line) => line.level === 50).map((line) => line.msg)).toEqual([
      'sender +19995550100 (TWILIO_FROM_NUMBER) is not a number of the Twilio account: texts from it are refused',
      "sender +19995550101 (Lakeside's SMS number, Lakeside's WhatsApp number) is not a number of the Twilio account: texts from it are refused",
    ]);
  });

  it('says the senders were not checked when Twilio cannot be asked, and carries on', async () => {
    const twilio = createTwilioClient({
      TWILIO_ACCOUNT_SID: h.config.TWILIO_ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: 'not-the-token',
      TWILIO_API_URL: h.twilio.url,
    });
    const lines: Array<{ level: number; msg: string }> = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    expect(await checkSenders({ ...h.shiftline.runtime, twilio, log })).toEqual([]);
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      [40, 'senders not checked: the Twilio account could not be read'],
    ]);
  });
});
