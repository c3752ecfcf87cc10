import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './browser';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

interface ScreenshotOptions {
  viewport?: { width: number; height: number };
  /** Scrolled to the top of the screen first (a phone shows one thing at a time). */
  showing?: Locator;
}

/**
 * Saves what the page shows as SCREENSHOT_DIR/<name>.png at the given viewport size (the whole
 * page on a desktop, the screen on a phone), then goes back to the desktop size.
 */
export async function screenshot(
  page: Page,
  name: string,
  { viewport = DESKTOP, showing }: ScreenshotOptions = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.setViewportSize(viewport);
  try {
    await showing?.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: file, fullPage: viewport === DESKTOP });
  } finally {
    await page.setViewportSize(DESKTOP);
  }
  return file;
}
