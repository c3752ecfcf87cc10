import { createQueue, createWorker, type QueueContext } from '../../src/jobs/queues';
import { closeRedis, createRedis } from '../../src/jobs/redis';
import { testConfig, testLogger, uniqueName } from '../support/env';

describe('queues on the test Redis', () => {
  const config = testConfig();
  const log = testLogger(config);
  const context: QueueContext = {
    prefix: config.QUEUE_PREFIX,
    queueConnection: createRedis(config.REDIS_URL, 'queue', log),
    workerConnection: createRedis(config.REDIS_URL, 'worker', log),
  };

  afterAll(async () => {
    await closeRedis(context.queueConnection);
    await closeRedis(context.workerConnection);
  });

  it('processes a delayed job after its delay, under the hash-tagged prefix', async () => {
    const name = uniqueName('delayed');
    const queue = createQueue<{ n: number }>(context, name);
    const processed = new Promise<{ data: { n: number }; at: number }>((resolve) => {
      const worker = createWorker<{ n: number }>(context, name, async (job) => {
        resolve({ data: job.data, at: Date.now() });
        await worker.close(true).catch(() => undefined);
      });
    });
    const queuedAt = Date.now();
    await queue.add('probe', { n: 7 }, { delay: 300, jobId: 'probe-1' });
    const keys = await context.queueConnection.keys(`${config.QUEUE_PREFIX}:${name}:*`);
    expect(keys.length).toBeGreaterThan(0);
    const { data, at } = await processed;
    expect(data).toEqual({ n: 7 });
    expect(at - queuedAt).toBeGreaterThanOrEqual(290);
    await queue.obliterate({ force: true });
    await queue.close();
  });

  it('adds a job with the same id once', async () => {
    const queue = createQueue(context, uniqueName('dedupe'));
    await queue.add('x', {}, { jobId: 'same', delay: 60_000 });
    await queue.add('x', {}, { jobId: 'same', delay: 60_000 });
    expect(await queue.getDelayedCount()).toBe(1);
    await queue.obliterate({ force: true });
    await queue.close();
  });

  it('gives workers connections that never give up on a command', () => {
    expect(context.workerConnection.options.maxRetriesPerRequest).toBeNull();
  });
});
