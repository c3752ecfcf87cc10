import { isDuplicateKeyError } from '../../db/duplicate-key';
import { insertOne } from '../../db/insert-batcher';
import type { Models } from '../../models';
import type { Timer } from '../../models/timer';
import type { TimerEndState } from '../../models/timer-end';

/**
 * Ends a timer, fired or cancelled: true when this call ended it, false when it had ended
 * already (the unique _id lets one ending win).
 */
export async function endTimer(
  models: Models,
  timerId: string,
  state: TimerEndState,
  at: Date,
): Promise<boolean> {
  try {
    await insertOne(models.TimerEnd, { _id: timerId, state, at });
    return true;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    return false;
  }
}

const CHUNK = 500;

/**
 * Timers matching `filter` that have not ended, earliest first, up to `limit`: read through a
 * cursor, with the ends of each chunk looked up together, so ended timers are skipped without
 * loading them all at once.
 */
export async function pendingTimers(
  models: Models,
  filter: Record<string, unknown>,
  limit = Infinity,
): Promise<Timer[]> {
  const pending: Timer[] = [];
  const cursor = models.Timer.find(filter).sort({ at: 1, _id: 1 }).lean<Timer[]>().cursor();
  let chunk: Timer[] = [];
  const keepPending = async () => {
    const ended = await models.TimerEnd.find(
      { _id: { $in: chunk.map((t) => t._id) } },
      { _id: 1 },
    ).lean();
    const endedIds = new Set(ended.map((e) => e._id));
    pending.push(...chunk.filter((t) => !endedIds.has(t._id)));
    chunk = [];
  };
  try {
    for await (const timer of cursor) {
      chunk.push(timer as Timer);
      if (chunk.length < Math.min(CHUNK, Math.max(limit, 50))) continue;
      await keepPending();
      if (pending.length >= limit) break;
    }
    if (chunk.length > 0 && pending.length < limit) await keepPending();
  } finally {
    await cursor.close();
  }
  return pending.slice(0, limit);
}
