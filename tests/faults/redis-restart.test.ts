import { RECONCILE_EVERY_MS } from '../../src/jobs/reconciler';
import { startLocalServices, type LocalServices } from '../../scripts/services/local-services';
import { eventually, sleep, startHarness, type Harness } from '../support/harness';
import {
  checkDrill,
  countQueueErrors,
  itKeepsTheInvariants,
  type DrillFacts,
} from './support/drill-checks';
import { planAfterFault, planLoad, runLoad, TextLedger } from './support/drill-load';
import { prepareDrill } from './support/drill-world';

jest.setTimeout(180_000);

describe('fault drill: Redis restarts mid-run and comes back empty', () => {
  let services: LocalServices;
  let h: Harness;
  let facts: DrillFacts | undefined;
  let sendsWaitingAtRestart = 0;

  beforeAll(async () => {
    // A private redis-server (no persistence), so restarting it touches no other test file.
    services = await startLocalServices({ MONGODB_URI: process.env.MONGODB_URI });
    const workerStartedAt = Date.now();
    h = await startHarness({
      overrides: { REDIS_URL: services.redisUrl, SEND_RATE_PER_SECOND: '20' },
    });
    const runtime = h.shiftline.runtime;
    countQueueErrors(runtime);
    const { phones } = h.twilio;
    const world = await prepareDrill(runtime, phones);
    const ledger = new TextLedger();
    const startedAt = Date.now();

    // Hold the replies in Redis, as a slow sender or a busy worker does, so the restart surely
    // finds some there (pausing is a flag in Redis: the restart clears it).
    await runtime.outboundQueue.pause();
    const load = runLoad(phones, ledger, planLoad(world), 'load');
    const queued = await eventually(
      async () => ({
        inbound: await runtime.inboundQueue.getJobCounts('active', 'waiting'),
        outbound: await runtime.outboundQueue.getJobCounts('active', 'waiting', 'prioritized'),
        timers: await runtime.timersQueue.getJobCounts('delayed'),
      }),
      (c) => (c.outbound.waiting ?? 0) + (c.outbound.prioritized ?? 0) >= 6,
      30_000,
    );
    sendsWaitingAtRestart = (queued.outbound.waiting ?? 0) + (queued.outbound.prioritized ?? 0);
    await services.redis!.stop();
    await sleep(1_000);
    await services.redis!.restart();
    console.log(JSON.stringify({ drill: 'redis-restart', jobsLost: queued }));

    await load;
    await runLoad(phones, ledger, planAfterFault(world), 'after-fault');
    // The reconciler rebuilds timer jobs on its minute tick (the first a minute after the worker
    // started): wait until just past it, not longer, since the known bug never lets it settle.
    facts = await checkDrill('redis-restart', runtime, phones, world, ledger, {
      startedAt,
      timeoutMs: Math.max(30_000, workerStartedAt + RECONCILE_EVERY_MS + 20_000 - Date.now()),
    });
  });
  afterAll(async () => {
    await h?.stop();
    await services?.stop();
  });

  it('restarted Redis while replies waited in it to be sent', () => {
    expect(sendsWaitingAtRestart).toBeGreaterThanOrEqual(6);
  });

  // Known bug: the reconciler rebuilds timer jobs only, so a reply (or an inbound text) whose job
  // was waiting in Redis is never sent (or acted on); see tests/faults/README.md. With replies
  // waiting at the restart, 'replies' always fails; whether an inbound job was waiting too is
  // timing, so 'recorded' is checked here for what always holds: each text recorded once.
  it('records every text once', () => {
    expect(facts!.texts.recorded).toBe(facts!.texts.distinctSids);
  });

  itKeepsTheInvariants(() => facts, { ownCheck: ['recorded'] });
});
