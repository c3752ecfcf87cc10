import type { Worker } from 'bullmq';
import type { Types } from 'mongoose';
import { systemClock, type Clock } from '../../../src/engine/clock';
import { createWorker, QUEUE_NAMES } from '../../../src/jobs/queues';
import { timersProcessor } from '../../../src/jobs/timers';
import { sendTextProcessor } from '../../../src/messaging/send-text';
import { openRuntime, type Runtime } from '../../../src/runtime';
import { startTwilioLocal, type TwilioLocal } from '../../../src/twilio-local';
import { testConfig, testLogger } from '../../support/env';
import { seedOrganisation, seedPerson } from '../../support/seed';

export interface Engine {
  runtime: Runtime;
  timersWorker: Worker;
  twilio?: TwilioLocal;
  stop(): Promise<void>;
}

/**
 * The engine against the real test servers: a runtime, the timers worker, and (with `phones`) the
 * outbound worker and the local Twilio endpoint, so texts reach simulated phones.
 */
export async function startEngine(
  options: {
    clock?: Clock;
    overrides?: Record<string, string>;
    phones?: boolean;
    poolSize?: number;
  } = {},
): Promise<Engine> {
  const clock = options.clock ?? systemClock;
  let config = testConfig({ SEND_RATE_PER_SECOND: '100', ...options.overrides });
  config = { ...config, MONGODB_URI: withPoolSize(config.MONGODB_URI, options.poolSize ?? 8) };
  const twilio = options.phones
    ? await startTwilioLocal({
        accountSid: config.TWILIO_ACCOUNT_SID,
        authToken: config.TWILIO_AUTH_TOKEN,
        webhookUrl: `${config.PUBLIC_BASE_URL}/webhooks/twilio/messages`,
        now: () => clock.now().getTime(),
      })
    : undefined;
  if (twilio) config = { ...config, TWILIO_API_URL: twilio.url };
  const runtime = await openRuntime(config, testLogger(config), clock);
  const timersWorker = createWorker(runtime.queues, QUEUE_NAMES.timers, timersProcessor(runtime), {
    concurrency: 8,
  });
  const sender = twilio
    ? createWorker(runtime.queues, QUEUE_NAMES.outbound, sendTextProcessor(runtime), {
        concurrency: 4,
      })
    : undefined;
  return {
    runtime,
    timersWorker,
    twilio,
    async stop() {
      await Promise.all([timersWorker.close(), sender?.close()]);
      for (const queue of [runtime.timersQueue, runtime.outboundQueue, runtime.inboundQueue]) {
        await queue.obliterate({ force: true }).catch(() => undefined);
      }
      await runtime.mongo.dropDatabase().catch(() => undefined);
      await runtime.close();
      await twilio?.stop();
    },
  };
}

/**
 * FerretDB 1.x on SQLite has one writer at a time; dozens of concurrent writes wait on its lock
 * and some fail with SQLITE_BUSY. A small pool queues them in the driver instead.
 */
function withPoolSize(uri: string, size: number): string {
  const url = new URL(uri);
  if (!url.searchParams.has('maxPoolSize')) url.searchParams.set('maxPoolSize', String(size));
  return url.toString();
}

export type OfferStrategySetting =
  | { kind: 'sequential'; expiryMinutes: number }
  | { kind: 'waves'; size: number; expiryMinutes: number }
  | { kind: 'broadcast' };

/** An organisation with a supervisor and `workers` full-time workers available any time. */
export async function seedTeam(
  runtime: Runtime,
  options: { workers: number; offerStrategy: OfferStrategySetting },
) {
  const organisation = await seedOrganisation(runtime.models, {
    offerStrategy: options.offerStrategy,
  });
  const supervisor = await seedPerson(runtime.models, organisation, {
    name: 'Sam',
    roles: [{ organisation: organisation._id, role: 'supervisor' }],
  });
  const workers = await Promise.all(
    Array.from({ length: options.workers }, (_, n) =>
      seedPerson(runtime.models, organisation, {
        name: `Worker ${String(n).padStart(2, '0')}`,
        employmentType: 'full_time',
      }),
    ),
  );
  return { organisation, supervisor, workers };
}

export { clearShiftData } from '../../support/clear-shift-data';

export const idOf = (doc: { _id: Types.ObjectId }): string => doc._id.toString();

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
