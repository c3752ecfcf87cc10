import type { Worker } from 'bullmq';
import type { Runtime } from '../runtime';
import { createWorker, QUEUE_NAMES } from './queues';
import { respondToInbound } from '../conversation/respond-to-inbound';
import { sendTextProcessor } from '../messaging/send-text';
import { timersProcessor } from './timers';
import { reconcile, RECONCILE_EVERY_MS } from './reconciler';
import { observeWorker } from '../metrics/jobs';

export interface WorkerRole {
  workers: Worker[];
  stop(): Promise<void>;
}

/** Starts every BullMQ worker; stop() lets running jobs finish (main bounds the wait). */
export async function startWorkers(runtime: Runtime): Promise<WorkerRole> {
  const { log } = runtime;
  const workers: Worker[] = [
    createWorker(runtime.queues, QUEUE_NAMES.inbound, respondToInbound(runtime), {
      concurrency: 8,
    }),
    createWorker(runtime.queues, QUEUE_NAMES.outbound, sendTextProcessor(runtime), {
      // Each send waits for its sender's slot (Twilio queues, then fails, texts above a sender's
      // rate), so a few at once keep every sender busy without racing ahead.
      concurrency: 4,
    }),
    createWorker(runtime.queues, QUEUE_NAMES.timers, timersProcessor(runtime), { concurrency: 8 }),
  ];
  for (const worker of workers) {
    observeWorker(worker, runtime.metrics);
    worker.on('failed', (job, error) =>
      log.warn(
        { queue: worker.name, jobId: job?.id, attempt: job?.attemptsMade, err: error.message },
        'job failed',
      ),
    );
    worker.on('error', (error) =>
      log.error({ queue: worker.name, err: error.message }, 'worker error'),
    );
  }
  log.info({ workers: workers.map((w) => w.name) }, 'workers started');
  // Rebuilds lost timer jobs and dispatches what a crash left behind; at start, then each minute.
  const reconcileNow = () =>
    reconcile(runtime).catch((error: Error) =>
      log.warn({ err: error.message }, 'reconcile failed'),
    );
  let reconciling = reconcileNow();
  await reconciling;
  const reconciler = setInterval(() => {
    reconciling = reconcileNow();
  }, RECONCILE_EVERY_MS);
  return {
    workers,
    async stop() {
      clearInterval(reconciler);
      await reconciling;
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}
