import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../support/harness';
import { seriousViolations } from './support/accessibility';
import {
  DEMO_ZONE,
  openSimulator,
  PAGE_TIMEOUT_MS,
  signInAsDemoAdmin,
  shiftTimes,
  signInAsOperator,
  startDemoInBrowser,
} from './support/demo';
import { DESKTOP, PHONE, screenshot } from './support/screenshots';
import { addPhone, ClockBar, postShift } from './support/simulator';

const SUPERVISOR = 'Sam (supervisor)';
const PLACE = 'Pop-up clinic, Riverside Market';
const HOUR_MS = 3_600_000;

/**
 * Screenshots taken while the accessibility check visits each page, of the pages and sizes no
 * other step saves (the board, shift, requests, reports and simulator pages are saved by the
 * steps that use them, here, in reports.test.ts and in no-show-markers.test.ts).
 */
const SAVED_WHEN_CHECKED = new Map([
  ['people.html at 1280', '13-people'],
  ['programmes.html at 1280', '14-programmes'],
  ['programmes.html at 390', '15-programmes-phone'],
  ['services.html at 1280', '16-services'],
  ['services.html at 390', '17-services-phone'],
  ['sign-in at 1280', '18-sign-in'],
  ['sign-in at 390', '19-sign-in-phone'],
]);

/** An organisation's admin sees the clock every organisation shares, and cannot move it. */
async function expectClockNotMovable(page: Page): Promise<void> {
  await page
    .getByTestId('clock-result')
    .filter({ hasText: "Only the operator's key moves the clock." })
    .waitFor({ timeout: PAGE_TIMEOUT_MS });
  expect(await page.getByTestId('clock-shared').textContent()).toContain('every organisation');
  for (const button of ['clock-plus-15m', 'clock-plus-1h', 'clock-plus-1d', 'clock-next-event'])
    expect({ button, disabled: await page.getByTestId(button).isDisabled() }).toEqual({
      button,
      disabled: true,
    });
}

/** The shift page's In and Out cells of its one place: the instants they hold and the times shown. */
async function placeTimes(page: Page, shiftId: string) {
  await page.goto(`/console/shift.html?id=${shiftId}`);
  const row = page.getByTestId('assignment-row');
  await row.waitFor({ timeout: PAGE_TIMEOUT_MS });
  const cell = async (testId: string) => {
    const element = row.getByTestId(testId);
    return { at: await element.getAttribute('data-at'), shown: await element.textContent() };
  };
  return { in: await cell('assignment-in'), out: await cell('assignment-out') };
}

/** Waits for the board to show the shift as confirmed; answers the card's visible label. */
async function confirmedCardLabel(page: Page, shiftId: string): Promise<string> {
  const card = page.locator(`[data-testid="shift-card"][data-shift-id="${shiftId}"]`);
  const confirmed = card.and(page.locator('[data-progress="confirmed"]'));
  await confirmed.waitFor({ timeout: PAGE_TIMEOUT_MS }).catch(async () => {
    const progress = (await card.count()) > 0 ? await card.getAttribute('data-progress') : null;
    throw new Error(
      `expected the board's card for ${PLACE} to show progress "confirmed"; ` +
        (progress ? `it shows "${progress}"` : 'the board has no card for it'),
    );
  });
  return (await confirmed.getByTestId('shift-progress').textContent()) ?? '';
}

