import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import {
  postRiversideShift,
  riversideShiftState,
  startApiWorld,
  type ApiWorld,
} from '../support/api';
import { eventually } from '../support/harness';
import { seedPerson } from '../support/seed';
import { launchBrowser } from './support/browser';

const PAGE_TIMEOUT_MS = 15_000;

/**
 * Another site's pages on another port of the same host: same-site for the browser, so the
 * console's SameSite=Strict cookie goes along with anything they send to Shiftline.
 */
function attackerPages(target: string): Promise<Server> {
  const pages: Record<string, string> = {
    '/form':
      `<form id="f" method="POST" action="${target}"></form>` +
      `<script>document.getElementById('f').submit()</script>`,
    '/fetch': `<script>
      window.outcome = Promise.all([
        fetch('${target}', { method: 'POST', credentials: 'include', mode: 'no-cors' }),
        fetch('${target}', {
          method: 'POST',
          credentials: 'include',
          headers: { 'x-shiftline-console': '1' },
        }),
      ].map((sent) => sent.then((res) => 'answered ' + res.type, (error) => 'failed: ' + error)));
    </script>`,
  };
  const server = createServer((req, res) => {
    const page = pages[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html' }).end(page ?? '');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe("another port of the same host, with the console's cookie in the browser", () => {
  let w: ApiWorld;
  let browser: Browser;
  let page: Page;
  let supervisorId: string;
  const servers: Server[] = [];

  const postShift = () => postRiversideShift(w, supervisorId);
  const stateOf = (id: string) => riversideShiftState(w, id);
  const attacker = async (id: string) => {
    const server = await attackerPages(`${w.base}/api/v1/shifts/${id}/cancel`);
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    w = await startApiWorld();
    const sam = await seedPerson(w.h.models, w.riverside, {
      name: 'Sam',
      roles: [{ organisation: w.riverside._id, role: 'supervisor' }],
    });
    supervisorId = sam.id as string;
    browser = await launchBrowser();
    page = await (await browser.newContext({ baseURL: w.base })).newPage();
    await page.goto('/console/');
    await page.getByTestId('login-key').fill(w.keys.riverside.coordinator);
    await page.getByTestId('login-submit').click();
    await page.waitForURL('**/console/board.html', { timeout: PAGE_TIMEOUT_MS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    for (const server of servers) server.close();
    await w?.stop();
  });

  it('cannot cancel a shift with a form that posts to the admin API', async () => {
    const id = await postShift();
    const from = await attacker(id);
    const answered = page.waitForResponse((res) => res.url().endsWith(`/shifts/${id}/cancel`), {
      timeout: PAGE_TIMEOUT_MS,
    });
    await page.goto(`${from}/form`);
    const answer = await answered;
    expect((await answer.request().allHeaders()).cookie).toContain('shiftline_key=');
    expect(answer.status()).toBe(403);
    expect(await stateOf(id)).toBe('open');
  });

  it('cannot cancel a shift with fetch and credentials, with or without our header', async () => {
    const id = await postShift();
    const from = await attacker(id);
    const sent = page.waitForRequest(
      (req) => req.url().endsWith(`/shifts/${id}/cancel`) && req.method() === 'POST',
      { timeout: PAGE_TIMEOUT_MS },
    );
    await page.goto(`${from}/fetch`);
    const outcomes = await page.evaluate(
      () => (globalThis as unknown as { outcome: Promise<string[]> }).outcome,
    );
    // The no-cors POST is sent (the form test shows the cookie goes with such a request) and
    // refused: the shift stays open. Its answer is withheld from the page (helmet's
    // Cross-Origin-Resource-Policy: same-origin). The header makes the browser ask first, and
    // the preflight is never granted, so that POST never goes.
    await sent;
    expect(outcomes).toEqual([
      'failed: TypeError: Failed to fetch',
      'failed: TypeError: Failed to fetch',
    ]);
    expect(await stateOf(id)).toBe('open');
  });

  it("still cancels a shift from the console's own page", async () => {
    const id = await postShift();
    await page.goto(`/console/shift.html?id=${id}`);
    await page.getByTestId('cancel-shift').click({ timeout: PAGE_TIMEOUT_MS });
    await page.getByTestId('cancel-shift-confirm').click({ timeout: PAGE_TIMEOUT_MS });
    expect(
      await eventually(
        () => stateOf(id),
        (state) => state === 'cancelled',
      ),
    ).toBe('cancelled');
  });
});
