import type { Processor } from 'bullmq';
import { applyStoredEvent } from '../engine/runtime/store';
import { endTimer, pendingTimers } from '../engine/runtime/timer-ends';
import { scheduleTimerJob, timerJobId, type TimerJob } from '../engine/runtime/timer-jobs';
import type { EngineRuntime } from '../engine/runtime/types';
import type { Timer } from '../models/timer';

/** A job may run a little before its timer by our clock (Redis and we disagree by some ms). */
const EARLY_TOLERANCE_MS = 2_000;
const WAIT_STEP_MS = 20;

/** The timers worker: feeds a due, pending timer's event to its entity. */
export function timersProcessor(runtime: EngineRuntime): Processor<TimerJob> {
  return (job) =>
    fireTimer(runtime, job.data.timerId, {
      carried: job.data.timer,
      mayHaveRun: job.attemptsStarted > 1,
    });
}

type Carried = NonNullable<TimerJob['timer']>;

/**
 * Fires one timer: claims it by inserting its TimerEnd (so a cancelled or fired timer does
 * nothing), then applies its event; one the entity has moved past is "stale" to the flow and
 * does nothing either. One not yet due by the runtime's clock (a virtual clock that has not got
 * there) is left pending for fireDueTimers. `mayHaveRun`: a job started again after a crash,
 * which may find its own claim and carry on (the event's cause is applied once).
 */
export async function fireTimer(
  runtime: EngineRuntime,
  timerId: string,
  { carried, mayHaveRun = false }: { carried?: Carried; mayHaveRun?: boolean } = {},
): Promise<string> {
  const { Timer, TimerEnd } = runtime.models;
  const timer: Carried | null =
    carried ??
    (await Timer.findById(timerId)
      .lean<Timer>()
      .then((t) => t && { ...t, at: t.at.toISOString() }));
  if (!timer) return 'not pending';
  const now = runtime.clock.now();
  if (new Date(timer.at).getTime() > now.getTime() + EARLY_TOLERANCE_MS) return 'not due';
  const claimed = await endTimer(runtime.models, timerId, 'fired', now);
  if (!claimed) {
    const ended = mayHaveRun ? await TimerEnd.findById(timerId).lean() : null;
    if (ended?.state !== 'fired') return 'not pending';
  }
  const result = await applyStoredEvent(runtime, timer.entity, timer.event, {
    kind: 'timer',
    ref: timerId,
  });
  return result.handled ? 'handled' : result.reason;
}

/**
 * The virtual clock's step: fires every pending timer due by `now`, earliest first, through the
 * timers queue (promoting delayed jobs, re-adding lost ones), and waits until each has fired and
 * its job is done.
 * Timers a fired timer sets and that are already due fire in the same call.
 */
export async function fireDueTimers(
  runtime: EngineRuntime,
  now: Date = runtime.clock.now(),
  { timeoutMs = 15_000 }: { timeoutMs?: number } = {},
): Promise<number> {
  if (now.getTime() > runtime.clock.now().getTime()) {
    // The worker judges "due" by the runtime's clock: move the clock, then fire.
    throw new RangeError(`fireDueTimers(${now.toISOString()}) is ahead of the runtime clock`);
  }
  let fired = 0;
  for (;;) {
    const [next] = await pendingTimers(runtime.models, { at: { $lte: now } }, 1);
    if (!next) return fired;
    const due = await pendingTimers(runtime.models, { at: next.at });
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
  const { TimerEnd } = runtime.models;
  // Real time, not the runtime's clock: this waits for the worker, which a virtual clock doesn't move.
  const deadline = performance.now() + timeoutMs;
  const done = async () => {
    if ((await TimerEnd.countDocuments({ _id: { $in: timerIds } })) < timerIds.length) return false;
    // Claimed is not yet done: the event's effects (timers it sets) come once the job finishes.
    const jobs = await Promise.all(
      timerIds.map((id) => runtime.timersQueue.getJob(timerJobId(id))),
    );
    const states = await Promise.all(jobs.map((job) => job?.getState()));
    return states.every(
      (state) => state === undefined || state === 'completed' || state === 'failed',
    );
  };
  while (!(await done())) {
    if (performance.now() > deadline) {
      throw new Error(`timers still pending after ${timeoutMs} ms: ${timerIds.join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
}