describe('the console in a browser, in dev mode with the demo seeded', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let operatorKey: string;
  /** The walk-through's shift, for the pages that show one. */
  let walkedShiftId: string | undefined;

  beforeAll(async () => {
    ({ h, browser, page, operatorKey } = await startDemoInBrowser());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  it('takes a shift posted in the simulator from offer to hours confirmed by its supervisor', async () => {
    await signInAsDemoAdmin(page);
    await screenshot(page, '01-board-seeded');
    await openSimulator(page);
    await expectClockNotMovable(page);
    await page.getByTestId('sign-out').click();
    await page.getByTestId('login-form').waitFor({ timeout: PAGE_TIMEOUT_MS });

    await signInAsOperator(page, operatorKey);
    await openSimulator(page);
    const clock = new ClockBar(page);
    const shift = await postShift(page, { place: PLACE, supervisor: SUPERVISOR });
    walkedShiftId = shift.id;
    const { start, end } = await shiftTimes(page, shift.id);
    if (start.getTime() - (await clock.now()).getTime() <= HOUR_MS)
      throw new Error(`the form's default start ${start.toISOString()} leaves no 1-hour reminder`);

    const worker = await addPhone(page, shift.offeredTo);
    const supervisor = await addPhone(page, SUPERVISOR);
    const offer = await worker.receives({
      what: 'the offer of the new shift',
      key: 'offer.new',
      known: { place: PLACE },
    });
    await screenshot(page, '02-simulator-shift-offered');

    await worker.send(`YES ${offer.code}`);
    await worker.receives({
      what: "the booking confirmation (You're booked)",
      key: 'offer.accepted',
      known: { place: PLACE },
    });
    await screenshot(page, '03-worker-phone-booked', { viewport: PHONE, showing: worker.element });
    await worker.send("what's the address?");
    await worker.receives({ what: 'the word that a person will answer', key: 'handoff.told' });

    await clock.moveTo(new Date(start.getTime() - HOUR_MS), 'clock-plus-15m');
    const reminder = { what: 'the 1-hour reminder', key: 'reminder_one', known: { place: PLACE } };
    await worker.receives(reminder);
    await screenshot(page, '04-simulator-reminder');

    await worker.send('HERE');
    await worker.receives({
      what: 'the check-in confirmation',
      key: 'checkin.ok',
      known: { name: worker.owner.name },
    });

    await clock.moveTo(end, 'clock-plus-1h');
    await worker.send('DONE');
    await worker.receives({ what: 'the thanks for reporting done', key: 'done.ack' });
    const report = await supervisor.receives({
      what: `${worker.owner.name}'s DONE report asking for OK <code>`,
      key: 'done.supervisor',
      known: { name: worker.owner.name },
    });

    await supervisor.send(`OK ${report.code}`);
    const confirmed = { what: 'the confirmation of the hours', key: 'done.confirmed.worker' };
    await worker.receives(confirmed);
    await screenshot(page, '05-simulator-hours-confirmed');

    await page.getByTestId('nav-board').click();
    await page.waitForURL('**/console/board.html', { timeout: PAGE_TIMEOUT_MS });
    expect(await confirmedCardLabel(page, shift.id)).toBe('Confirmed');
    // The worker's question is still open: the board says so at the top, and links to it.
    const handOffs = page.locator('[data-testid="exception"][data-kind="hand-offs"]');
    await handOffs.waitFor({ timeout: PAGE_TIMEOUT_MS });
    expect(await handOffs.textContent()).toBe('1 open hand-off');
    expect(await handOffs.getAttribute('href')).toBe('/console/requests.html');
    await screenshot(page, '06-board-confirmed');
    await screenshot(page, '07-board-confirmed-phone', {
      viewport: PHONE,
      showing: page.locator(`[data-testid="shift-card"][data-shift-id="${shift.id}"]`),
    });

    const worked = (await (await page.request.get(`/api/v1/shifts/${shift.id}`)).json()) as {
      assignments: { checkedInAt: string; finishedAt: string }[];
    };
    const { checkedInAt, finishedAt } = worked.assignments[0]!;
    // "14:05" in the demo's zone, formatted as the browser formats the console's times.
    const shownTime = (iso: string) =>
      page.evaluate(
        ([at, timeZone]: [string, string]) =>
          new Intl.DateTimeFormat(undefined, {
            timeZone,
            hour: '2-digit',
            minute: '2-digit',
          }).format(new Date(at)),
        [iso, DEMO_ZONE] as [string, string],
      );
    expect(await placeTimes(page, shift.id)).toEqual({
      in: { at: checkedInAt, shown: await shownTime(checkedInAt) },
      out: { at: finishedAt, shown: await shownTime(finishedAt) },
    });
    // Worked and confirmed: there is nothing left to call off, so no Cancel is offered.
    expect(await page.getByTestId('cancel-shift').count()).toBe(0);
    const history = await page.getByTestId('history-row').allTextContents();
    const name = worker.owner.name;
    for (const sentence of [
      `Offered to ${name}`,
      `${name} took place 1`,
      `${name} was reminded`,
      `${name} arrived`,
      `${name} said DONE`,
      `${name}'s hours were confirmed`,
    ])
      expect(history.filter((row) => row.includes(sentence))).toHaveLength(1);
    await screenshot(page, '08-shift-in-and-out');

    // The question asked after booking waits on the Requests page until a coordinator resolves it.
    await page.getByTestId('nav-requests').click();
    const handOff = page.locator('[data-testid="hand-off"][data-reason="question"]');
    await handOff.waitFor({ timeout: PAGE_TIMEOUT_MS });
    expect(await handOff.getAttribute('data-open')).toBe('true');
    expect(await handOff.getByTestId('hand-off-from').textContent()).toBe(name);
    expect(await handOff.getByTestId('transcript-line').allTextContents()).toContainEqual(
      expect.stringContaining("worker: what's the address?"),
    );
    await screenshot(page, '09-requests-open');
    await handOff.getByTestId('hand-off-resolve').click();
    await page
      .locator('[data-testid="hand-off"][data-reason="question"][data-open="false"]')
      .waitFor({ timeout: PAGE_TIMEOUT_MS });
    await screenshot(page, '10-requests-resolved-phone', { viewport: PHONE });

    // The coordinator answers from the sender's thread; the text reaches the worker's phone.
    const answer = 'Riverside Market, stall 4, by the fountain.';
    await handOff.getByTestId('hand-off-reply').click();
    await page.waitForURL('**/console/people.html#*', { timeout: PAGE_TIMEOUT_MS });
    await page.getByTestId('reply-text').fill(answer);
    await page.getByTestId('reply-send').click();
    await page
      .locator('[data-testid="message"][data-direction="out"]')
      .filter({ hasText: answer })
      .waitFor({ timeout: PAGE_TIMEOUT_MS });
    await openSimulator(page);
    await worker.receives({
      what: "the coordinator's answer from the console",
      key: 'person_message',
      known: { text: answer },
    });
  }, 240_000);

  it('lists people by role and language as the API filters them, in one list that scrolls with the page', async () => {
    await page.goto('/console/people.html');
    await page.getByTestId('person-row').first().waitFor({ timeout: PAGE_TIMEOUT_MS });
    const everyone = await page.getByTestId('person-row').count();
    const all = (await (await page.request.get('/api/v1/people?limit=200')).json()) as {
      items: unknown[];
    };
    expect(everyone).toBe(all.items.length);
    expect(
      await page.evaluate(
        'getComputedStyle(document.querySelector("[data-testid=people-list]")).overflowY',
      ),
    ).toBe('visible');

    await page.getByTestId('people-role').selectOption('worker');
    await page.getByTestId('people-language').selectOption('es');
    const wanted = (await (
      await page.request.get('/api/v1/people?role=worker&language=es&limit=200')
    ).json()) as { items: { id: string }[] };
    expect(wanted.items.length).toBeGreaterThan(0);
    await page
      .getByTestId('people-count')
      .filter({ hasText: new RegExp(`^${wanted.items.length} (people|person)$`) })
      .waitFor({ timeout: PAGE_TIMEOUT_MS });
    const rows = page.getByTestId('person-row');
    expect(
      await rows.evaluateAll((links) => links.map((a) => a.getAttribute('data-person-id'))),
    ).toEqual(wanted.items.map((p) => p.id));
    expect(
      new Set(await rows.evaluateAll((links) => links.map((a) => a.getAttribute('data-language')))),
    ).toEqual(new Set(['es']));
    await screenshot(page, '12-people-filtered-phone', { viewport: PHONE });
  }, 60_000);

  it('leaves no serious or critical accessibility violation on any console page, wide or narrow', async () => {
    const pages = [
      'board.html',
      ...(walkedShiftId ? [`shift.html?id=${walkedShiftId}`] : []),
      'people.html',
      'candidates.html',
      'requests.html',
      'programmes.html',
      'services.html',
      'reports.html',
      'simulator.html',
    ];
    const found: Record<string, unknown> = {};
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      // The pages no other step saves at this size are saved as they are checked.
      const save = async (path: string) => {
        const name = SAVED_WHEN_CHECKED.get(`${path} at ${viewport.width}`);
        if (!name) return;
        await screenshot(page, name, { viewport });
        await page.setViewportSize(viewport);
      };
      for (const path of pages) {
        await page.goto(`/console/${path}`);
        await page.waitForLoadState('networkidle');
        const violations = await seriousViolations(page);
        if (violations.length > 0) found[`${path} at ${viewport.width} px`] = violations;
        await save(path);
      }
      await page.getByTestId('sign-out').click();
      await page.getByTestId('login-form').waitFor({ timeout: PAGE_TIMEOUT_MS });
      const signIn = await seriousViolations(page);
      if (signIn.length > 0) found[`sign-in at ${viewport.width} px`] = signIn;
      await save('sign-in');
      await signInAsOperator(page, operatorKey);
    }
    expect(found).toEqual({});
  }, 240_000);

  it("shows the operator the queue dashboard with nothing blocked by the page's policy, and a link back", async () => {
    // Off the board first: its refresh, cut short by leaving, is not the dashboard's failure.
    await page.goto('about:blank');
    const blocked: string[] = [];
    const listen = (message: { type(): string; text(): string }) => {
      if (message.type() === 'error') blocked.push(message.text());
    };
    page.on('console', listen);
    page.on('requestfailed', (request) => blocked.push(`failed: ${request.url()}`));
    try {
      await page.goto('/console/queues');
      await page.getByText('outbound').first().waitFor({ timeout: PAGE_TIMEOUT_MS });
      await page.waitForLoadState('networkidle');
      await screenshot(page, '11-queues');
      await screenshot(page, '11-queues-phone', { viewport: PHONE });
      expect(blocked).toEqual([]);
      await page.getByTestId('queues-back').click();
      await page.waitForURL('**/console/board.html', { timeout: PAGE_TIMEOUT_MS });
    } finally {
      page.off('console', listen);
    }
  }, 60_000);
});
