import type { Processor } from 'bullmq';
import { applyStoredEvent } from '../engine/runtime/store';
import { scheduleTimerJob, type TimerJob } from '../engine/runtime/timer-jobs';
import type { EngineRuntime } from '../engine/runtime/types';
import type { Timer } from '../models/timer';

/** A job may run a little before its timer by our clock (Redis and we disagree by some ms). */
const EARLY_TOLERANCE_MS = 2_000;
const WAIT_STEP_MS = 20;

/** The timers worker: feeds a due, pending timer's event to its entity. */
export function timersProcessor(runtime: EngineRuntime): Processor<TimerJob> {
  return (job) => fireTimer(runtime, job.data.timerId);
}

/**
 * Fires one timer. A timer no longer pending (fired, cancelled) does nothing; one the entity has
 * moved past is "stale" to the flow and does nothing either. One not yet due by the runtime's
 * clock (a virtual clock that has not got there) is left pending for fireDueTimers.
 */
export async function fireTimer(runtime: EngineRuntime, timerId: string): Promise<string> {
  const { Timer } = runtime.models;
  const timer = await Timer.findById(timerId).lean<Timer>();
  if (!timer || timer.state !== 'pending') return 'not pending';
  const now = runtime.clock.now();
  if (timer.at.getTime() > now.getTime() + EARLY_TOLERANCE_MS) return 'not due';
  const result = await applyStoredEvent(runtime, timer.entity, timer.event, {
    kind: 'timer',
    ref: timerId,
  });
  const outcome = result.handled ? 'handled' : result.reason;
  await Timer.updateOne(
    { _id: timerId, state: 'pending' },
    { $set: { state: 'fired', outcome, firedAt: now } },
  );
  return outcome;
}

/**
 * The virtual clock's step: fires every pending timer due by `now`, earliest first, through the
 * timers queue (promoting delayed jobs, re-adding lost ones), and waits until each is processed.
 * Timers a fired timer sets and that are already due fire in the same call.
 */
export async function fireDueTimers(
  runtime: EngineRuntime,
  now: Date = runtime.clock.now(),
  { timeoutMs = 15_000 }: { timeoutMs?: number } = {},
): Promise<number> {
  const { Timer } = runtime.models;
  if (now.getTime() > runtime.clock.now().getTime()) {
    // The worker judges "due" by the runtime's clock: move the clock, then fire.
    throw new RangeError(`fireDueTimers(${now.toISOString()}) is ahead of the runtime clock`);
  }
  let fired = 0;
  for (;;) {
    const next = await Timer.findOne({ state: 'pending', at: { $lte: now } })
      .sort({ at: 1 })
      .lean<Timer>();
    if (!next) return fired;
    const due = await Timer.find({ state: 'pending', at: next.at }).lean<Timer[]>();
    for (const timer of due) await scheduleTimerJob(runtime, timer, { now: true });
    await waitUntilNotPending(
      runtime,
      due.map((t) => t.timerId),
      timeoutMs,
    );
    fired += due.length;
  }
}

async function waitUntilNotPending(
  runtime: EngineRuntime,
  timerIds: string[],
  timeoutMs: number,
): Promise<void> {
  const { Timer } = runtime.models;
  // Real time, not the runtime's clock: this waits for the worker, which a virtual clock doesn't move.
  const deadline = performance.now() + timeoutMs;
  while ((await Timer.countDocuments({ _id: { $in: timerIds }, state: 'pending' })) > 0) {
    if (performance.now() > deadline) {
      throw new Error(`timers still pending after ${timeoutMs} ms: ${timerIds.join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
}
