import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../log';

export type RedisRole = 'queue' | 'worker' | 'command';

/**
 * One ioredis connection for a purpose. BullMQ wants separate connections for queues and
 * workers, and workers must never give up on a command (maxRetriesPerRequest: null), or a
 * blocking call fails during a Redis restart and the worker stops taking jobs.
 */
export function createRedis(url: string, role: RedisRole, log: Logger): Redis {
  const options: RedisOptions = {
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableOfflineQueue: role !== 'command',
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    lazyConnect: false,
  };
  const redis = new Redis(url, options);
  let lastLoggedError = '';
  redis.on('error', (error: Error) => {
    // ioredis retries on its own; log each distinct error once instead of every retry.
    if (error.message === lastLoggedError) return;
    lastLoggedError = error.message;
    log.warn({ role, err: error.message }, 'redis connection error');
  });
  redis.on('ready', () => {
    if (lastLoggedError) log.info({ role }, 'redis connection restored');
    lastLoggedError = '';
  });
  return redis;
}

/** QUIT when connected (pending replies arrive first); otherwise stop reconnecting at once. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    await redis.quit().catch(() => redis.disconnect());
  } else {
    redis.disconnect();
  }
}
