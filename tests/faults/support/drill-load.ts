import { randomBytes } from 'node:crypto';
import type { TwilioLocalPhones } from '../../../src/twilio-local';
import { sleep } from '../../support/harness';
import type { DrillWorld } from './drill-world';

/** One text a phone sent Shiftline, under the MessageSid every retry of it reuses. */
export interface SentText {
  phone: string;
  body: string;
  messageSid: string;
  /** Real time of the first post. */
  sentAt: number;
  /** Webhook posts until one was answered 200 (Twilio retrying a failed webhook). */
  posts: number;
  /** Real time of the post answered 200. */
  takenAt?: number;
  phase: 'load' | 'after-fault';
}

const newSid = () => `SM${randomBytes(16).toString('hex')}`;
const RETRY_MS = 500;
const MAX_POSTS = 60;

/** Every text the drill sent, for the checks afterwards. */
export class TextLedger {
  readonly texts: SentText[] = [];

  /**
   * Texts Shiftline like Twilio with webhook retries on: the same MessageSid again while the
   * answer is not 200 (Shiftline down, its database or Redis away), for up to ~30 s.
   */
  async send(
    phones: TwilioLocalPhones,
    phone: string,
    body: string,
    phase: SentText['phase'],
  ): Promise<SentText> {
    const text: SentText = {
      phone,
      body,
      messageSid: newSid(),
      sentAt: Date.now(),
      posts: 0,
      phase,
    };
    this.texts.push(text);
    for (;;) {
      text.posts += 1;
      const status = await phones
        .send(phone, body, { messageSid: text.messageSid })
        .then((answer) => answer.status)
        .catch(() => 0);
      if (status === 200) {
        text.takenAt = Date.now();
        return text;
      }
      if (text.posts >= MAX_POSTS)
        throw new Error(`webhook never answered 200 for a text (last status ${status})`);
      await sleep(RETRY_MS);
    }
  }

  /** Texts whose webhook was answered 200 within [from, to] (real time). */
  takenBetween(from: number, to: number): number {
    return this.texts.filter((t) => t.takenAt !== undefined && t.takenAt >= from && t.takenAt <= to)
      .length;
  }

  /** Texts that needed more than one post. */
  retried(): number {
    return this.texts.filter((t) => t.posts > 1).length;
  }
}

export interface PlannedText {
  phone: string;
  body: string;
}

/** Of B's crowd, the last 8: 4 say NO, 4 ask HELP; the rest say YES. */
const NO_AND_HELP = 8;

/**
 * The drill's load: of B's crowd (24), 16 say YES to 5 places, 4 say NO, 4 ask HELP; each of
 * A's workers (3 booked, 3 not) asks HELP. One text per phone, so the order between phones can
 * be shuffled without changing what any one person meant.
 */
export function planLoad(world: DrillWorld, { shuffle = false } = {}): PlannedText[] {
  const b = world.bPeople.map((p) => p.phone!);
  const yes = b.length - NO_AND_HELP;
  const plan: PlannedText[] = [
    ...b.slice(0, yes).map((phone) => ({ phone, body: 'YES' })),
    ...b.slice(yes, yes + NO_AND_HELP / 2).map((phone) => ({ phone, body: 'NO' })),
    ...b.slice(yes + NO_AND_HELP / 2).map((phone) => ({ phone, body: 'HELP' })),
    ...world.aPeople.map((p) => ({ phone: p.phone!, body: 'HELP' })),
  ];
  // Interleave YES, NO and HELP rather than sending them in blocks.
  const mixed = plan.map((text, i) => ({ text, key: (i * 7919) % plan.length }));
  mixed.sort((x, y) => x.key - y.key);
  const ordered = mixed.map((m) => m.text);
  if (shuffle) {
    for (let i = ordered.length - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1));
      [ordered[i], ordered[j]] = [ordered[j]!, ordered[i]!];
    }
  }
  return ordered;
}

/** After the fault: B's NO-sayers text something unclear, which must be answered. */
export function planAfterFault(world: DrillWorld): PlannedText[] {
  const yes = world.bPeople.length - NO_AND_HELP;
  return world.bPeople
    .slice(yes, yes + NO_AND_HELP / 2)
    .map((p) => ({ phone: p.phone!, body: 'blah blah' }));
}

/**
 * Sends the plan with a few texts in flight at once and `gapMs` between starts (~36 texts over
 * a few seconds), retrying each webhook until answered.
 */
export async function runLoad(
  phones: TwilioLocalPhones,
  ledger: TextLedger,
  plan: PlannedText[],
  phase: SentText['phase'],
  { concurrency = 4, gapMs = 60 } = {},
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < plan.length) {
        const text = plan[next++]!;
        await ledger.send(phones, text.phone, text.body, phase);
        await sleep(gapMs);
      }
    }),
  );
}

/**
 * A steady stream after the load's texts: every phone of both crowds in turn, asking STATUS,
 * then HELP, then STATUS again…, so no answer is word for word the one before it (which
 * Shiftline would hold back).
 */
export function planSteady(world: DrillWorld, count: number): PlannedText[] {
  const first = planLoad(world);
  const phones = first.map((t) => t.phone);
  const plan = [...first];
  for (let round = 0; plan.length < count; round += 1) {
    for (const phone of phones) plan.push({ phone, body: round % 2 === 0 ? 'STATUS' : 'HELP' });
  }
  return plan.slice(0, count);
}

/**
 * Starts a text every 1000/perSecond ms, as phones do, without waiting for earlier ones to be
 * answered, until the plan ends or `until()` is true; resolves once every text started was taken.
 */
export async function runSteadyLoad(
  phones: TwilioLocalPhones,
  ledger: TextLedger,
  plan: PlannedText[],
  phase: SentText['phase'],
  { perSecond, until }: { perSecond: number; until: () => boolean },
): Promise<void> {
  const began = Date.now();
  const started: Promise<SentText>[] = [];
  for (const [i, text] of plan.entries()) {
    await sleep(Math.max(0, began + (i * 1000) / perSecond - Date.now()));
    if (until()) break;
    started.push(ledger.send(phones, text.phone, text.body, phase));
  }
  await Promise.all(started);
}
