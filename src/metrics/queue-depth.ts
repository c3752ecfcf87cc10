import { Gauge, type Registry } from 'prom-client';
import type { Queue } from 'bullmq';
import type { Logger } from '../log';

const STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed'] as const;

/**
 * Jobs in each queue by state, read from Redis at each scrape. Every process reports the same
 * figures (the queues are shared), so sum nothing across processes: take max.
 */
export function registerQueueDepth(registry: Registry, queues: Queue[], log: Logger): void {
  new Gauge({
    name: 'shiftline_queue_jobs',
    help: 'Jobs in each queue by state (waiting, prioritized, active, delayed, failed)',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      try {
        const counts = await Promise.all(queues.map((queue) => queue.getJobCounts(...STATES)));
        queues.forEach((queue, i) => {
          for (const state of STATES) this.labels(queue.name, state).set(counts[i]![state] ?? 0);
        });
      } catch (error) {
        // Redis unreachable: no figures rather than stale ones.
        this.reset();
        log.warn({ err: (error as Error).message }, 'queue depth not read');
      }
    },
  });
}
