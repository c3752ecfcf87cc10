import { eventually, startHarness, type Harness } from '../support/harness';
import { checkDrill, itKeepsTheInvariants, type DrillFacts } from './support/drill-checks';
import { planAfterFault, planLoad, runLoad, TextLedger } from './support/drill-load';
import { prepareDrill } from './support/drill-world';
import { spawnShiftline, type ShiftlineProcess } from './support/shiftline-process';

jest.setTimeout(180_000);

describe('fault drill: kill -9 the worker process mid-run, then start another', () => {
  let h: Harness;
  let facts: DrillFacts | undefined;
  let jobsHeldAtKill = 0;
  const workers: ShiftlineProcess[] = [];

  beforeAll(async () => {
    // Web in this process; the BullMQ workers in a child process of their own.
    h = await startHarness({ overrides: { ROLE: 'web', SEND_RATE_PER_SECOND: '200' } });
    const config = { ...h.config, TWILIO_API_URL: h.twilio.url };
    const runtime = h.shiftline.runtime;
    const { phones } = h.twilio;
    const first = await spawnShiftline(config, { role: 'worker', label: 'first' });
    workers.push(first);
    const world = await prepareDrill(runtime, phones);
    const ledger = new TextLedger();
    const startedAt = Date.now();

    const load = runLoad(phones, ledger, planLoad(world), 'load');
    // Kill it while it holds jobs: some texts handled, others running or waiting.
    await eventually(
      () =>
        runtime.models.InboundMessage.countDocuments({
          messageSid: { $in: ledger.texts.map((t) => t.messageSid) },
          outcome: { $exists: true },
        }),
      (handled) => handled >= 8,
      30_000,
    );
    const busy = await eventually(
      async () => {
        const [inbound, outbound] = await Promise.all([
          runtime.inboundQueue.getJobCounts('active', 'waiting'),
          runtime.outboundQueue.getJobCounts('active', 'waiting', 'prioritized'),
        ]);
        return { inbound, outbound };
      },
      ({ inbound, outbound }) => (inbound.active ?? 0) + (outbound.active ?? 0) > 0,
      10_000,
    );
    await first.kill();
    jobsHeldAtKill = (busy.inbound.active ?? 0) + (busy.outbound.active ?? 0);
    console.log(JSON.stringify({ drill: 'worker-kill-9', jobsAtKill: busy }));

    workers.push(await spawnShiftline(config, { role: 'worker', label: 'second' }));
    await load;
    await runLoad(phones, ledger, planAfterFault(world), 'after-fault');
    facts = await checkDrill('worker-kill-9', runtime, phones, world, ledger, {
      startedAt,
      timeoutMs: 120_000,
    });
  });
  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    await h?.stop();
  });

  it('killed the worker while it held jobs', () => {
    expect(jobsHeldAtKill).toBeGreaterThan(0);
  });

  itKeepsTheInvariants(() => facts);
});
