import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..');

/** Debian's Chromium, installed by the project's own script when missing (as root). */
export function chromiumPath(): string {
  return execFileSync('bash', [path.join(ROOT, 'scripts/services/install-chromium.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}

/**
 * Headless Chromium (playwright gives it a fresh profile). The background-networking flags
 * matter: without them Chromium keeps trying Google's hosts, which a closed network refuses.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Where the browser test saves its screenshots (README: "Browser test"). */
export const SCREENSHOT_DIR = path.resolve(
  ROOT,
  process.env.SCREENSHOT_DIR ?? 'test-artifacts/screenshots',
);
