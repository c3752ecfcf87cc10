import { isDuplicateKeyError } from '../../../db/duplicate-key';
import { insertOne } from '../../../db/insert-batcher';
import type { Effect } from '../../types';
import { endTimer } from '../timer-ends';
import { removeTimerJob, timerJobId, timerJobOf } from '../timer-jobs';
import type { ChangeRecord, EngineRuntime } from '../types';

type SetTimer = Extract<Effect, { type: 'setTimer' }>;
type CancelTimer = Extract<Effect, { type: 'cancelTimer' }>;

/**
 * Records the timer (its id is unique: a second insert means it is already set), then queues a
 * delayed job under a deterministic id. A timer already ended is not queued again.
 */
export async function runSetTimer(
  runtime: EngineRuntime,
  record: ChangeRecord,
  effect: SetTimer,
): Promise<void> {
  const { Timer, TimerEnd } = runtime.models;
  const timer = {
    _id: effect.id,
    timerId: effect.id,
    entity: record.entity,
    flow: record.flow,
    event: effect.event,
    at: new Date(effect.at),
    createdAt: runtime.clock.now(),
  };
  try {
    await insertOne(Timer, timer);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    if (await TimerEnd.exists({ _id: effect.id })) return;
  }
  const delay = Math.max(0, timer.at.getTime() - runtime.clock.now().getTime());
  // add() with a job id already present is a no-op: a repeated dispatch queues nothing new.
  await runtime.timersQueue.add('fire', timerJobOf(timer), {
    jobId: timerJobId(effect.id),
    delay,
  });
}

export async function runCancelTimer(runtime: EngineRuntime, effect: CancelTimer): Promise<void> {
  await endTimer(runtime.models, effect.id, 'cancelled', runtime.clock.now());
  await removeTimerJob(runtime, effect.id);
}
