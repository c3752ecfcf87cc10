import { SteppingClock } from '../../src/engine/clock';
import { advanceClock, busyJobCount } from '../../src/jobs/advance-clock';
import { eventually, startHarness, type Harness } from './harness';

const FINAL_STATUSES: string[] = ['delivered', 'undelivered', 'failed', 'read'];

/**
 * A whole conversation on a virtual clock: phones text Shiftline through the signed webhook,
 * time jumps forward firing each timer at its own instant, and each phone's inbox is read as
 * the exact texts it received.
 */
export class Scenario {
  private readonly seen = new Map<string, number>();

  private constructor(
    readonly h: Harness,
    readonly clock: SteppingClock,
  ) {}

  static async start(startAt: string, overrides: Record<string, string> = {}): Promise<Scenario> {
    const clock = new SteppingClock(new Date(startAt));
    const h = await startHarness({
      clock,
      overrides: { SEND_RATE_PER_SECOND: '1000', ...overrides },
    });
    return new Scenario(h, clock);
  }

  get runtime() {
    return this.h.shiftline.runtime;
  }

  get models() {
    return this.h.models;
  }

  /**
   * A phone texts Shiftline (`to`: one of its numbers; else the one that last texted the phone);
   * returns once everything it set off has run.
   */
  async text(phone: string, body: string, to?: string): Promise<void> {
    const result = await this.h.twilio.phones.send(phone, body, to ? { to } : {});
    if (result.status !== 200) throw new Error(`webhook answered ${result.status}: ${result.body}`);
    await this.settle();
  }

  /** Moves the clock forward, firing every timer due on the way at its own time. */
  async advance(ms: number): Promise<void> {
    await advanceClock(this.runtime, this.clock, ms, { settle: () => this.settle() });
  }

  /**
   * Waits until no inbound, outbound or timer job is waiting or running, and every text the
   * Twilio endpoint accepted has reached a final status (it lands in the phone's inbox only
   * after its status callbacks, which can lag the queues under load).
   */
  async settle(timeoutMs = 20_000): Promise<void> {
    const busy = async () => {
      const jobs = await busyJobCount(this.runtime);
      const inFlight = this.h.twilio.phones
        .attempts()
        .filter((m) => !FINAL_STATUSES.includes(m.status)).length;
      return jobs + inFlight;
    };
    let quietChecks = 0;
    await eventually(
      async () => ((await busy()) === 0 ? ++quietChecks : (quietChecks = 0)),
      // Twice quiet in a row: a job that finishes may have just queued the next one.
      (quiet) => quiet >= 2,
      timeoutMs,
    );
  }

  /** Every text the phone received since the last call, in order. */
  inbox(phone: string): string[] {
    const all = this.h.twilio.phones.received(phone);
    const from = this.seen.get(phone) ?? 0;
    this.seen.set(phone, all.length);
    return all.slice(from).map((m) => m.body);
  }

  stop(): Promise<void> {
    return this.h.stop();
  }
}

/** The short code a text asks the reader to quote ("Reply YES K7P…", "Reply OK K7P…"). */
export const codeIn = (text: string | undefined): string =>
  /(?:YES|OK) ([A-Z0-9]{3})\b/.exec(text ?? '')?.[1] ?? 'none';
