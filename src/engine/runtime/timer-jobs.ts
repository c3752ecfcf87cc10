import type { EngineRuntime } from './types';

/** A timers-queue job: only the timer's id; the worker loads the Timer document. */
export interface TimerJob {
  timerId: string;
}

/** BullMQ refuses ':' in a custom job id unless it has exactly three parts. */
export const timerJobId = (timerId: string): string => `timer|${timerId.replaceAll(':', '|')}`;

/**
 * Makes sure a job will fire the timer: adds it, delayed until `at` by the runtime's clock, unless
 * one is already waiting. A job left completed or failed is replaced. `now: true` fires it at
 * once (promoting a delayed job), for the virtual clock.
 */
export async function scheduleTimerJob(
  runtime: Pick<EngineRuntime, 'timersQueue' | 'clock'>,
  timer: { timerId: string; at: Date },
  options: { now?: boolean } = {},
): Promise<void> {
  const queue = runtime.timersQueue;
  const jobId = timerJobId(timer.timerId);
  const existing = await queue.getJob(jobId);
  if (existing) {
    const state = await existing.getState();
    if (state === 'delayed') {
      if (options.now) await existing.promote();
      return;
    }
    if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return;
    // A job that ran, failed for good, or lost its list entry: replace it.
    await existing.remove().catch(() => undefined);
  }
  const delay = options.now ? 0 : Math.max(0, timer.at.getTime() - runtime.clock.now().getTime());
  await queue.add('fire', { timerId: timer.timerId }, { jobId, delay });
}

export async function removeTimerJob(
  runtime: Pick<EngineRuntime, 'timersQueue'>,
  timerId: string,
): Promise<void> {
  // 0 when the job is running (locked): it will find the timer cancelled and do nothing.
  await runtime.timersQueue.remove(timerJobId(timerId));
}
