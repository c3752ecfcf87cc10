import type { MovableClock } from '../engine/clock';
import type { Runtime } from '../runtime';
import { pendingTimers } from '../engine/runtime/timer-ends';
import { fireDueTimers } from './timers';

const BUSY_STATES = ['waiting', 'active', 'prioritized', 'waiting-children'] as const;
/**
 * An outbound job is also delayed in real time while its sender's pace holds it back (or before a
 * retry): a text still to go, which settling must wait for. A timer job's delay is not: it waits
 * for the virtual clock, which only the move itself advances.
 */
const OUTBOUND_BUSY_STATES = [...BUSY_STATES, 'delayed'] as const;
/** Between looks at the queues; a day's move settles after each of dozens of timers. */
const IDLE_POLL_MS = 20;

type QueueRuntime = Pick<Runtime, 'inboundQueue' | 'outboundQueue' | 'timersQueue'>;

/** Jobs waiting or running in the inbound, outbound and timers queues, and texts held back. */
export async function busyJobCount(runtime: QueueRuntime): Promise<number> {
  const counts = await Promise.all([
    runtime.inboundQueue.getJobCounts(...BUSY_STATES),
    runtime.outboundQueue.getJobCounts(...OUTBOUND_BUSY_STATES),
    runtime.timersQueue.getJobCounts(...BUSY_STATES),
  ]);
  return counts.reduce((sum, c) => sum + Object.values(c).reduce((a, b) => a + b, 0), 0);
}

/** Waits until the queues have nothing waiting or running. */
export async function waitForIdleQueues(runtime: QueueRuntime, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let quietChecks = 0;
  // Twice quiet in a row: a job that finishes may have just queued the next one.
  while (quietChecks < 2) {
    const busy = await busyJobCount(runtime);
    quietChecks = busy === 0 ? quietChecks + 1 : 0;
    if (performance.now() > deadline) throw new Error(`queues still busy after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
  }
}

/** When the next pending timer is due, if any. */
export async function nextTimerAt(runtime: Pick<Runtime, 'models'>): Promise<Date | null> {
  const [next] = await pendingTimers(runtime.models, {}, 1);
  return next?.at ?? null;
}

export interface ClockProgress {
  now: Date;
  fired: number;
}

/**
 * Moves a movable clock forward by `ms`, firing every timer due on the way at its own instant
 * (a reminder fires at its time, not at the end of the jump), and settling after each;
 * `onProgress` hears where the clock is after each.
 */
export async function advanceClock(
  runtime: Runtime,
  clock: MovableClock,
  ms: number,
  {
    settle = () => waitForIdleQueues(runtime),
    onProgress = () => undefined,
  }: { settle?: () => Promise<void>; onProgress?: (progress: ClockProgress) => void } = {},
): Promise<ClockProgress> {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance by ${ms} ms`);
  const target = new Date(clock.now().getTime() + ms);
  let fired = 0;
  for (;;) {
    const [next] = await pendingTimers(runtime.models, { at: { $lte: target } }, 1);
    if (!next) break;
    if (next.at > clock.now()) clock.set(next.at);
    fired += await fireDueTimers(runtime, clock.now());
    await settle();
    onProgress({ now: clock.now(), fired });
  }
  clock.set(target);
  // The target itself: a clock that runs on with real time (OffsetClock) is already past it.
  return { now: target, fired };
}
