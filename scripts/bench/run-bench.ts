/**
 * The frame every benchmark runs in: Redis and the MongoDB-compatible server (started here
 * unless REDIS_URL / MONGODB_URI are set), Shiftline (web + worker, in this process) and the
 * local Twilio endpoint through tests/support/harness, then one JSON document on stdout:
 *   { benchmark, machine, parameters, results }
 * Everything is torn down whatever happens; a failure exits 1.
 * BENCH_DB_PROFILE=1 adds `dbProfile`: every database command Shiftline's connection sent, by
 * command and collection, with their count and total time (the driver's command monitoring),
 * and `dbProfileTotal`, their sum.
 */
import type { Clock } from '../../src/engine/clock';
import { startLocalServices, type LocalServices } from '../services/local-services';
import { startHarness, type Harness } from '../../tests/support/harness';
import { machineInfo } from './machine';
import { totalOf, watchCommands } from './db-profile';

export interface BenchContext {
  h: Harness;
  services: LocalServices;
  /** Sets the process's exit code to 1 once the JSON is printed (e.g. a wrong seat count). */
  fail(): void;
}

export interface BenchSpec<P extends object> {
  benchmark: string;
  parameters: P;
  /** Harness config overrides (SEND_RATE_PER_SECOND, …). */
  overrides?: Record<string, string>;
  /** The runtime's clock (a movable one for the simulator's moves); the real one by default. */
  clock?: Clock;
}

/** Redis's and the database server's versions, as printed under `machine`. */
export async function serverVersions(h: Harness): Promise<{ redis: string; database: string }> {
  const { runtime } = h.shiftline;
  const info = await runtime.redis.info('server');
  return {
    redis: /redis_version:(\S+)/.exec(info)?.[1] ?? '?',
    database: `${runtime.capabilities.server} ${runtime.capabilities.version}`,
  };
}

/** Reads a positive integer argument, or the default. */
export function argInt(index: number, fallback: number): number {
  const raw = process.argv[2 + index];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`argument ${index + 1} must be a positive number, got ${raw}`);
  }
  return value;
}

export const round1 = (n: number): number => Math.round(n * 10) / 10;

export function runBench<P extends object, R>(
  spec: BenchSpec<P>,
  body: (context: BenchContext) => Promise<R>,
): void {
  const run = async () => {
    const services = await startLocalServices();
    const profileDb = process.env.BENCH_DB_PROFILE === '1';
    process.env.MONGODB_URI = services.mongoUri;
    process.env.REDIS_URL = services.redisUrl;
    let failed = false;
    try {
      const h = await startHarness({
        overrides: spec.overrides,
        ...(spec.clock && { clock: spec.clock }),
      });
      try {
        const commands = profileDb ? watchCommands(h.shiftline.runtime.mongo.getClient()) : null;
        const results = await body({ h, services, fail: () => (failed = true) });
        const machine = machineInfo(await serverVersions(h));
        const dbProfile = commands?.all();
        console.log(
          JSON.stringify(
            {
              benchmark: spec.benchmark,
              machine,
              parameters: spec.parameters,
              results,
              ...(dbProfile && { dbProfile, dbProfileTotal: totalOf(dbProfile) }),
            },
            null,
            2,
          ),
        );
      } finally {
        await h.stop();
      }
    } finally {
      await services.stop();
    }
    if (failed) process.exitCode = 1;
  };
  run().then(
    // Drivers and timers may keep the loop alive after teardown.
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
