import { freePort } from '../../../scripts/services/free-port';
import type { Config } from '../../../src/config';
import { systemClock } from '../../../src/engine/clock';
import { openRuntime, type Runtime } from '../../../src/runtime';
import { startTwilioLocal, type TwilioLocal } from '../../../src/twilio-local';
import { testConfig, testLogger } from '../../support/env';
import { TEST_ACCOUNT_NUMBERS, TEST_TEMPLATE_SID } from '../../support/test-account';
import { startLoadBalancer, type LoadBalancer } from './load-balancer';
import {
  spawnShiftline,
  type Exit,
  type ShiftlineProcess,
  type SpawnOptions,
} from './shiftline-process';

/** A process stopped with SIGTERM and the one started in its place. */
export interface Restart {
  label: string;
  exit: Exit;
  /** Real time of the SIGTERM, and from it until the successor was ready. */
  at: number;
  readyAfterMs: number;
}

/**
 * Shiftline as a region runs it: web and worker processes of their own (`node --import tsx
 * src/main.ts`), the web ones behind a load balancer at PUBLIC_BASE_URL, all sharing the test
 * servers' Redis and database (nothing here restarts those). This process runs no role: its
 * runtime seeds, posts shifts and reads what happened; the local Twilio endpoint's phones post
 * through the balancer.
 */
export interface Cluster {
  config: Config;
  runtime: Runtime;
  twilio: TwilioLocal;
  balancer: LoadBalancer;
  /** The processes running now, web first, by label (web-1, worker-1…). */
  processes: Map<string, ShiftlineProcess>;
  /** SIGTERM, wait for the exit, then start a successor with the same label (and port). */
  restart(label: string): Promise<Restart>;
  stop(): Promise<void>;
}

export async function startCluster({
  webs,
  workers,
  overrides = {},
}: {
  webs: number;
  workers: number;
  overrides?: Record<string, string>;
}): Promise<Cluster> {
  const webPorts = await Promise.all(Array.from({ length: webs }, () => freePort()));
  const workerPorts = await Promise.all(Array.from({ length: workers }, () => freePort()));
  const balancer = await startLoadBalancer(
    webPorts.map((port, i) => ({ label: `web-${i + 1}`, port })),
  );
  const base = testConfig({ PUBLIC_BASE_URL: balancer.url, ...overrides });
  const twilio = await startTwilioLocal({
    accountSid: base.TWILIO_ACCOUNT_SID,
    authToken: base.TWILIO_AUTH_TOKEN,
    webhookUrl: `${balancer.url}/webhooks/twilio/messages`,
    now: () => Date.now(),
    numbers: TEST_ACCOUNT_NUMBERS,
    templates: [{ sid: TEST_TEMPLATE_SID }],
  });
  const config: Config = { ...base, TWILIO_API_URL: twilio.url };
  // Opened first, so the database's indexes exist before the processes race to create them.
  const runtime = await openRuntime(config, testLogger(config), systemClock);

  const planned = [
    ...webPorts.map((port, i) => ({ role: 'web' as const, label: `web-${i + 1}`, port })),
    ...workerPorts.map((port, i) => ({ role: 'worker' as const, label: `worker-${i + 1}`, port })),
  ];
  const processes = new Map<string, ShiftlineProcess>();
  const started = await Promise.allSettled(planned.map((p) => spawnRole(config, p)));
  for (const result of started) {
    if (result.status === 'fulfilled') processes.set(result.value.label, result.value);
  }
  const stop = async () => {
    await Promise.all([...processes.values()].map((p) => p.stop()));
    await balancer.stop();
    for (const queue of [runtime.inboundQueue, runtime.outboundQueue, runtime.timersQueue])
      await queue.obliterate({ force: true }).catch(() => undefined);
    await runtime.mongo.dropDatabase().catch(() => undefined);
    await runtime.close();
    await twilio.stop();
  };
  const failed = started.find((r) => r.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }

  return {
    config,
    runtime,
    twilio,
    balancer,
    processes,
    stop,
    async restart(label) {
      const old = processes.get(label);
      if (!old) throw new Error(`no process ${label}`);
      const at = Date.now();
      const exit = await old.stop();
      const successor = await spawnRole(config, {
        role: old.role,
        label,
        ...(old.port === undefined ? {} : { port: old.port }),
      });
      processes.set(label, successor);
      return { label, exit, at, readyAfterMs: Date.now() - at };
    },
  };
}

/**
 * Starts a role. A worker's metrics port is the drill's own pick (freePort), which another
 * process on a busy machine can take (an outgoing connection's ephemeral port) before the worker
 * listens: it then exits with EADDRINUSE, and is started again on a port picked afresh. A web
 * process keeps its port: the balancer sends to it.
 */
async function spawnRole(config: Config, options: SpawnOptions): Promise<ShiftlineProcess> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await spawnShiftline(config, options);
    } catch (error) {
      const portTaken = String((error as Error).message).includes('EADDRINUSE');
      if (options.role !== 'worker' || !portTaken || attempt === 3) throw error;
      options = { ...options, port: await freePort() };
    }
  }
}
