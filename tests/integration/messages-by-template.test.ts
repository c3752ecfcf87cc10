import { templateVariables } from '../../src/messaging/template-variables';
import { queueText } from '../../src/messaging/outbox';
import { startHarness, type Harness } from '../support/harness';
import { seedOrganisation, seedPerson, testNumber } from '../support/seed';
import { TEST_TEMPLATE_SID } from '../support/test-account';
import { renderCatalogue } from '../unit/i18n/catalogue-fixture';

const WA_FROM = 'whatsapp:+15005550007';

// Outside WhatsApp's 24-hour window a text goes out as a template whose one variable is the
// whole text; the local endpoint refuses a variable as Twilio does (21656: new line, tab, more
// than 4 consecutive spaces, empty), so every message must be flattened to go out.
describe('every message can go out by WhatsApp template (issue 21, item 1)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it('has Twilio accept every key in every language, each plural, as a template variable', async () => {
    const catalogue = renderCatalogue();
    const send = (variables: string) =>
      h.shiftline.runtime.twilio.messages.create({
        to: `whatsapp:${testNumber()}`,
        from: WA_FROM,
        contentSid: TEST_TEMPLATE_SID,
        contentVariables: variables,
      });
    const refused: string[] = [];
    for (const message of catalogue) {
      await send(templateVariables(message.text)).catch(() =>
        refused.push(`${message.language} ${message.key} ${message.count ?? ''}`),
      );
    }
    expect(refused).toEqual([]);
    // The same texts as they are: the multi-line ones (status lists, "which one?") are refused.
    const multiLine = catalogue.filter((message) => message.text.includes('\n'));
    expect(multiLine.length).toBeGreaterThan(0);
    for (const message of multiLine.slice(0, 3)) {
      await expect(send(JSON.stringify({ 1: message.text }))).rejects.toMatchObject({
        code: 21656,
      });
    }
  });

  it('sends a multi-line text outside the window by template, on one line', async () => {
    const organisation = await seedOrganisation(h.models, {
      name: 'Template Org',
      smsNumbers: ['+15005550036'],
      whatsappNumbers: ['+15005550007'],
      whatsappTemplates: { default: TEST_TEMPLATE_SID },
    });
    const number = testNumber();
    const person = await seedPerson(h.models, organisation, {
      phone: undefined,
      whatsapp: number,
      channel: 'whatsapp',
    });
    await queueText(h.shiftline.runtime, {
      dedupeKey: 'status-by-template',
      organisation,
      to: { person },
      key: 'status.list',
      vars: { count: 2, list: 'Sat 9-1 Riverside Park\nSun 10-2 Eastside Library' },
    });
    const [received] = await h.twilio.phones.waitFor(`whatsapp:${number}`, 1);
    expect(received).toMatchObject({
      contentSid: TEST_TEMPLATE_SID,
      body: 'Your next 2 shifts: Sat 9-1 Riverside Park | Sun 10-2 Eastside Library',
    });
  });
});
