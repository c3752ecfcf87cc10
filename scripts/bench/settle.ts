import { busyJobCount } from '../../src/jobs/advance-clock';
import type { Harness } from '../../tests/support/harness';

const FINAL = ['delivered', 'undelivered', 'failed', 'read'];

/**
 * Waits (real time) until no inbound, outbound or timer job is waiting or running and every
 * text the local Twilio endpoint accepted has reached a final status, twice in a row.
 * Throws after timeoutMs.
 */
export async function settle(h: Harness, timeoutMs: number, pollMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2) {
    const jobs = await busyJobCount(h.shiftline.runtime);
    const inFlight = h.twilio.phones.attempts().filter((m) => !FINAL.includes(m.status)).length;
    quiet = jobs + inFlight === 0 ? quiet + 1 : 0;
    if (Date.now() > deadline) {
      throw new Error(
        `still busy after ${timeoutMs} ms: ${jobs} jobs, ${inFlight} texts in flight`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** settle, but answers false instead of throwing when the time is up. */
export async function settledWithin(h: Harness, timeoutMs: number): Promise<boolean> {
  try {
    await settle(h, timeoutMs);
    return true;
  } catch {
    return false;
  }
}
