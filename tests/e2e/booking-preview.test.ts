import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../support/harness';
import { PAGE_TIMEOUT_MS, signInAsDemoAdmin, startDemoInBrowser } from './support/demo';
import { DESKTOP, screenshot } from './support/screenshots';

const SUPERVISOR = 'Sam (supervisor)';
const CLIENT = 'Mrs Okafor (client)';
/** No place typed: the client's home. */
const PLACE = `${CLIENT} (home)`;
const NARROW = { width: 360, height: 800 };
const WEEK_MS = 7 * 86_400_000;

interface Row {
  rank: number;
  name: string;
}

/** The preview's rows as the page shows them, best first; `atOnce`: only those offered at once. */
async function previewRows(page: Page, atOnce = false): Promise<Row[]> {
  const rows = page.locator(`[data-testid="preview-row"]${atOnce ? '[data-offered-at-once]' : ''}`);
  return rows.evaluateAll((elements) =>
    elements.map((row) => ({
      rank: Number(row.getAttribute('data-rank')),
      name: row.getAttribute('data-person-name') ?? '',
    })),
  );
}

describe('booking from the preview in a browser', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ h, browser, page } = await startDemoInBrowser());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  it("previews a visit at the client's home with Enter, then posts it from the preview: the offers follow the preview's order", async () => {
    await signInAsDemoAdmin(page);
    await page.getByTestId('new-shift').locator('summary').click();
    const form = page.getByTestId('new-shift-form');
    await form.getByTestId('new-shift-supervisor').selectOption({ label: SUPERVISOR });
    await form.getByTestId('new-shift-client').selectOption({ label: CLIENT });
    await form.getByTestId('new-shift-places').fill('2');
    // Enter in a field previews: nothing is posted by accident.
    await form.getByTestId('new-shift-places').press('Enter');

    const preview = page.getByTestId('preview');
    await preview.getByTestId('preview-row').first().waitFor({ timeout: PAGE_TIMEOUT_MS });
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(
      'preview-title',
    );
    const ranked = await previewRows(page);
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
    expect(await preview.getByTestId('preview-reasons').first().textContent()).toMatch(/time/);
    expect(await preview.getByTestId('preview-cost').textContent()).toMatch(
      /^Estimated charge \$[\d,]+\.\d\d: 2 places of 4\sh/,
    );
    const shifts = await page.request.get(`/api/v1/shifts?limit=200`);
    const before = ((await shifts.json()) as { items: { place: string }[] }).items;
    expect(before.filter((s) => s.place === PLACE)).toEqual([]);
    await screenshot(page, '08-booking-preview', { showing: preview });
    await screenshot(page, '09-booking-preview-360', { viewport: NARROW, showing: preview });
    await page.setViewportSize(NARROW);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      NARROW.width,
    );
    await page.setViewportSize(DESKTOP);

    const offeredFirst = await previewRows(page, true);
    await preview.getByTestId('preview-post').click();
    const result = page.getByTestId('new-shift-result');
    await result.waitFor({ timeout: PAGE_TIMEOUT_MS });
    const id = await result.getAttribute('data-shift-id');
    expect(await result.locator('a').textContent()).toBe(PLACE);
    const answer = await page.request.get(`/api/v1/shifts/${id}`);
    const shift = (await answer.json()) as { offers: { rank: number; person: { name: string } }[] };
    const offers = [...shift.offers]
      .sort((a, b) => a.rank - b.rank)
      .map((o) => ({ rank: o.rank, name: o.person.name }));
    expect(offers.length).toBeGreaterThan(0);
    expect(offers).toEqual(offeredFirst);
  }, 180_000);

  it("repeats a shift weekly: the preview shows each date's first candidates, and each date posted is offered to its first", async () => {
    const form = page.getByTestId('new-shift-form');
    await form.getByTestId('new-shift-place').fill('Series Park');
    await form.getByTestId('new-shift-places').fill('1');
    await form.getByTestId('new-shift-weeks').fill('3');
    await form.getByTestId('new-shift-weeks').press('Enter');

    const dates = page.getByTestId('preview-occurrence');
    await dates.nth(2).waitFor({ timeout: PAGE_TIMEOUT_MS });
    const previewed = await dates.evaluateAll((rows) =>
      rows.map((row) => ({
        start: row.getAttribute('data-start') ?? '',
        first: (
          row
            .querySelector('[data-testid="preview-occurrence-first"]')
            ?.getAttribute('data-person-names') ?? ''
        ).split(','),
      })),
    );
    expect(previewed).toHaveLength(3);
    const starts = previewed.map((p) => Date.parse(p.start));
    expect([starts[1]! - starts[0]!, starts[2]! - starts[1]!]).toEqual([WEEK_MS, WEEK_MS]);
    await screenshot(page, '10-booking-series-preview', { showing: page.getByTestId('preview') });

    await page.getByTestId('preview-post').click();
    const posted = page.getByTestId('new-shift-result');
    await posted.nth(2).waitFor({ timeout: PAGE_TIMEOUT_MS });
    const ids = await posted.evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('data-shift-id')),
    );
    expect(ids).toHaveLength(3);
    for (const [week, id] of ids.entries()) {
      const shift = (await (await page.request.get(`/api/v1/shifts/${id}`)).json()) as {
        start: string;
        offers: { rank: number; person: { name: string } }[];
      };
      const first = [...shift.offers].sort((a, b) => a.rank - b.rank)[0];
      expect({ week, start: Date.parse(shift.start), first: first?.person.name }).toEqual({
        week,
        start: starts[week],
        first: previewed[week]!.first[0],
      });
    }
  }, 120_000);
});
