import type { Scenario } from './scenario';

/**
 * Every test file runs against the same Redis server and database (tests/global-setup.ts
 * starts one; jest runs two files at once), so FLUSHALL and FLUSHDB would wipe the other file's
 * queues too. Each harness has its own QUEUE_PREFIX ("{t_<random hex>}"), and every key
 * Shiftline writes (BullMQ's and the send pacer's) starts with "<prefix>:", so deleting those
 * keys is "Redis lost our data" for this scenario alone.
 */
export async function loseRedisData(s: Scenario): Promise<number> {
  const { redis } = s.runtime;
  const pattern = `${s.h.config.QUEUE_PREFIX}:*`;
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) deleted += await redis.del(...keys);
  } while (cursor !== '0');
  return deleted;
}
