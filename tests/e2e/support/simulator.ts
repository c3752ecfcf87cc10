import type { Locator, Page } from 'playwright-core';
import { PAGE_TIMEOUT_MS } from './demo';
import { messagePattern } from './message-pattern';

/** How long a text may take to reach a phone: the queues, then the phone's 1 s polling. */
const TEXT_TIMEOUT_MS = 20_000;
/** A clock move fires every timer due on the way, and waits for the queues to settle. */
const CLOCK_MOVE_TIMEOUT_MS = 60_000;
const SHOWN_ON_FAILURE = 6;

export interface PhoneOwner {
  name: string;
  phone: string;
  language: string;
}

/** A text expected on a phone: what it is (for the failure message) and its catalogue key. */
export interface ExpectedText {
  what: string;
  key: string;
  known?: Record<string, string>;
}

/**
 * Posts a one-place shift from the simulator's form (default times: ~2 h after the virtual now);
 * answers its id and whom it was offered to first.
 */
export async function postShift(
  page: Page,
  { place, supervisor }: { place: string; supervisor: string },
): Promise<{ id: string; offeredTo: string }> {
  const form = page.getByTestId('new-shift-form');
  await form.getByTestId('new-shift-place').fill(place);
  await form.getByTestId('new-shift-places').fill('1');
  await form.getByTestId('new-shift-supervisor').selectOption({ label: supervisor });
  await form.getByTestId('new-shift-submit').click();
  const result = page.getByTestId('new-shift-result');
  await result.waitFor({ timeout: PAGE_TIMEOUT_MS }).catch(async () => {
    const error = await page.getByTestId('new-shift-error').textContent();
    throw new Error(`the new-shift form posted nothing: ${error || 'no error shown'}`);
  });
  const offered = (await result.getByTestId('new-shift-offered').textContent()) ?? '';
  const offeredTo = /^Offered to (.+)\.$/.exec(offered)?.[1];
  if (!offeredTo) throw new Error(`expected the new shift to be offered to someone: "${offered}"`);
  return { id: (await result.getAttribute('data-shift-id')) ?? '', offeredTo };
}

/**
 * Picks a person in the simulator's "Phone of" list and adds their phone to the row; their
 * language is read from the list's label ("Ana (worker, en)").
 */
export async function addPhone(page: Page, name: string): Promise<SimulatorPhone> {
  const option = page
    .getByTestId('add-phone-select')
    .locator(`option[data-person-name="${name}"]`)
    .first();
  await option.waitFor({ state: 'attached', timeout: 10_000 }).catch(() => {
    throw new Error(`the simulator's "Phone of" list has no "${name}"`);
  });
  const phone = (await option.getAttribute('value')) ?? '';
  const label = (await option.textContent()) ?? '';
  const language = /, (\w+)\)$/.exec(label)?.[1];
  if (!language) throw new Error(`no language in the phone list's label "${label}"`);
  await page.getByTestId('add-phone-select').selectOption(phone);
  await page.getByTestId('add-phone').click();
  const added = new SimulatorPhone(page, { name, phone, language });
  await added.element.waitFor({ timeout: 10_000 });
  return added;
}

/** One phone on the simulator's row, used as its owner would. */
export class SimulatorPhone {
  readonly element: Locator;

  constructor(
    page: Page,
    readonly owner: PhoneOwner,
  ) {
    this.element = page.locator(`[data-testid="phone"][data-phone="${owner.phone}"]`);
  }

  private get who(): string {
    return `${this.owner.name}'s phone (${this.owner.phone})`;
  }

  /** Types a text and sends it; done once the phone shows it as sent. */
  async send(text: string): Promise<void> {
    const sent = this.element.getByTestId('phone-sent').filter({ hasText: text });
    const sentBefore = await sent.count();
    await this.element.getByTestId('phone-input').fill(text);
    await this.element.getByTestId('phone-send').click();
    await sent
      .nth(sentBefore)
      .waitFor({ timeout: TEXT_TIMEOUT_MS })
      .catch(async () => {
        const error = await this.element.getByTestId('phone-error').textContent();
        throw new Error(
          `"${text}" sent from ${this.who} never showed as sent: ${error || 'no error'}`,
        );
      });
  }

  /** Waits for the text; answers its body and the short code in it, if any. */
  async receives(expected: ExpectedText): Promise<{ body: string; code: string | undefined }> {
    const pattern = messagePattern(this.owner.language, expected.key, expected.known);
    const bubble = this.element.getByTestId('phone-received').filter({ hasText: pattern }).first();
    await bubble.waitFor({ timeout: TEXT_TIMEOUT_MS }).catch(async () => {
      throw new Error(
        `expected ${expected.what} on ${this.who} within ${TEXT_TIMEOUT_MS / 1000} s ` +
          `(${pattern}); its last texts were:\n${await this.lastReceived()}`,
      );
    });
    const body = (await bubble.locator('.body').textContent()) ?? '';
    return { body, code: pattern.exec(body)?.groups?.code };
  }

  private async lastReceived(): Promise<string> {
    const bodies = await this.element
      .getByTestId('phone-received')
      .locator('.body')
      .allTextContents();
    const shown = bodies.slice(-SHOWN_ON_FAILURE).map((body) => `  · ${body}`);
    return shown.length > 0 ? shown.join('\n') : '  (nothing)';
  }
}

type ClockButton = 'clock-plus-15m' | 'clock-plus-1h' | 'clock-plus-1d' | 'clock-next-event';

/** The simulator's clock bar. */
export class ClockBar {
  constructor(private readonly page: Page) {}

  /** The virtual now the bar shows. */
  async now(): Promise<Date> {
    const now = this.page.getByTestId('clock-now');
    await this.page.locator('[data-testid="clock-now"][data-now]').waitFor({ timeout: 10_000 });
    return new Date((await now.getAttribute('data-now')) ?? '');
  }

  /** Presses a button and waits for the move to finish (its timers fired, texts sent). */
  async press(button: ClockButton): Promise<Date> {
    await this.page.getByTestId(button).click();
    const result = this.page
      .getByTestId('clock-result')
      .filter({ hasText: /fired\.$|did not move/ });
    await result.waitFor({ timeout: CLOCK_MOVE_TIMEOUT_MS }).catch(() => {
      throw new Error(
        `the clock bar's ${button} did not finish within ${CLOCK_MOVE_TIMEOUT_MS} ms`,
      );
    });
    const said = (await result.textContent()) ?? '';
    if (said.includes('did not move')) throw new Error(`${button}: ${said}`);
    return this.now();
  }

  /** Presses `button` until the virtual now reaches `instant`. */
  async moveTo(instant: Date, button: ClockButton): Promise<Date> {
    let now = await this.now();
    while (now < instant) now = await this.press(button);
    return now;
  }
}
