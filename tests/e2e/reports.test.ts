import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../support/harness';
import { PAGE_TIMEOUT_MS, signInAsDemoAdmin, startDemoInBrowser } from './support/demo';
import { PHONE, screenshot } from './support/screenshots';

type Figures = Record<string, number | string>;
interface Summary {
  from: string;
  to: string;
  days: (Figures & { date: string })[];
  weeks: (Figures & { from: string; to: string })[];
  totals: Figures;
}

/** Chart.js's UMD build, as the page loads it. */
type ChartGlobal = {
  Chart: {
    instances: Record<string, unknown>;
    getChart(canvas: unknown): { data: { datasets: { data: number[] }[] } } | undefined;
  };
};

/** What each chart of the page draws (the list). */
const CHARTED: Record<string, string[]> = {
  places: ['places', 'placesFilled'],
  attendance: ['noShows', 'drops'],
  hours: ['hoursConfirmed'],
  charges: ['chargeCents', 'chargesEarnedCents'],
  texts: ['messagesSent', 'messagesDelivered', 'messagesFailed'],
};
const DAY_MS = 86_400_000;
const SETTLE_POLL_MS = 500;
const NARROWEST = { width: 360, height: 780 };
const RESIZED_MS = 500;

const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

async function summary(page: Page, query = ''): Promise<Summary> {
  const answer = await page.request.get(`/api/v1/reports/summary${query}`);
  if (!answer.ok()) throw new Error(`GET /api/v1/reports/summary answered ${answer.status()}`);
  return (await answer.json()) as Summary;
}

/**
 * The API's answer once two in a row agree: the seed's offers are still being handed to the
 * simulated Twilio and marked delivered when the test starts.
 */
async function settledSummary(page: Page, query: string): Promise<Summary> {
  const deadline = Date.now() + PAGE_TIMEOUT_MS;
  let last = await summary(page, query);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    const next = await summary(page, query);
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    if (Date.now() > deadline) throw new Error('the report kept changing for 15 s');
    last = next;
  }
}

/** A chart's figures as its table shows them: period → field → value. */
function figuresShown(page: Page, chart: string) {
  return page
    .locator(`[data-testid="report-chart"][data-chart="${chart}"] [data-testid="figure"]`)
    .evaluateAll((cells) => {
      const shown: Record<string, Record<string, number>> = {};
      for (const cell of cells) {
        const period = cell.getAttribute('data-period')!;
        shown[period] ??= {};
        shown[period][cell.getAttribute('data-field')!] = Number(cell.getAttribute('data-value'));
      }
      return shown;
    });
}

/** The same figures from the API's days or weeks. */
function figuresAnswered(periods: Figures[], fields: string[]) {
  return Object.fromEntries(
    periods.map((period) => [
      period.date ?? period.from,
      Object.fromEntries(fields.map((field) => [field, period[field]])),
    ]),
  );
}

/** How wide the page lays out on a screen this size, once the charts have followed the resize. */
async function pageWidthAt(page: Page, viewport: { width: number; height: number }) {
  const before = page.viewportSize()!;
  await page.setViewportSize(viewport);
  try {
    await page.waitForTimeout(RESIZED_MS);
    return await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
          .document.documentElement.scrollWidth,
    );
  } finally {
    await page.setViewportSize(before);
  }
}

async function showReport(
  page: Page,
  range: { from: string; to: string },
  per: 'day' | 'week',
  partner = '',
) {
  await page.getByTestId('report-from').fill(range.from);
  await page.getByTestId('report-to').fill(range.to);
  await page.getByTestId('report-partner').selectOption(partner);
  await page.getByTestId(`report-per-${per}`).check();
  await page.getByTestId('report-show').click();
  await page.waitForURL(
    `**/console/reports.html?from=${range.from}&to=${range.to}&partner=${partner}&per=${per}`,
    { timeout: PAGE_TIMEOUT_MS },
  );
  await page
    .locator(`[data-testid="report-chart"][data-per="${per}"]`)
    .first()
    .waitFor({ timeout: PAGE_TIMEOUT_MS });
}

async function expectChartsToShow(page: Page, periods: Figures[]) {
  for (const [chart, fields] of Object.entries(CHARTED))
    expect({ chart, figures: await figuresShown(page, chart) }).toEqual({
      chart,
      figures: figuresAnswered(periods, fields),
    });
}

