import type { Job, Worker } from 'bullmq';
import { QUEUE_NAMES } from '../jobs/queues';
import type { Metrics } from './metrics';

/**
 * Times each job a worker runs and, on the timers queue, how late it started: a delayed job is
 * due at its creation time plus its delay, both on the clock of the process that added it.
 */
export function observeWorker(worker: Worker, metrics: Metrics): void {
  const started = new Map<string | undefined, number>();
  worker.on('active', (job: Job) => {
    started.set(job.id, performance.now());
    if (worker.name === QUEUE_NAMES.timers && job.processedOn) {
      const lateMs = job.processedOn - (job.timestamp + (job.delay ?? 0));
      metrics.timerLateness.observe(Math.max(0, lateMs) / 1000);
    }
  });
  const finished = (job: Job | undefined, outcome: 'completed' | 'failed') => {
    const at = job && started.get(job.id);
    if (at === undefined) return;
    started.delete(job!.id);
    metrics.jobDuration.labels(worker.name, outcome).observe((performance.now() - at) / 1000);
  };
  worker.on('completed', (job) => finished(job, 'completed'));
  worker.on('failed', (job) => finished(job, 'failed'));
}
