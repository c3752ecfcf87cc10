import type { Browser, Page } from 'playwright-core';
import { loadSeed } from '../../../scripts/seed/load-seed';
import { addDays, instantAtMinutes, wallTime } from '../../../src/domain/zoned-time';
import { OffsetClock } from '../../../src/engine/clock';
import { startHarness, type Harness } from '../../support/harness';
import { launchBrowser } from './browser';
import { DESKTOP } from './screenshots';

/** The demo's organisations' zone (scripts/seed/demo-region.json). */
export const DEMO_ZONE = 'America/New_York';

/**
 * The next 10:00 in the demo's zone: offers wait for the end of quiet hours, so the walk-through
 * runs in the daytime whatever the hour the test is run.
 */
export function nextMorning(now: Date): Date {
  const today = wallTime(now, DEMO_ZONE);
  const at = instantAtMinutes(today, 10 * 60, DEMO_ZONE);
  return at > now ? at : instantAtMinutes(addDays(today, 1), 10 * 60, DEMO_ZONE);
}

export interface Demo {
  h: Harness;
  browser: Browser;
  page: Page;
  /** The operator's key the seed printed, and the organisation it belongs to. */
  operatorKey: { key: string; organisationName: string };
}

/** Shiftline in dev mode with the demo seeded, its clock at the next morning, and a browser page. */
export async function startDemo(): Promise<Demo> {
  const clock = new OffsetClock();
  clock.set(nextMorning(clock.now()));
  const h = await startHarness({
    clock,
    overrides: { NODE_ENV: 'development', DEV_MODE: 'true', SEND_RATE_PER_SECOND: '1000' },
  });
  const seeded = await loadSeed(h.shiftline.runtime);
  if (seeded.status !== 'loaded') throw new Error('the demo seed did not load');
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: DESKTOP,
    baseURL: h.config.PUBLIC_BASE_URL,
  });
  return { h, browser, page: await context.newPage(), operatorKey: seeded.operatorKey };
}
