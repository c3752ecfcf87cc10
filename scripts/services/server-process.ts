import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { waitForPort } from './free-port';

/** A server we started: its port, and how to stop or restart it. */
export interface ServerProcess {
  readonly name: string;
  readonly port: number;
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** kill -9, for fault drills. */
  kill(): void;
}

const running = new Set<ChildProcess>();
const leftBehind = new Set<string>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
  for (const dir of leftBehind) fs.rmSync(dir, { recursive: true, force: true });
});

export async function startServerProcess(options: {
  name: string;
  command: string;
  args: string[];
  port: number;
  dir: string;
  /** uid/gid to run as (postgres refuses root). */
  spawnOptions?: { uid: number; gid: number };
  /** The signal that stops it promptly; SIGTERM unless said. */
  stopSignal?: NodeJS.Signals;
  /** A directory of its own (a data cluster) removed once it has stopped for good. */
  removeOnStop?: string;
}): Promise<ServerProcess> {
  const logFile = path.join(options.dir, `${options.name}.log`);
  let child: ChildProcess | undefined;
  let stopping = false;

  async function start(): Promise<void> {
    const out = fs.openSync(logFile, 'a');
    child = spawn(options.command, options.args, {
      stdio: ['ignore', out, out],
      cwd: options.dir,
      ...options.spawnOptions,
    });
    fs.closeSync(out);
    running.add(child);
    const started = child;
    started.once('exit', (code, signal) => {
      if (stopping) return;
      // A test server dying mid-run makes every later test fail obscurely: say so, with its log.
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
      console.error(
        `[services] ${options.name} exited unexpectedly (code ${code}, signal ${signal}); last log lines:\n${tail}`,
      );
    });
    const exited = new Promise<never>((_, reject) =>
      started.once('exit', (code) =>
        reject(new Error(`${options.name} exited with code ${code} at start; see ${logFile}`)),
      ),
    );
    exited.catch(() => undefined);
    await Promise.race([waitForPort(options.port, 20_000, options.name), exited]);
  }

  async function stop(): Promise<void> {
    const current = child;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    stopping = true;
    const gone = new Promise<void>((resolve) => current.once('exit', () => resolve()));
    current.kill(options.stopSignal ?? 'SIGTERM');
    const timer = setTimeout(() => current.kill('SIGKILL'), 5_000);
    await gone;
    clearTimeout(timer);
    running.delete(current);
  }

  if (options.removeOnStop) leftBehind.add(options.removeOnStop);
  await start();
  return {
    name: options.name,
    port: options.port,
    async stop() {
      await stop();
      if (!options.removeOnStop) return;
      fs.rmSync(options.removeOnStop, { recursive: true, force: true });
      leftBehind.delete(options.removeOnStop);
    },
    async restart() {
      await stop();
      stopping = false;
      await start();
    },
    kill() {
      stopping = true;
      child?.kill('SIGKILL');
    },
  };
}
