import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './log';
import { openRuntime, type Runtime } from './runtime';
import { startWeb, type WebRole } from './http/server';
import { startWorkers, type WorkerRole } from './jobs/worker-role';
import { StartupError } from './startup-error';
import { systemClock, type Clock } from './engine/clock';
import { serveMetrics, type MetricsServer } from './metrics/metrics-server';
import { checkSenders, type SenderProblem } from './messaging/check-senders';

export interface Shiftline {
  runtime: Runtime;
  web?: WebRole;
  workers?: WorkerRole;
  /** With METRICS_PORT: the port /metrics is served on. */
  metrics?: MetricsServer;
  /** The worker role's check of its senders at start (see checkSenders); never rejects. */
  senderCheck?: Promise<SenderProblem[]>;
  stop(): Promise<void>;
}

/** Starts the roles the config asks for: web, worker, or all in one process. */
export async function startShiftline(
  config: Config,
  log: Logger,
  clock: Clock = systemClock,
): Promise<Shiftline> {
  const runtime = await openRuntime(config, log, clock);
  const web =
    config.ROLE === 'worker'
      ? undefined
      : // A port taken before we listened: close what was opened, so the caller may try another.
        await startWeb(runtime).catch(async (error: unknown) => {
          await runtime.close();
          throw error;
        });
  const workers = config.ROLE === 'web' ? undefined : await startWorkers(runtime);
  const metrics =
    config.METRICS_PORT === undefined
      ? undefined
      : await serveMetrics(runtime.metrics.expose, config.METRICS_PORT, log);
  // In the background: a slow Twilio does not hold up the start.
  const senderCheck = workers ? checkSenders(runtime) : undefined;
  let stopping: Promise<void> | undefined;
  return {
    runtime,
    web,
    workers,
    metrics,
    ...(senderCheck ? { senderCheck } : {}),
    stop() {
      stopping ??= (async () => {
        await web?.stop();
        await metrics?.stop();
        const drained = workers?.stop() ?? Promise.resolve();
        const timeout = new Promise<'timeout'>((resolve) =>
          setTimeout(() => resolve('timeout'), config.SHUTDOWN_TIMEOUT_MS).unref(),
        );
        if ((await Promise.race([drained, timeout])) === 'timeout') {
          log.warn(
            { timeoutMs: config.SHUTDOWN_TIMEOUT_MS },
            'jobs still running at shutdown; they will be retried',
          );
        }
        await runtime.close();
        log.info('stopped');
      })();
      return stopping;
    },
  };
}

/** Prints a start-up problem as one message, without a stack trace, and exits 1. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
}

/** Stops the service on SIGTERM or SIGINT, then exits 0. */
export function stopOnSignals(stop: () => Promise<void>): void {
  const onSignal = (signal: NodeJS.Signals) => {
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`error while stopping on ${signal}:`, error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config);
  const shiftline = await startShiftline(config, log);
  stopOnSignals(shiftline.stop);
}

if (require.main === module) main().catch(exitOnStartupError);
