import type { Browser, Locator, Page } from 'playwright-core';
import type { Harness } from '../support/harness';
import { seriousViolations, type Violation } from './support/accessibility';
import {
  ORGANISATION,
  PAGE_TIMEOUT_MS,
  signInAsOperator,
  startDemoInBrowser,
} from './support/demo';
import { DESKTOP, PHONE, screenshot } from './support/screenshots';

/** The demo's provider that publishes terms (scripts/seed/demo-region.json). */
const PROVIDER = 'Harbour Home Care';
const PARKS = 'City Parks Guaranteed Work';
const PROGRAMME = 'Winter park clean-up';

/** Signs in with the sign-in page's dev-mode button for the organisation's admin. */
async function signInAsAdminOf(page: Page, organisation: string): Promise<void> {
  await page.goto('/console/');
  await page
    .locator(`[data-testid="dev-login"][data-organisation-name="${organisation}"]`)
    .click({ timeout: PAGE_TIMEOUT_MS });
  await page.waitForURL('**/console/board.html', { timeout: PAGE_TIMEOUT_MS });
  await page.getByTestId('nav-organisation').filter({ hasText: organisation }).waitFor();
}

async function openFromNav(page: Page, testId: string, path: string): Promise<void> {
  await page.getByTestId(testId).click({ timeout: PAGE_TIMEOUT_MS });
  await page.waitForURL(`**${path}`, { timeout: PAGE_TIMEOUT_MS });
  await page.waitForLoadState('networkidle');
}

const waitFor = (locator: Locator) => locator.waitFor({ timeout: PAGE_TIMEOUT_MS });

/** How wide the page lays out on a 390 px screen. */
async function widthOnPhone(page: Page): Promise<number> {
  await page.setViewportSize(PHONE);
  try {
    return await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
          .document.documentElement.scrollWidth,
    );
  } finally {
    await page.setViewportSize(DESKTOP);
  }
}

