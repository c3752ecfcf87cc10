import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../../../src/config';
import { eventually } from '../../support/harness';

const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'src/main.ts');
/** How long an orchestrator waits after SIGTERM before it sends SIGKILL. */
const KILL_AFTER_MS = 30_000;
/** A start compiles src with tsx: seconds on an idle machine, much longer on a busy one. */
const READY_WITHIN_MS = 180_000;

export type Role = 'web' | 'worker';

/** How a process ended after stop(). */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From SIGTERM to exit. */
  afterMs: number;
  /** It had not exited KILL_AFTER_MS after SIGTERM, and was killed. */
  killed: boolean;
}

/** A Shiftline role (ROLE=web or ROLE=worker) in its own OS process, so signals mean what they say. */
export interface ShiftlineProcess {
  readonly role: Role;
  readonly label: string;
  readonly pid: number;
  /** The web role's PORT, or the worker's METRICS_PORT (if it was given one). */
  readonly port?: number;
  readonly logFile: string;
  /** kill -9: no shutdown hook runs, jobs it held stay locked until their locks expire. */
  kill(): Promise<void>;
  /** SIGTERM, as an orchestrator would; SIGKILL if it has not gone after KILL_AFTER_MS. */
  stop(): Promise<Exit>;
}

export interface SpawnOptions {
  role: Role;
  label: string;
  /** web: the port it listens on; worker: its METRICS_PORT. */
  port?: number;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** The environment a deployed process would get: the drill's config, as variables. */
function processEnv(config: Config, { role, port }: SpawnOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TZ: process.env.TZ,
    NODE_ENV: config.NODE_ENV,
    ROLE: role,
    PORT: role === 'web' && port !== undefined ? String(port) : '0',
    PUBLIC_BASE_URL: config.PUBLIC_BASE_URL,
    MONGODB_URI: config.MONGODB_URI,
    REDIS_URL: config.REDIS_URL,
    TWILIO_ACCOUNT_SID: config.TWILIO_ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: config.TWILIO_AUTH_TOKEN,
    TWILIO_FROM_NUMBER: config.TWILIO_FROM_NUMBER,
    SEND_RATE_PER_SECOND: String(config.SEND_RATE_PER_SECOND),
    SHUTDOWN_TIMEOUT_MS: String(config.SHUTDOWN_TIMEOUT_MS),
    QUEUE_PREFIX: config.QUEUE_PREFIX,
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
  };
  if (role === 'worker' && port !== undefined) env.METRICS_PORT = String(port);
  if (config.TWILIO_API_URL) env.TWILIO_API_URL = config.TWILIO_API_URL;
  return env;
}

/** What a process logs once it is ready: a worker given a METRICS_PORT serves it last. */
const readyLine = ({ role, port }: SpawnOptions) =>
  role === 'web' ? 'web listening' : port === undefined ? 'workers started' : 'metrics listening';
let spawned = 0;

/**
 * Starts `node --import tsx src/main.ts` with the role and waits until it is ready (its "web
 * listening" or "workers started" log line). Its log goes to a file in the temp dir.
 */
export async function spawnShiftline(
  config: Config,
  options: SpawnOptions,
): Promise<ShiftlineProcess> {
  const { role, label, port } = options;
  spawned += 1;
  const logFile = path.join(os.tmpdir(), `shiftline-drill-${label}-${process.pid}-${spawned}.log`);
  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: processEnv(config, options),
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const gone = exited(child);
  const ready = await eventually(
    async () =>
      child.exitCode !== null || fs.readFileSync(logFile, 'utf8').includes(readyLine(options)),
    (done) => done,
    READY_WITHIN_MS,
  );
  if (!ready || child.exitCode !== null) {
    child.kill('SIGKILL');
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    throw new Error(`${role} ${label} did not start (exit ${child.exitCode}); log:\n${tail}`);
  }
  return {
    role,
    label,
    pid: child.pid!,
    logFile,
    ...(port === undefined ? {} : { port }),
    async kill() {
      child.kill('SIGKILL');
      await gone;
    },
    async stop() {
      const began = Date.now();
      let killed = false;
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, KILL_AFTER_MS);
      await gone;
      clearTimeout(timer);
      return {
        code: child.exitCode,
        signal: child.signalCode,
        afterMs: Date.now() - began,
        killed,
      };
    },
  };
}
