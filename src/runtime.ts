import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Config } from './config';
import type { Logger } from './log';
import { connectMongo } from './db/connect';
import { detectCapabilities, type ServerCapabilities } from './db/capabilities';
import { ensureIndexes } from './db/indexes';
import { closeRedis, createRedis } from './jobs/redis';
import type { QueueContext } from './jobs/queues';
import { registerModels, CONDITIONAL_INDEXES } from './models';

/** The connections every role shares, opened once at start. */
export interface Runtime {
  config: Config;
  log: Logger;
  mongo: Connection;
  capabilities: ServerCapabilities;
  redis: Redis;
  queues: QueueContext;
  close(): Promise<void>;
}

export async function openRuntime(config: Config, log: Logger): Promise<Runtime> {
  const mongo = await connectMongo(config.MONGODB_URI, log, {
    attempts: config.MONGODB_CONNECT_ATTEMPTS,
  });
  const capabilities = await detectCapabilities(mongo);
  log.info({ server: capabilities.server, version: capabilities.version }, 'database server');
  registerModels(mongo);
  await ensureIndexes(mongo, capabilities, CONDITIONAL_INDEXES, log);

  const redis = createRedis(config.REDIS_URL, 'command', log);
  const queues: QueueContext = {
    prefix: config.QUEUE_PREFIX,
    queueConnection: createRedis(config.REDIS_URL, 'queue', log),
    workerConnection: createRedis(config.REDIS_URL, 'worker', log),
  };
  return {
    config,
    log,
    mongo,
    capabilities,
    redis,
    queues,
    async close() {
      await Promise.all([redis, queues.queueConnection, queues.workerConnection].map(closeRedis));
      await mongo.close();
    },
  };
}
