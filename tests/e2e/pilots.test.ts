import { readFileSync } from 'node:fs';
import type { Types } from 'mongoose';
import type { Browser, Page } from 'playwright-core';
import { addDays, instantAtMinutes, wallTime } from '../../src/domain/zoned-time';
import { formatLocalDate } from '../../src/http/api/v1/views/report-range';
import type { Harness } from '../support/harness';
import { seriousViolations } from './support/accessibility';
import { DEMO_ZONE, PAGE_TIMEOUT_MS, signInAsDemoAdmin, startDemoInBrowser } from './support/demo';
import { PHONE, screenshot } from './support/screenshots';

interface Figures {
  bookings: number;
  hoursConfirmed: number;
  areas: { area: string; bookings: number; hoursConfirmed: number }[];
  otherSkills: { skill: string; places: number; filled: number; unfilled: number }[];
}
interface Daily {
  from: string;
  to: string;
  days: (Figures & { date: string })[];
  totals: Figures;
}

type ChartGlobal = { Chart: { instances: Record<string, unknown> } };

const BADGE = 'social_prescriber';
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** A chart's table figures as the page shows them: period → field → value. */
function figuresShown(page: Page, chart: string) {
  return page
    .locator(`[data-testid="pilot-chart"][data-chart="${chart}"] [data-testid="figure"]`)
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

describe('the Pilots page in a browser, with the demo seeded', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let today: string;
  let lastDay: string;
  const policyViolations: string[] = [];

  beforeAll(async () => {
    ({ h, browser, page } = await startDemoInBrowser());
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
    });
    // Two of Riverside's workers hold the badge; this morning one worked in Eastside and one in
    // Westside, hours confirmed; a forklift shift this morning found nobody.
    const { models } = h;
    const now = h.shiftline.runtime.clock.now();
    const local = wallTime(now, DEMO_ZONE);
    today = formatLocalDate(local);
    lastDay = formatLocalDate(addDays(local, 6));
    const riverside = (await models.Organisation.findOne({ name: 'Riverside Outreach' }).lean())!;
    const workers = await models.Person.find({
      'roles.organisation': riverside._id,
      'roles.role': 'worker',
    })
      .limit(2)
      .lean();
    const supervisor = (await models.Person.findOne({
      'roles.organisation': riverside._id,
      'roles.role': 'supervisor',
    }).lean())!;
    const at = (hour: number) => instantAtMinutes(local, hour * 60, DEMO_ZONE);
    const shift = (hour: number, fields: object) =>
      models.Shift.create({
        organisation: riverside._id,
        supervisor: supervisor._id,
        place: 'Riverside clinic',
        start: at(hour),
        end: at(hour + 2),
        places: 1,
        createdAt: now,
        ...fields,
      });
    const worked = async (person: Types.ObjectId, hour: number, area: string) => {
      const s = await shift(hour, { area, state: 'filled' });
      await models.Assignment.create({
        shift: s._id,
        seat: 1,
        person,
        supervisor: supervisor._id,
        createdAt: now,
      });
      await models.WorkRecord.create({
        dedupeKey: `e2e:pilot:${s._id.toString()}`,
        kind: 'hours_confirmed',
        person,
        shift: s._id,
        minutes: 120,
        at: now,
      });
    };
    for (const [i, worker] of workers.entries()) {
      // What POST /people/:id/badges writes: the badge on the person, and its grant.
      await models.Person.updateOne({ _id: worker._id }, { $addToSet: { badges: BADGE } });
      await models.BadgeGrant.create({
        organisation: riverside._id,
        person: worker._id,
        badge: BADGE,
        change: 'granted',
        reason: 'Social prescribing course',
        by: { key: riverside._id, name: 'e2e' },
        at: now,
      });
      await worked(worker._id, 6 + i, i === 0 ? 'Eastside' : 'Westside');
    }
    await shift(7, { places: 2, requiredSkills: ['forklift'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  it('starts a pilot from a badge and charts its days as GET /pilots/:id/daily answers them, at 1280 and 390 px', async () => {
    await signInAsDemoAdmin(page);
    await page.getByTestId('nav-pilots').click();
    await page.waitForURL('**/console/pilots.html', { timeout: PAGE_TIMEOUT_MS });
    await page.getByTestId('new-pilot-name').fill('Social prescribing trial');
    await page.getByTestId('new-pilot-badge').fill(BADGE);
    await page.getByTestId('new-pilot-from').fill(today);
    await page.getByTestId('new-pilot-to').fill(lastDay);
    await page.getByTestId('new-pilot-submit').click();
    await page.waitForURL('**/console/pilots.html?id=*', { timeout: PAGE_TIMEOUT_MS });
    await page.getByTestId('pilot-chart').first().waitFor({ timeout: PAGE_TIMEOUT_MS });
    const id = await page.getByTestId('pilot').getAttribute('data-pilot-id');

    const pilot = await (await page.request.get(`/api/v1/pilots/${id}`)).json();
    expect(pilot.cohort).toHaveLength(2);
    const daily = (await (await page.request.get(`/api/v1/pilots/${id}/daily`)).json()) as Daily;
    expect(daily.days).toHaveLength(7);
    expect(daily.days[0]).toMatchObject({ date: today, bookings: 2, hoursConfirmed: 4 });
    expect(daily.days[0]!.areas.map((a) => a.area)).toEqual(['Eastside', 'Westside']);
    expect(daily.days[0]!.otherSkills).toContainEqual(
      expect.objectContaining({ skill: 'forklift', unfilled: 2 }),
    );

    expect(
      await page.evaluate(
        () => Object.keys((globalThis as unknown as ChartGlobal).Chart.instances).length,
      ),
    ).toBe(3);
    const perDay = (valueOf: (day: Daily['days'][number]) => Record<string, number>) =>
      Object.fromEntries(daily.days.map((day) => [day.date, valueOf(day)]));
    expect(await figuresShown(page, 'cohort')).toEqual({
      ...perDay((d) => ({ Bookings: d.bookings, 'Hours confirmed': d.hoursConfirmed })),
      total: { Bookings: daily.totals.bookings, 'Hours confirmed': daily.totals.hoursConfirmed },
    });
    const hoursIn = (day: Figures, area: string) =>
      day.areas.find((a) => a.area === area)?.hoursConfirmed ?? 0;
    const areas = daily.totals.areas;
    expect(await figuresShown(page, 'areas')).toEqual({
      ...perDay((d) => Object.fromEntries(areas.map((a) => [a.area, hoursIn(d, a.area)]))),
      total: Object.fromEntries(areas.map((a) => [a.area, a.hoursConfirmed])),
    });
    const demand = (figures: Figures) => ({
      Filled: sum(figures.otherSkills.map((s) => s.filled)),
      Unfilled: sum(figures.otherSkills.map((s) => s.unfilled)),
    });
    const skills = await figuresShown(page, 'skills');
    expect(skills).toMatchObject({ ...perDay(demand), total: demand(daily.totals) });
    expect(skills.forklift).toMatchObject({ unfilled: 2 });

    const areasChart = page.locator('[data-testid="pilot-chart"][data-chart="areas"]');
    await areasChart.locator('summary').click();
    await screenshot(page, '40-pilot-daily');
    await screenshot(page, '41-pilot-daily-phone', { viewport: PHONE, showing: areasChart });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('pilot-csv').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const answered = await page.request.get(`/api/v1/pilots/${id}/daily.csv`);
    expect(csv).toBe(await answered.text());
    expect(csv).toContain(`${today},area,Westside,1,2,,,`);

    for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(500);
      const width = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
            .document.documentElement.scrollWidth,
      );
      expect({ viewport: viewport.width, fits: width <= viewport.width }).toEqual({
        viewport: viewport.width,
        fits: true,
      });
      expect({ viewport: viewport.width, found: await seriousViolations(page) }).toEqual({
        viewport: viewport.width,
        found: [],
      });
    }
    expect(policyViolations).toEqual([]);
  }, 240_000);
});
