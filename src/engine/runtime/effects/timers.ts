import { isDuplicateKeyError } from '../../../db/duplicate-key';
import type { Effect } from '../../types';
import { removeTimerJob, timerJobId } from '../timer-jobs';
import type { ChangeRecord, EngineRuntime } from '../types';

type SetTimer = Extract<Effect, { type: 'setTimer' }>;
type CancelTimer = Extract<Effect, { type: 'cancelTimer' }>;

/**
 * Records the timer (its id is unique: a second insert means it is already set), then queues a
 * delayed job under a deterministic id. A timer already fired or cancelled is not queued again.
 */
export async function runSetTimer(
  runtime: EngineRuntime,
  record: ChangeRecord,
  effect: SetTimer,
): Promise<void> {
  const { Timer } = runtime.models;
  const at = new Date(effect.at);
  try {
    await Timer.create({
      _id: effect.id,
      timerId: effect.id,
      entity: record.entity,
      flow: record.flow,
      event: effect.event,
      at,
      state: 'pending',
      createdAt: runtime.clock.now(),
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const existing = await Timer.findById(effect.id).lean();
    if (existing?.state !== 'pending') return;
  }
  const delay = Math.max(0, at.getTime() - runtime.clock.now().getTime());
  // add() with a job id already present is a no-op: a repeated dispatch queues nothing new.
  await runtime.timersQueue.add(
    'fire',
    { timerId: effect.id },
    { jobId: timerJobId(effect.id), delay },
  );
}

export async function runCancelTimer(runtime: EngineRuntime, effect: CancelTimer): Promise<void> {
  await runtime.models.Timer.updateOne(
    { _id: effect.id, state: 'pending' },
    { $set: { state: 'cancelled' } },
  );
  await removeTimerJob(runtime, effect.id);
}
