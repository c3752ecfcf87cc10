import type { Timer } from '../../models/timer';
import type { EngineRuntime } from './types';

/**
 * A timers-queue job carries its timer, so firing reads nothing to start. Jobs with the id
 * alone (queued before the timer was carried) are read from the Timer document.
 */
export interface TimerJob {
  timerId: string;
  timer?: Pick<Timer, 'entity' | 'flow' | 'event'> & { at: string };
}

/** BullMQ refuses ':' in a custom job id unless it has exactly three parts. */
export const timerJobId = (timerId: string): string => `timer|${timerId.replaceAll(':', '|')}`;

export function timerJobOf(timer: Pick<Timer, 'timerId' | 'entity' | 'flow' | 'event' | 'at'>) {
  return {
    timerId: timer.timerId,
    timer: {
      entity: timer.entity,
      flow: timer.flow,
      event: timer.event,
      at: timer.at.toISOString(),
    },
  } satisfies TimerJob;
}

/**
 * Makes sure a job will fire the timer: adds it, delayed until `at` by the runtime's clock, unless
 * one is already waiting. A job left completed or failed is replaced. `now: true` fires it at
 * once (promoting a delayed job), for the virtual clock.
 */
export async function scheduleTimerJob(
  runtime: Pick<EngineRuntime, 'timersQueue' | 'clock'>,
  timer: Pick<Timer, 'timerId' | 'entity' | 'flow' | 'event' | 'at'>,
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
  await queue.add('fire', timerJobOf(timer), { jobId, delay });
}

export async function removeTimerJob(
  runtime: Pick<EngineRuntime, 'timersQueue'>,
  timerId: string,
): Promise<void> {
  // 0 when the job is running (locked): it will find the timer ended and do nothing.
  await runtime.timersQueue.remove(timerJobId(timerId));
}
