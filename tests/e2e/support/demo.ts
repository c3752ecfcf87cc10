import type { Browser, Page } from 'playwright-core';
import { loadSeed } from '../../../scripts/seed/load-seed';
import { OffsetClock } from '../../../src/engine/clock';
import { startHarness, type Harness } from '../../support/harness';
import { nextMorning } from '../../support/next-morning';
import { launchBrowser } from './browser';
import { DESKTOP } from './screenshots';

/** The demo seed's organisation the browser tests sign in to (scripts/seed/demo-region.json). */
export const ORGANISATION = 'Riverside Outreach';
export const PAGE_TIMEOUT_MS = 15_000;

/** The demo's organisations' zone (scripts/seed/demo-region.json). */
export const DEMO_ZONE = 'America/New_York';

export async function waitForBoard(page: Page): Promise<void> {
  await page.waitForURL('**/console/board.html', { timeout: PAGE_TIMEOUT_MS });
  await page
    .getByTestId('shift-card')
    .first()
    .waitFor({ timeout: PAGE_TIMEOUT_MS })
    .catch(() => {
      throw new Error('the board shows no shift card after seeding the demo');
    });
}

export async function signInAsDemoAdmin(page: Page): Promise<void> {
  await page.goto('/console/');
  const button = page.locator(
    `[data-testid="dev-login"][data-organisation-name="${ORGANISATION}"]`,
  );
  await button.click({ timeout: PAGE_TIMEOUT_MS });
  await waitForBoard(page);
}

/**
 * The app in dev mode at the next 10:00 with the demo seeded, and a desktop-sized page of
 * headless Chromium at its address; `operatorKey` is the seed's operator's (Riverside's admin).
 */
export async function startDemoInBrowser(): Promise<{
  h: Harness;
  browser: Browser;
  page: Page;
  operatorKey: string;
}> {
  const clock = new OffsetClock();
  clock.set(nextMorning(clock.now(), DEMO_ZONE));
  const h = await startHarness({
    clock,
    overrides: { NODE_ENV: 'development', DEV_MODE: 'true', SEND_RATE_PER_SECOND: '1000' },
  });
  // A failure after the harness started would leave its services running: the caller has no `h`.
  try {
    const seeded = await loadSeed(h.shiftline.runtime);
    if (seeded.status !== 'loaded') throw new Error('the demo seed did not load');
    if (seeded.operatorKey.organisationName !== ORGANISATION)
      throw new Error(`the operator's key is ${seeded.operatorKey.organisationName}'s`);
    const browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: DESKTOP,
      baseURL: h.config.PUBLIC_BASE_URL,
    });
    return { h, browser, page: await context.newPage(), operatorKey: seeded.operatorKey.key };
  } catch (error) {
    await h.stop();
    throw error;
  }
}

/**
 * Signs in with the operator's key the seed printed (it is Riverside's admin too): only the
 * operator moves the simulator's clock, which every organisation shares.
 */
export async function signInAsOperator(page: Page, key: string): Promise<void> {
  await page.goto('/console/');
  await page.getByTestId('login-key').fill(key);
  await page.getByTestId('login-submit').click({ timeout: PAGE_TIMEOUT_MS });
  await waitForBoard(page);
}

export async function openSimulator(page: Page): Promise<void> {
  await page.getByTestId('nav-simulator').click();
  await page.waitForURL('**/console/simulator.html', { timeout: PAGE_TIMEOUT_MS });
}

/** The shift's times as the API tells them (the console shows them in the organisation's zone). */
export async function shiftTimes(page: Page, id: string): Promise<{ start: Date; end: Date }> {
  const answer = await page.request.get(`/api/v1/shifts/${id}`);
  if (!answer.ok()) throw new Error(`GET /api/v1/shifts/${id} answered ${answer.status()}`);
  const shift = (await answer.json()) as { start: string; end: string };
  return { start: new Date(shift.start), end: new Date(shift.end) };
}
