/**
 * The simulator's clock: the demo region loaded at 10:00 in its zone, its workers answering
 * their first offers, then "+1 day" as the console's button moves it (every timer due on the
 * way fired at its own instant, the queues settled after each). Prints how long the move took,
 * how many timers fired, and where the time went: finding the next timer, firing, settling.
 *   npx tsx scripts/bench/clock.ts [days=1]
 */
import { loadSeed } from '../seed/load-seed';
import { advanceClock, waitForIdleQueues } from '../../src/jobs/advance-clock';
import * as timerEnds from '../../src/engine/runtime/timer-ends';
import { OffsetClock } from '../../src/engine/clock';
import { DEMO_ZONE } from '../../tests/e2e/support/demo';
import { nextMorning } from '../../tests/support/next-morning';
import { argInt, round1, runBench } from './run-bench';

const days = argInt(0, 1);
const clock = new OffsetClock();
// 10:00 in the demo's zone, as the browser test runs it: the seed's offers go out at once.
clock.set(nextMorning(clock.now(), DEMO_ZONE));

runBench({ benchmark: 'clock', parameters: { days }, clock }, async ({ h }) => {
  const runtime = h.shiftline.runtime;
  await loadSeed(runtime);
  await waitForIdleQueues(runtime, 120_000);
  const timersBefore = await timerEnds.pendingTimers(runtime.models, {});
  const spent = { settleMs: 0, settles: 0 };
  const settle = async () => {
    const began = performance.now();
    await waitForIdleQueues(runtime, 120_000);
    spent.settleMs += performance.now() - began;
    spent.settles += 1;
  };
  const began = performance.now();
  const { fired } = await advanceClock(runtime, clock, days * 86_400_000, { settle });
  const totalMs = performance.now() - began;
  return {
    pendingTimersBefore: timersBefore.length,
    fired,
    seconds: round1(totalMs / 1000),
    settleSeconds: round1(spent.settleMs / 1000),
    settles: spent.settles,
    otherSeconds: round1((totalMs - spent.settleMs) / 1000),
    textsSent: h.twilio.phones.attempts().length,
  };
});
