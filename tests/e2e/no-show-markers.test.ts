import type { Browser, Page } from 'playwright-core';
import type { Harness } from '../support/harness';
import {
  openSimulator,
  PAGE_TIMEOUT_MS,
  shiftTimes,
  signInAsOperator,
  startDemoInBrowser,
} from './support/demo';
import { PHONE, screenshot } from './support/screenshots';
import { addPhone, ClockBar, postShift } from './support/simulator';

const SUPERVISOR = 'Sam (supervisor)';
const PLACE = 'Warming centre, Riverside Library';
const MINUTE_MS = 60_000;
/** The demo's organisations keep the default grace (10 min) and no-show wait (20 min after). */
const NO_SHOW_AFTER_START_MS = 30 * MINUTE_MS;

interface ListedShift {
  id: string;
  alerts: { noShows: number };
}

interface ShiftOffer {
  rank: number;
  round: number;
  person: { name: string };
}

/** The board's no-shows, summed as its exceptions line should: from the API's own list. */
async function noShowsListed(page: Page): Promise<number> {
  const answer = await page.request.get('/api/v1/shifts?limit=200');
  const { items } = (await answer.json()) as { items: ListedShift[] };
  return items.reduce((sum, shift) => sum + shift.alerts.noShows, 0);
}

describe("the board's markers after a no-show, in a browser", () => {
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

  it('marks a booked worker who never texts HERE as a no-show on the board, and shows the replacement covering, ranked after them', async () => {
    await signInAsOperator(page, operatorKey);
    await openSimulator(page);
    const clock = new ClockBar(page);
    const shift = await postShift(page, { place: PLACE, supervisor: SUPERVISOR });
    const { start } = await shiftTimes(page, shift.id);
    const worker = await addPhone(page, shift.offeredTo);
    const offer = await worker.receives({
      what: 'the offer of the new shift',
      key: 'offer.new',
      known: { place: PLACE },
    });
    await worker.send(`YES ${offer.code}`);
    await worker.receives({
      what: "the booking confirmation (You're booked)",
      key: 'offer.accepted',
      known: { place: PLACE },
    });

    // No HERE: nudged at the start plus the grace, a no-show when the wait after that is over.
    await clock.moveTo(start, 'clock-plus-1h');
    await clock.moveTo(new Date(start.getTime() + NO_SHOW_AFTER_START_MS), 'clock-plus-15m');
    await worker.receives({ what: 'the no-show notice', key: 'noshow.worker' });

    // The place goes to someone else at once, urgently: the second offer, in a second round.
    const detail = await page.request.get(`/api/v1/shifts/${shift.id}`);
    const { offers } = (await detail.json()) as { offers: ShiftOffer[] };
    const replacementOffer = offers.find((o) => o.round === 2);
    if (!replacementOffer)
      throw new Error(`no second round of offers after the no-show: ${JSON.stringify(offers)}`);
    const replacement = await addPhone(page, replacementOffer.person.name);
    const urgent = await replacement.receives({
      what: 'the urgent offer of the place the no-show left',
      key: 'offer.urgent',
      known: { place: PLACE },
    });
    await replacement.send(`YES ${urgent.code}`);
    await replacement.receives({
      what: "the replacement's booking confirmation",
      key: 'offer.accepted',
      known: { place: PLACE },
    });

    await page.getByTestId('nav-board').click();
    await page.waitForURL('**/console/board.html', { timeout: PAGE_TIMEOUT_MS });
    const card = page.locator(`[data-testid="shift-card"][data-shift-id="${shift.id}"]`);
    const badge = card.getByTestId('badge-no-shows');
    await badge.waitFor({ timeout: PAGE_TIMEOUT_MS });
    expect(await badge.textContent()).toBe('1 no-show');
    // The line at the top counts every no-show on the board (the demo's own shifts may add some).
    const noShows = page.locator('[data-testid="exception"][data-kind="noShows"]');
    await noShows.waitFor({ timeout: PAGE_TIMEOUT_MS });
    const listed = await noShowsListed(page);
    expect(listed).toBeGreaterThanOrEqual(1);
    expect(await noShows.getAttribute('data-count')).toBe(String(listed));
    expect(await noShows.textContent()).toBe(`${listed} no-show${listed === 1 ? '' : 's'}`);
    await screenshot(page, '30-board-no-show');
    await screenshot(page, '31-board-no-show-phone', { viewport: PHONE, showing: card });

    await card.click();
    await page.waitForURL(`**/console/shift.html?id=${shift.id}`, { timeout: PAGE_TIMEOUT_MS });
    const left = page.locator(
      `[data-testid="released-row"][data-person-name="${worker.owner.name}"]`,
    );
    await left.waitFor({ timeout: PAGE_TIMEOUT_MS });
    expect(await left.getAttribute('data-attendance')).toBe('no_show');
    const holder = page.locator(
      `[data-testid="assignment-row"][data-person-name="${replacement.owner.name}"]`,
    );
    await holder.waitFor({ timeout: PAGE_TIMEOUT_MS });
    expect(await holder.getByTestId('assignment-covering').textContent()).toBe(
      ` covering ${worker.owner.name}`,
    );
    const history = await page.getByTestId('history-row').allTextContents();
    expect(history.filter((row) => row.includes(`${worker.owner.name} did not show`))).toHaveLength(
      1,
    );
    const ranks = await page.getByTestId('offer-rank').allTextContents();
    expect(ranks).toEqual(ranks.map((_, i) => String(i + 1)));
    const replacementRound = page
      .locator(`[data-testid="offer-row"][data-person-name="${replacement.owner.name}"]`)
      .getByTestId('offer-round');
    expect(await replacementRound.textContent()).toBe(`2: after ${worker.owner.name} did not show`);
    await screenshot(page, '32-shift-no-show');
    await screenshot(page, '33-shift-no-show-phone', {
      viewport: PHONE,
      showing: page.getByRole('heading', { name: 'Places' }),
    });
  }, 300_000);
});