describe('the Reports page in a browser, with the demo seeded', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    ({ h, browser, page } = await startDemoInBrowser());
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  it('charts per day and per week the figures GET /api/v1/reports/summary answers, and downloads them as CSV', async () => {
    await signInAsDemoAdmin(page);
    await page.getByTestId('nav-reports').click();
    await page.waitForURL('**/console/reports.html', { timeout: PAGE_TIMEOUT_MS });
    await page.getByTestId('report-chart').first().waitFor({ timeout: PAGE_TIMEOUT_MS });

    // The API's today is Shiftline's (the simulator's clock, at the next 10:00 in New York).
    const { to: today } = await summary(page);
    expect({
      from: await page.getByTestId('report-from').inputValue(),
      to: await page.getByTestId('report-to').inputValue(),
    }).toEqual({ from: plusDays(today, -27), to: today });

    // Today and the next 13 days: the seed's shifts fall on the days after today, its offers today.
    const range = { from: today, to: plusDays(today, 13) };
    const answer = await settledSummary(page, `?from=${range.from}&to=${range.to}`);
    expect(answer.totals.places).toBeGreaterThan(0);
    expect(answer.totals.messagesSent).toBeGreaterThan(0);

    await showReport(page, range, 'day');
    expect(
      await page.evaluate(
        () => Object.keys((globalThis as unknown as ChartGlobal).Chart.instances).length,
      ),
    ).toBe(Object.keys(CHARTED).length);
    await expectChartsToShow(page, answer.days);
    const placesChart = page.locator('[data-testid="report-chart"][data-chart="places"]');
    const summaryLine = placesChart.locator('summary');
    await summaryLine.focus();
    await page.keyboard.press('Enter');
    expect(await placesChart.locator('details').getAttribute('open')).toBe('');
    await screenshot(page, '20-reports-per-day');
    await screenshot(page, '21-reports-per-day-phone', { viewport: PHONE, showing: placesChart });
    expect(await pageWidthAt(page, NARROWEST)).toBeLessThanOrEqual(NARROWEST.width);

    await showReport(page, range, 'week');
    expect(answer.weeks.length).toBeGreaterThanOrEqual(2);
    await expectChartsToShow(page, answer.weeks);
    await screenshot(page, '22-reports-per-week');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-csv').click(),
    ]);
    const fields = Object.keys(answer.totals);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv).toEqual([
      ['from', 'to', ...fields].join(','),
      ...answer.weeks.map((week) => [week.from, week.to, ...fields.map((f) => week[f])].join(',')),
    ]);
    expect(policyViolations).toEqual([]);
  }, 240_000);

  it("redraws the charges chart with the API's figures under the partnership when City Parks is chosen", async () => {
    const { models } = h;
    const runtime = h.shiftline.runtime;
    const { to: today } = await summary(page);
    const range = { from: today, to: plusDays(today, 13) };
    // Ana (Riverside's) confirmed for two hours on a City Parks slot today, at the partnership's rate.
    const parks = await models.Organisation.findOne({ name: 'City Parks Guaranteed Work' }).lean();
    const slot = await models.Shift.findOne({ organisation: parks!._id }).lean();
    const ana = await models.Person.findOne({ phone: '+15550000001' }).lean();
    await models.WorkRecord.create({
      dedupeKey: 'e2e:partner-hours',
      kind: 'hours_confirmed',
      person: ana!._id,
      shift: slot!._id,
      minutes: 120,
      chargeCents: 5_600,
      at: runtime.clock.now(),
    });
    const partner = parks!._id.toString();
    const answer = await settledSummary(
      page,
      `?from=${range.from}&to=${range.to}&partner=${partner}`,
    );
    expect(answer.totals.chargeCents).toBe(5_600);

    await showReport(page, range, 'day', partner);
    expect(await page.getByTestId('report-scope').textContent()).toContain('City Parks');
    await expectChartsToShow(page, answer.days);
    const drawn = await page
      .locator('[data-testid="report-chart"][data-chart="charges"] canvas')
      .evaluate(
        (canvas) =>
          (globalThis as unknown as ChartGlobal).Chart.getChart(canvas)!.data.datasets[0]!.data,
      );
    expect(drawn).toEqual(answer.days.map((day) => Number(day.chargeCents) / 100));
    await screenshot(page, '23-reports-partner');
  }, 120_000);
});
