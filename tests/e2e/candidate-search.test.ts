import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../support/harness';
import { seriousViolations } from './support/accessibility';
import {
  openSimulator,
  PAGE_TIMEOUT_MS,
  signInAsOperator,
  startDemoInBrowser,
} from './support/demo';
import { DESKTOP, PHONE, screenshot } from './support/screenshots';
import { addPhone } from './support/simulator';

/** City Parks' shifts are served by Riverside's workers (the demo's partnership). */
const CLIENT = 'City Parks Guaranteed Work';
const SHARER = 'Ana';
/** The demo seed's City Parks shift tomorrow: open, not started, and needing a skill Ana lacks. */
const SEED_SHIFT_PLACE = 'Litter pick, Riverside Park';
const TALK_WORDS = 'We are hiring park crew for the spring. Can we call you?';
const SHIFT_WORDS = 'Gloves and lunch provided.';

interface ListedCandidate {
  personId: string;
  name: string;
  rank: number;
}

/** The search's first page as the API answers it: the order the page must show. */
async function candidatesListed(page: Page, query: string): Promise<ListedCandidate[]> {
  const answer = await page.request.get(`/api/v1/candidates?${query}&limit=10`);
  if (!answer.ok()) throw new Error(`GET /api/v1/candidates answered ${answer.status()}`);
  return ((await answer.json()) as { items: ListedCandidate[] }).items;
}

const focusedTestId = (page: Page) =>
  page.evaluate<string | null>("document.activeElement?.getAttribute('data-testid') ?? null");

async function signInAs(page: Page, organisation: string): Promise<void> {
  await page.getByTestId('sign-out').click();
  await page
    .locator(`[data-testid="dev-login"][data-organisation-name="${organisation}"]`)
    .click({ timeout: PAGE_TIMEOUT_MS });
  await page.waitForURL('**/console/board.html', { timeout: PAGE_TIMEOUT_MS });
}

