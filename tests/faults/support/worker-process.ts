import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../../src/config';
import { eventually } from '../../support/harness';

const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'src/main.ts');

/** A Shiftline worker (ROLE=worker) in its own OS process, so kill -9 means what it says. */
export interface WorkerProcess {
  readonly pid: number;
  /** kill -9: no shutdown hook runs, jobs it held stay locked until their locks expire. */
  kill(): Promise<void>;
  /** SIGTERM, as an orchestrator would; SIGKILL if it has not gone after 10 s. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** The environment a deployed worker would get: the drill's config, as variables. */
function workerEnv(config: Config): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TZ: process.env.TZ,
    NODE_ENV: config.NODE_ENV,
    ROLE: 'worker',
    PORT: '0',
    PUBLIC_BASE_URL: config.PUBLIC_BASE_URL,
    MONGODB_URI: config.MONGODB_URI,
    REDIS_URL: config.REDIS_URL,
    TWILIO_ACCOUNT_SID: config.TWILIO_ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: config.TWILIO_AUTH_TOKEN,
    TWILIO_FROM_NUMBER: config.TWILIO_FROM_NUMBER,
    SEND_RATE_PER_SECOND: String(config.SEND_RATE_PER_SECOND),
    QUEUE_PREFIX: config.QUEUE_PREFIX,
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
  };
  if (config.TWILIO_API_URL) env.TWILIO_API_URL = config.TWILIO_API_URL;
  return env;
}

/**
 * Starts `node --import tsx src/main.ts` with ROLE=worker and waits until its BullMQ workers
 * have started (its "workers started" log line). Its log goes to a file in the temp dir.
 */
export async function spawnWorker(config: Config, label: string): Promise<WorkerProcess> {
  const logFile = path.join(os.tmpdir(), `shiftline-drill-${label}-${process.pid}.log`);
  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: workerEnv(config),
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const gone = exited(child);
  const ready = await eventually(
    async () =>
      child.exitCode !== null || fs.readFileSync(logFile, 'utf8').includes('workers started'),
    (done) => done,
    60_000,
  );
  if (!ready || child.exitCode !== null) {
    child.kill('SIGKILL');
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    throw new Error(`worker ${label} did not start (exit ${child.exitCode}); log:\n${tail}`);
  }
  return {
    pid: child.pid!,
    async kill() {
      child.kill('SIGKILL');
      await gone;
    },
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone;
      clearTimeout(timer);
    },
  };
}