describe('the partnerships, badges and public dashboard pages in a browser, with the demo seeded', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let operatorKey: string;
  /** Per page and width: axe's serious and critical violations, and a page wider than a phone. */
  const found: Record<string, Violation[] | string> = {};
  const policyViolations: string[] = [];

  /** axe at both widths, the phone's width, and a screenshot of each. */
  async function check(name: string, showing?: Locator): Promise<void> {
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[`${name} at ${viewport.width} px`] = violations;
    }
    await page.setViewportSize(DESKTOP);
    const width = await widthOnPhone(page);
    if (width > PHONE.width) found[`${name} width`] = `${width} px on a ${PHONE.width} px screen`;
    await screenshot(page, name);
    await screenshot(page, `${name}-phone`, { viewport: PHONE, showing });
  }

  beforeAll(async () => {
    ({ h, browser, page, operatorKey } = await startDemoInBrowser());
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  it('publishes terms as one organisation, accepts them as another, and shows the partnership in force under the version accepted', async () => {
    // Harbour publishes terms it accepts each partner under.
    await signInAsAdminOf(page, PROVIDER);
    await openFromNav(page, 'nav-partnerships', '/console/partnerships.html');
    await waitFor(page.getByTestId('own-terms-none'));
    await page.locator('[data-testid="publish-terms"] summary').click();
    await page.getByTestId('terms-charge').fill('31.50');
    await page.getByTestId('terms-skills').fill('home_care, groceries');
    await page.getByTestId('terms-areas').fill('Brooklyn');
    await page.getByTestId('terms-notice').fill('12');
    await page.getByTestId('publish-terms-submit').click();
    await waitFor(page.getByTestId('publish-terms-result').filter({ hasText: 'version 1' }));
    expect(await page.getByTestId('own-terms-version').textContent()).toBe('Version 1');
    await check('50-partnerships-terms-published', page.getByTestId('own-terms'));

    // Riverside accepts them: pending, as Harbour accepts each partner.
    await signInAsAdminOf(page, ORGANISATION);
    await openFromNav(page, 'nav-partnerships', '/console/partnerships.html');
    const offered = page.locator(
      `[data-testid="other-terms-row"][data-organisation-name="${PROVIDER}"]`,
    );
    await waitFor(offered);
    expect(await offered.textContent()).toContain('$31.50');
    await offered.getByTestId('accept-terms').click();
    const accepted = page.locator('[data-testid="accept-terms-result"][data-status="pending"]');
    await waitFor(accepted);
    expect(await accepted.textContent()).toContain(`Pending: ${PROVIDER} must accept`);
    const pending = page.locator(
      `[data-testid="partnership-row"][data-partner-name="${PROVIDER}"][data-status="pending"]`,
    );
    await waitFor(pending);
    expect(await pending.textContent()).toContain(`Waiting for ${PROVIDER} to accept`);
    await check('51-partnerships-accepted-pending', page.getByTestId('partnerships-list'));

    // Harbour accepts Riverside, then publishes version 2: the partnership keeps version 1.
    await signInAsAdminOf(page, PROVIDER);
    await openFromNav(page, 'nav-partnerships', '/console/partnerships.html');
    const awaiting = page.locator(
      `[data-testid="partnership-row"][data-partner-name="${ORGANISATION}"][data-status="pending"]`,
    );
    await awaiting.getByTestId('accept-partnership').click({ timeout: PAGE_TIMEOUT_MS });
    const inForce = page.locator(
      `[data-testid="partnership-row"][data-partner-name="${ORGANISATION}"][data-status="in_force"]`,
    );
    await waitFor(inForce);
    await page.locator('[data-testid="publish-terms"] summary').click();
    await page.getByTestId('terms-charge').fill('40');
    await page.getByTestId('terms-auto-partner').check();
    await page.getByTestId('publish-terms-submit').click();
    await waitFor(page.getByTestId('publish-terms-result').filter({ hasText: 'version 2' }));
    await waitFor(page.getByTestId('own-terms-version').filter({ hasText: 'Version 2' }));
    expect(await inForce.textContent()).toContain('$31.50');
    expect(await inForce.textContent()).toContain('Version 1: home_care, groceries; Brooklyn');
    expect(
      await page.locator('[data-testid="terms-version-row"][data-published="true"]').count(),
    ).toBe(1);
    await check('52-partnerships-in-force-provider', page.getByTestId('partnerships-list'));

    // Riverside sees it in force: Harbour's workers serve its shifts.
    await signInAsAdminOf(page, ORGANISATION);
    await openFromNav(page, 'nav-partnerships', '/console/partnerships.html');
    const served = page.locator(
      `[data-testid="partnership-row"][data-partner-name="${PROVIDER}"][data-status="in_force"]`,
    );
    await waitFor(served);
    expect(await served.textContent()).toContain('Their workers serve your shifts');
    expect(
      await page
        .locator(`[data-testid="other-terms-row"][data-organisation-name="${PROVIDER}"]`)
        .textContent(),
    ).toContain('(version 2)');
    await check('53-partnerships-in-force-client', page.getByTestId('partnerships-list'));
  }, 240_000);

  it("grants a badge with its reason on a person's view of the People page, and withdraws it with another", async () => {
    await openFromNav(page, 'nav-people', '/console/people.html');
    await page.locator('[data-testid="person-row"][data-person-name="Ana"]').click();
    const badges = page.getByTestId('person-badges');
    await waitFor(badges);
    await page.getByTestId('grant-badge-name').fill('social_prescriber');
    await page.getByTestId('grant-badge-reason').fill('Passed the social prescribing course');
    await page.getByTestId('grant-badge-submit').click();
    const held = page.locator('[data-testid="held-badge"][data-badge="social_prescriber"]');
    await waitFor(held);
    expect(await held.getByTestId('held-badge-granted').textContent()).toMatch(
      /^Granted by console \(dev\), .+: “Passed the social prescribing course”$/,
    );
    await check('54-people-badge-granted', badges);

    await held.getByTestId('withdraw-badge-reason').fill('Did not renew the certificate');
    await held.getByTestId('withdraw-badge-submit').click();
    await waitFor(
      page.getByTestId('badges-result').filter({ hasText: 'Withdrew social_prescriber' }),
    );
    expect(await held.count()).toBe(0);
    const changes = page.locator('[data-testid="badge-change"][data-badge="social_prescriber"]');
    expect(
      await changes.evaluateAll((items) => items.map((i) => i.getAttribute('data-change'))),
    ).toEqual(['withdrawn', 'granted']);
    expect(await changes.first().textContent()).toContain('“Did not renew the certificate”');
    await check('55-people-badge-withdrawn', badges);
  }, 120_000);

  it('lets only the operator set the public dashboard, and the public page shows the figures chosen', async () => {
    await page.goto('/console/region.html');
    await waitFor(page.getByTestId('region-operator-only'));
    expect(await page.getByTestId('nav-region').count()).toBe(0);

    await signInAsOperator(page, operatorKey);
    await openFromNav(page, 'nav-region', '/console/region.html');
    await waitFor(page.getByTestId('region-form'));
    for (const [figure, chosen] of [
      ['hoursWorked', true],
      ['peopleWorked', true],
      ['programmes', false],
      ['placesFilled', false],
      ['moneySpent', true],
    ] as const)
      await page
        .locator(`[data-testid="region-figure"][data-figure="${figure}"]`)
        .setChecked(chosen);
    for (const organisation of [ORGANISATION, PARKS])
      await page
        .locator(`[data-testid="region-organisation"][data-organisation-name="${organisation}"]`)
        .check();
    await page
      .locator(`[data-testid="region-programme"][data-programme-name="${PROGRAMME}"]`)
      .check();
    await page.getByTestId('region-weeks').fill('4');
    await page.getByTestId('region-save').click();
    await waitFor(page.getByTestId('region-result').filter({ hasText: 'Saved' }));
    await check('56-region-dashboard-settings', page.getByTestId('region-form'));

    // Unticking City Parks would orphan its programme: the box goes with it.
    await page
      .locator(`[data-testid="region-organisation"][data-organisation-name="${PARKS}"]`)
      .uncheck();
    const programme = page.locator(
      `[data-testid="region-programme"][data-programme-name="${PROGRAMME}"]`,
    );
    expect({ checked: await programme.isChecked(), enabled: await programme.isEnabled() }).toEqual({
      checked: false,
      enabled: false,
    });
    // The API's refusal, in words; nothing saved.
    for (const figure of ['hoursWorked', 'peopleWorked', 'moneySpent'])
      await page.locator(`[data-testid="region-figure"][data-figure="${figure}"]`).uncheck();
    await page.getByTestId('region-save').click();
    const refused = page.getByTestId('region-form-error');
    await waitFor(refused);
    expect(await refused.textContent()).toMatch(/^invalid body — figures: /);
    await page.reload();
    await waitFor(page.getByTestId('region-form'));
    expect(await programme.isChecked()).toBe(true);

    await page.getByTestId('region-public-link').click();
    await page.waitForURL('**/public/region', { timeout: PAGE_TIMEOUT_MS });
    const headings = await page.locator('thead th').allTextContents();
    expect(headings).toEqual([
      'Week (Monday to Sunday)',
      'Hours worked',
      'People who worked',
      `Spent: ${PROGRAMME}`,
      'Spent: total',
    ]);
    expect(await page.locator('tbody tr').count()).toBe(4);
    const from = await page.locator('body > p').first().textContent();
    expect([from?.includes(ORGANISATION), from?.includes(PARKS)]).toEqual([true, true]);
    await screenshot(page, '57-public-region');
    await screenshot(page, '57-public-region-phone', { viewport: PHONE });
    const json = (await (await page.request.get('/public/region.json')).json()) as {
      figures: string[];
    };
    expect(json.figures).toEqual(['hoursWorked', 'peopleWorked', 'moneySpent']);

    expect(found).toEqual({});
    expect(policyViolations).toEqual([]);
  }, 180_000);
});