describe('searching candidates in the console, in a browser', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let operatorKey: string;

  beforeAll(async () => {
    ({ h, browser, page, operatorKey } = await startDemoInBrowser());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await h?.stop();
  });

  it("ranks first a partner's worker who shared their record and wants the work on offer, with the reasons, wide and on a phone", async () => {
    // Ana (Riverside's) shares her record with City Parks and says what she would like next.
    await signInAsOperator(page, operatorKey);
    await openSimulator(page);
    const ana = await addPhone(page, SHARER);
    await ana.send(`SHARE ${CLIENT}`);
    await ana.receives({
      what: 'the share confirmation',
      key: 'share.done',
      known: { name: CLIENT },
    });
    await ana.send('I want to try park cleanup work');
    await ana.receives({
      what: 'the aim confirmation',
      key: 'aims.saved',
      known: { aim: 'to try park cleanup work' },
    });
    await ana.send('I want a steady job');
    await ana.receives({
      what: 'the second aim confirmation',
      key: 'aims.saved',
      known: { aim: 'a steady job' },
    });

    await signInAs(page, CLIENT);
    await page.getByTestId('nav-candidates').click();
    await page.waitForURL('**/console/candidates.html', { timeout: PAGE_TIMEOUT_MS });
    // Everyone first (nothing asked yet): the page is ready for a search.
    await page.getByTestId('candidate-row').first().waitFor({ timeout: PAGE_TIMEOUT_MS });
    await page.getByTestId('candidate-skills').fill('cleanup');
    await page.getByTestId('candidate-work').fill('park cleanup');
    await page.getByTestId('aim-work-type').check();
    await page.getByTestId('aim-steady-job').check();
    await page.getByTestId('candidate-search').click();
    await page.waitForURL((url) => url.searchParams.get('skills') === 'cleanup', {
      timeout: PAGE_TIMEOUT_MS,
    });
    const rows = page.getByTestId('candidate-row');
    await rows.first().waitFor({ timeout: PAGE_TIMEOUT_MS });

    const listed = await candidatesListed(
      page,
      'skills=cleanup&work=park%20cleanup&aims=work_type,steady_job',
    );
    expect(listed.length).toBeGreaterThan(1);
    expect(
      await rows.evaluateAll((items) => items.map((li) => li.getAttribute('data-person-id'))),
    ).toEqual(listed.map((c) => c.personId));
    const first = rows.first();
    expect(await first.getAttribute('data-person-name')).toBe(SHARER);
    expect(await first.getAttribute('data-via')).toBe('shared');
    expect(await first.getByTestId('candidate-reasons').locator('li').allTextContents()).toEqual(
      expect.arrayContaining(['wants to try park cleanup work', 'wants a steady job']),
    );
    const aims = first.locator('[data-testid="candidate-aim"][data-matched="true"]');
    expect(await aims.allTextContents()).toEqual([
      'to try park cleanup work · you offer it',
      'a steady job · you offer it',
    ]);
    // The others are Riverside's workers with the skill, who share nothing of their own.
    const second = rows.nth(1);
    expect(await second.getAttribute('data-via')).toBe('partner');
    expect(await second.getByTestId('candidate-skill-list').textContent()).toContain('cleanup');
    // No phone number anywhere on the page, not even the sharer's.
    expect(await page.locator('main').textContent()).not.toMatch(/\+1555\d{7}|555-\d{4}/);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '42-candidates');
    await page.setViewportSize(PHONE);
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing wider than a phone's screen: no sideways scrolling.
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESKTOP);
    await screenshot(page, '43-candidates-phone', { viewport: PHONE, showing: first });
  }, 240_000);

  it("invites a candidate to talk and to a shift from her row, and her phone gets the organisation's words", async () => {
    // Ana's phone, on the simulator of a second window signed in as the operator: this one is
    // City Parks'.
    const phoneContext = await browser.newContext({
      viewport: DESKTOP,
      baseURL: h.config.PUBLIC_BASE_URL,
    });
    try {
      const phonePage = await phoneContext.newPage();
      await signInAsOperator(phonePage, operatorKey);
      await openSimulator(phonePage);
      const ana = await addPhone(phonePage, SHARER);

      await page.goto('/console/candidates.html?aims=work_type&work=park%20cleanup');
      const row = page.locator(`[data-testid="candidate-row"][data-person-name="${SHARER}"]`);
      await row.waitFor({ timeout: PAGE_TIMEOUT_MS });
      const invite = row.getByTestId('candidate-invite');
      const form = row.getByTestId('invite-form');
      const result = row.getByTestId('invite-result');

      // Opening moves the focus into the form; Escape closes it and gives the focus back.
      await invite.click();
      await form.waitFor({ timeout: PAGE_TIMEOUT_MS });
      expect(await focusedTestId(page)).toBe('invite-kind-talk');
      expect(await invite.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'hidden', timeout: PAGE_TIMEOUT_MS });
      expect(await focusedTestId(page)).toBe('candidate-invite');

      // The form open on a shift: the caller's open shifts, in the organisation's zone, by place.
      await invite.click();
      await form.getByTestId('invite-kind-shift').check();
      const seedShift = form
        .getByTestId('invite-shift')
        .locator('option', { hasText: SEED_SHIFT_PLACE });
      await seedShift.waitFor({ state: 'attached', timeout: PAGE_TIMEOUT_MS });
      const shiftId = (await seedShift.getAttribute('value')) ?? '';
      await form.getByTestId('invite-message').fill(SHIFT_WORDS);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, '44-candidate-invite');
      await page.setViewportSize(PHONE);
      expect(await seriousViolations(page)).toEqual([]);
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.setViewportSize(DESKTOP);
      await screenshot(page, '45-candidate-invite-phone', { viewport: PHONE, showing: form });

      // To talk: Ana is texted City Parks' words and asked whether to share her number.
      await form.getByTestId('invite-kind-talk').check();
      await form.getByTestId('invite-message').fill(TALK_WORDS);
      await form.getByTestId('invite-send').click();
      await result
        .filter({ hasText: `Invited: ${SHARER} will get a text.` })
        .waitFor({ timeout: PAGE_TIMEOUT_MS });
      expect(await form.isHidden()).toBe(true);
      await ana.receives({
        what: 'the invitation to talk',
        key: 'invitation.talk',
        known: { org: CLIENT, words: TALK_WORDS },
      });

      // To the seed's shift, chosen from the list: Ana is offered it with the words.
      await invite.click();
      await form.getByTestId('invite-kind-shift').check();
      await seedShift.waitFor({ state: 'attached', timeout: PAGE_TIMEOUT_MS });
      await form.getByTestId('invite-shift').selectOption(shiftId);
      await form.getByTestId('invite-message').fill(SHIFT_WORDS);
      await form.getByTestId('invite-send').click();
      await result
        .filter({ hasText: `Invited: ${SHARER} will get a text.` })
        .waitFor({ timeout: PAGE_TIMEOUT_MS });
      await ana.receives({
        what: 'the offer of the shift she was invited to',
        key: 'offer.invited_words',
        known: { place: SEED_SHIFT_PLACE, words: SHIFT_WORDS },
      });

      // The same shift again: the API's reason, in the form.
      await invite.click();
      await form.getByTestId('invite-kind-shift').check();
      await seedShift.waitFor({ state: 'attached', timeout: PAGE_TIMEOUT_MS });
      await form.getByTestId('invite-shift').selectOption(shiftId);
      await form.getByTestId('invite-send').click();
      await form
        .getByTestId('invite-error')
        .filter({ hasText: 'Not invited: the person has been offered this shift already.' })
        .waitFor({ timeout: PAGE_TIMEOUT_MS });
    } finally {
      await phoneContext.close();
    }
  }, 240_000);

  it('pages through everyone the organisation may invite, as the API pages them', async () => {
    await page.goto('/console/candidates.html?aims=more_hours');
    const rows = page.getByTestId('candidate-row');
    await rows.first().waitFor({ timeout: PAGE_TIMEOUT_MS });
    expect(await rows.count()).toBe(10);
    const firstPage = await rows.evaluateAll((items) =>
      items.map((li) => li.getAttribute('data-person-id')),
    );
    await page.getByTestId('candidate-next').click();
    await page.waitForURL('**/console/candidates.html?*cursor=*', { timeout: PAGE_TIMEOUT_MS });
    await page.locator('[data-testid="candidate-row"][data-rank="11"]').waitFor({
      timeout: PAGE_TIMEOUT_MS,
    });
    const secondPage = await rows.evaluateAll((items) =>
      items.map((li) => li.getAttribute('data-person-id')),
    );
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
    expect(await page.getByTestId('candidate-first').getAttribute('href')).toBe(
      'candidates.html?aims=more_hours',
    );
    expect(await page.getByTestId('aim-more-hours').isChecked()).toBe(true);
  }, 60_000);
});
