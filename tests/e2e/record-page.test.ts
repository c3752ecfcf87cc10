import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../support/harness';
import {
  openSimulator,
  PAGE_TIMEOUT_MS,
  signInAsOperator,
  startDemoInBrowser,
} from './support/demo';
import { PHONE, screenshot } from './support/screenshots';
import { addPhone } from './support/simulator';

const WORKER = 'Ana';
/** Another organisation of the demo: the one Ana shares her record with from the page. */
const EMPLOYER = 'Harbour Home Care';
const BADGE = 'background_check';
const LINK = /https?:\/\/\S+\/record\/[0-9a-f]{24}\.[\w-]{22}/;

/** The worker's id, from the console's own people list. */
async function personId(page: Page, name: string): Promise<string> {
  const answer = await page.request.get('/api/v1/people?limit=200');
  const { items } = (await answer.json()) as { items: { id: string; name: string }[] };
  const found = items.find((p) => p.name === name);
  if (!found) throw new Error(`no "${name}" in the people list`);
  return found.id;
}

describe("a worker's own record page, in a browser", () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let operatorKey: string;

  beforeAll(async () => {
    ({ h, browser, page, operatorKey } = await startDemoInBrowser());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  it('opens from the link RECORD texts, shows the badge with its date at desktop and phone sizes, and shares and stops sharing with plain forms', async () => {
    await signInAsOperator(page, operatorKey);
    const id = await personId(page, WORKER);
    const granted = await page.request.post(`/api/v1/people/${id}/badges`, {
      headers: { 'X-Shiftline-Console': '1' },
      data: { badge: BADGE, reason: 'Cleared by the county' },
    });
    expect(granted.status()).toBe(201);

    await openSimulator(page);
    const phone = await addPhone(page, WORKER);
    await phone.send('RECORD');
    const { body } = await phone.receives({ what: 'the record link', key: 'record.link_other' });
    const url = LINK.exec(body)?.[0];
    if (!url) throw new Error(`no record link in "${body}"`);

    const opened = await page.goto(url);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()['cache-control']).toBe('no-store');
    await page.getByRole('heading', { name: 'My record', level: 1 }).waitFor();
    expect(await page.locator('script').count()).toBe(0);
    await page.getByText(new RegExp(`^${BADGE} \\(since \\d+ \\w+ \\d{4}\\)$`)).waitFor();
    await page.getByText('Not shared with any organisation.').waitFor();
    await screenshot(page, '60-record-page');
    await screenshot(page, '61-record-page-phone', { viewport: PHONE });

    await page.getByLabel('Share with organisation (its full name)').fill(EMPLOYER.toLowerCase());
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.waitForURL(/\?done=shared&organisation=[0-9a-f]{24}#sharing$/, {
      timeout: PAGE_TIMEOUT_MS,
    });
    const notice = page.getByRole('status');
    expect(await notice.textContent()).toBe(`Done: your record is now shared with ${EMPLOYER}.`);
    const stop = page.getByRole('button', { name: `Stop sharing with ${EMPLOYER}` });
    await stop.waitFor();
    await screenshot(page, '62-record-page-shared-phone', {
      viewport: PHONE,
      showing: page.locator('#sharing'),
    });
    const shares = await h.models.Share.find({ person: id }).lean();
    expect(shares.map((s) => s.active)).toEqual([true]);

    await stop.click();
    await page.waitForURL(/\?done=withdrawn&/, { timeout: PAGE_TIMEOUT_MS });
    expect(await page.getByRole('status').textContent()).toBe(
      `Your record is no longer shared with ${EMPLOYER}.`,
    );
    await page.getByText('Not shared with any organisation.').waitFor();
    expect((await h.models.Share.find({ person: id }).lean()).map((s) => s.active)).toEqual([
      false,
    ]);
  }, 300_000);
});
