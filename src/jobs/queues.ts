import {
  Queue,
  QueueEvents,
  Worker,
  type DefaultJobOptions,
  type Processor,
  type WorkerOptions,
} from 'bullmq';
import type { Redis } from 'ioredis';

/** Every queue Shiftline uses. Payloads carry ids; workers load what they need. */
export const QUEUE_NAMES = {
  /** Inbound texts recorded by the webhook, to be understood and acted on. */
  inbound: 'inbound',
  /** Outbound Message ids to hand to Twilio, paced per sender. */
  outbound: 'outbound',
  /** Flow timers (reminders, expiries, no-show checks), backed by Timer documents. */
  timers: 'timers',
} as const;

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

/** Connection and key prefix shared by queues and workers. The prefix is a hash tag so every
 * key of a queue lands in one Redis Cluster slot. */
export interface QueueContext {
  prefix: string;
  queueConnection: Redis;
  workerConnection: Redis;
}

export function createQueue<Data>(
  context: QueueContext,
  name: QueueName | string,
  defaultJobOptions: DefaultJobOptions = {},
): Queue<Data> {
  return new Queue<Data>(name, {
    connection: context.queueConnection,
    prefix: context.prefix,
    defaultJobOptions,
  });
}

export function createWorker<Data>(
  context: QueueContext,
  name: QueueName | string,
  processor: Processor<Data>,
  options: Omit<WorkerOptions, 'connection' | 'prefix'> = {},
): Worker<Data> {
  return new Worker<Data>(name, processor, {
    ...options,
    connection: context.workerConnection,
    prefix: context.prefix,
  });
}

export function createQueueEvents(context: QueueContext, name: QueueName | string): QueueEvents {
  return new QueueEvents(name, {
    connection: context.workerConnection.duplicate(),
    prefix: context.prefix,
  });
}
