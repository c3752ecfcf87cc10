import { dispatch } from '../engine/runtime/dispatcher';
import { scheduleTimerJob } from '../engine/runtime/timer-jobs';
import type { ChangeRecord, EngineRuntime } from '../engine/runtime/types';
import { pendingTimers } from '../engine/runtime/timer-ends';
import type { Runtime } from '../runtime';
import { requeueLostWork } from './requeue-lost-work';

export const RECONCILE_EVERY_MS = 60_000;

/**
 * Rebuilds Redis from MongoDB: a job for every pending Timer (deterministic ids make this a
 * no-op where the job is still there). Run at worker start and every minute, so a Redis restart
 * that lost its data loses no reminder (nor, with requeueLostWork, any text).
 */
export async function reconcileTimers(runtime: EngineRuntime): Promise<number> {
  const pending = await pendingTimers(runtime.models, {});
  for (const timer of pending) await scheduleTimerJob(runtime, timer);
  return pending.length;
}

/**
 * Dispatches change records a crash left undispatched (effects recorded, maybe partly run):
 * those with a PendingDispatch older than `olderThanMs`, so one being dispatched right now is
 * left alone. A PendingDispatch with no record under it (its insert lost a race) is dropped.
 */
export async function redispatchStale(
  runtime: EngineRuntime,
  { olderThanMs = 10_000, limit = 500 }: { olderThanMs?: number; limit?: number } = {},
): Promise<number> {
  const before = new Date(runtime.clock.now().getTime() - olderThanMs);
  const { PendingDispatch, ChangeRecord: Records } = runtime.models;
  const pending = await PendingDispatch.find({ at: { $lte: before } })
    .limit(limit)
    .lean();
  let dispatched = 0;
  for (const change of new Set(pending.map((p) => p.change))) {
    try {
      const record = await Records.findById(change).lean<ChangeRecord>();
      if (!record) {
        await PendingDispatch.deleteMany({ change });
        continue;
      }
      await dispatch(runtime, record);
      dispatched += 1;
    } catch (error) {
      runtime.log.warn({ change, err: (error as Error).message }, 'redispatch failed');
    }
  }
  return dispatched;
}

/** All three, for the worker's start and its minute tick. */
export async function reconcile(
  runtime: EngineRuntime & Pick<Runtime, 'inboundQueue'>,
): Promise<{ timers: number; redispatched: number; inbound: number; outbound: number }> {
  const redispatched = await redispatchStale(runtime);
  const timers = await reconcileTimers(runtime);
  const lost = await requeueLostWork(runtime);
  return { timers, redispatched, ...lost };
}
