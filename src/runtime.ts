import type { Connection } from 'mongoose';
import type { Redis } from 'ioredis';
import type { Queue } from 'bullmq';
import type { Twilio } from 'twilio';
import type { Config } from './config';
import type { Logger } from './log';
import type { Clock } from './engine/clock';
import { connectMongo } from './db/connect';
import { detectCapabilities, type ServerCapabilities } from './db/capabilities';
import { ensureIndexes, missingIndexes } from './db/indexes';
import { closeRedis, createRedis } from './jobs/redis';
import { createQueue, QUEUE_NAMES, type QueueContext } from './jobs/queues';
import { registerModels, CONDITIONAL_INDEXES, type Models } from './models';
import { createTwilioClient } from './messaging/twilio-client';
import { createSenderPacer, type SenderPacer } from './messaging/pacing';
import type { SendJob } from './messaging/outbox';
import type { InboundJob } from './messaging/received-text';
import type { TimerJob } from './engine/runtime/timer-jobs';
import { createMetrics, type Metrics } from './metrics/metrics';
import { observeDbCommands } from './metrics/db-commands';
import { registerQueueDepth } from './metrics/queue-depth';
import { observeTextSends } from './metrics/text-outcomes';
import { Directory } from './directory/directory';
import { StartupError } from './startup-error';
import { createLastTexts, type LastTexts } from './messaging/repeat';
import { createInboundThrottle, type InboundThrottle } from './messaging/inbound-throttle';

/** The connections and queues every role shares, opened once at start. */
export interface Runtime {
  config: Config;
  log: Logger;
  clock: Clock;
  mongo: Connection;
  capabilities: ServerCapabilities;
  models: Models;
  /** Organisations and people from memory, forgotten on every write (src/directory). */
  directory: Directory;
  redis: Redis;
  queues: QueueContext;
  inboundQueue: Queue<InboundJob>;
  outboundQueue: Queue<SendJob>;
  timersQueue: Queue<TimerJob>;
  twilio: Twilio;
  /** Each person's last text, so the same text is not sent twice in a row. */
  lastTexts: LastTexts;
  /** Paces sends per sender number to SEND_RATE_PER_SECOND. */
  pacer: SenderPacer;
  /** Caps texts acted on per sender number, and answers a stranger once a day. */
  inboundThrottle: InboundThrottle;
  /** What /metrics serves (src/metrics/). */
  metrics: Metrics;
  close(): Promise<void>;
}

/**
 * Unique indexes are what "only one wins" rests on: a process never runs without them. Where
 * they are made at deploy, a missing one stops the start with the command that makes it.
 */
async function requireIndexes(mongo: Connection, capabilities: ServerCapabilities): Promise<void> {
  const missing = await missingIndexes(mongo, capabilities, CONDITIONAL_INDEXES);
  if (missing.length > 0) {
    await mongo.close();
    throw new StartupError(
      `the database lacks ${missing.length} index(es), e.g. ${missing.slice(0, 3).join(', ')}: ` +
        'run `npm run indexes` (`node dist/src/create-indexes.js` in the image) before starting, ' +
        'or set CREATE_INDEXES_AT_START=true',
    );
  }
}

export async function openRuntime(config: Config, log: Logger, clock: Clock): Promise<Runtime> {
  const mongo = await connectMongo(config.MONGODB_URI, log, {
    attempts: config.MONGODB_CONNECT_ATTEMPTS,
  });
  const metrics = createMetrics();
  observeDbCommands(mongo.getClient(), metrics);
  const capabilities = await detectCapabilities(mongo);
  log.info({ server: capabilities.server, version: capabilities.version }, 'database server');
  const models = registerModels(mongo);
  if (config.CREATE_INDEXES_AT_START ?? config.NODE_ENV !== 'production')
    await ensureIndexes(mongo, capabilities, CONDITIONAL_INDEXES, log);
  else await requireIndexes(mongo, capabilities);

  const redis = createRedis(config.REDIS_URL, 'command', log);
  const notices = createRedis(config.REDIS_URL, 'queue', log);
  const directory = new Directory(models, mongo, {
    publisher: redis,
    subscriber: notices,
    channel: `${config.QUEUE_PREFIX}:directory`,
    log,
  });
  const queues: QueueContext = {
    prefix: config.QUEUE_PREFIX,
    queueConnection: createRedis(config.REDIS_URL, 'queue', log),
    workerConnection: createRedis(config.REDIS_URL, 'worker', log),
  };
  const inboundQueue = createQueue<InboundJob>(queues, QUEUE_NAMES.inbound, {
    attempts: 10,
    backoff: { type: 'exponential', delay: 500 },
    // Kept a day, so a webhook Twilio replays finds the job id taken.
    removeOnComplete: { age: 24 * 3600 },
    removeOnFail: { age: 7 * 24 * 3600 },
  });
  const outboundQueue = createQueue<SendJob>(queues, QUEUE_NAMES.outbound, {
    attempts: 8,
    backoff: { type: 'exponential', delay: 1_000 },
    removeOnComplete: { age: 24 * 3600 },
    removeOnFail: { age: 7 * 24 * 3600 },
  });
  const timersQueue = createQueue<TimerJob>(queues, QUEUE_NAMES.timers, {
    attempts: 8,
    backoff: { type: 'exponential', delay: 1_000 },
    // Gone once done, so the reconciler or the virtual clock can add the same id again; a
    // Timer document that is no longer pending stops a second firing.
    removeOnComplete: true,
    removeOnFail: { age: 7 * 24 * 3600 },
  });
  registerQueueDepth(metrics.registry, [inboundQueue, outboundQueue, timersQueue], log);
  const twilio = createTwilioClient(config);
  observeTextSends(twilio, metrics);
  return {
    config,
    log,
    clock,
    mongo,
    capabilities,
    models,
    directory,
    redis,
    queues,
    inboundQueue,
    outboundQueue,
    timersQueue,
    twilio,
    lastTexts: createLastTexts(redis, config.QUEUE_PREFIX),
    pacer: createSenderPacer(redis, config.QUEUE_PREFIX, config.SEND_RATE_PER_SECOND),
    inboundThrottle: createInboundThrottle(
      redis,
      config.QUEUE_PREFIX,
      config.INBOUND_PER_NUMBER_PER_HOUR,
    ),
    metrics,
    async close() {
      await Promise.all([inboundQueue.close(), outboundQueue.close(), timersQueue.close()]);
      directory.close();
      await Promise.all(
        [redis, notices, queues.queueConnection, queues.workerConnection].map(closeRedis),
      );
      await mongo.close();
    },
  };
}
