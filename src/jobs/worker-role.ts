import type { Worker } from 'bullmq';
import type { Runtime } from '../runtime';

export interface WorkerRole {
  stop(): Promise<void>;
}

/** Starts every BullMQ worker; stop() lets running jobs finish, up to the shutdown timeout. */
export async function startWorkers(runtime: Runtime): Promise<WorkerRole> {
  const workers: Worker[] = [];
  runtime.log.info({ workers: workers.map((w) => w.name) }, 'workers started');
  return {
    async stop() {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}
