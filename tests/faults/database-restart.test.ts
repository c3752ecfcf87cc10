import { startLocalServices, type LocalServices } from '../../scripts/services/local-services';
import { eventually, sleep, startHarness, type Harness } from '../support/harness';
import { checkDrill, itKeepsTheInvariants, type DrillFacts } from './support/drill-checks';
import { planAfterFault, planLoad, runLoad, TextLedger } from './support/drill-load';
import { prepareDrill } from './support/drill-world';

jest.setTimeout(180_000);

/**
 * How long the database server stays down: past the webhook's 3 s wait for the database, so
 * texts arriving meanwhile are taken with their receipt in Redis alone (the job carries them).
 */
const OUTAGE_MS = 4_000;

describe('fault drill: the database server restarts mid-run', () => {
  let services: LocalServices;
  let h: Harness;
  let facts: DrillFacts | undefined;
  let takenDuringOutage = 0;

  beforeAll(async () => {
    // A private FerretDB (or mongod), restarted on the same port and data dir.
    services = await startLocalServices({ REDIS_URL: process.env.REDIS_URL });
    h = await startHarness({
      overrides: { MONGODB_URI: services.mongoUri, SEND_RATE_PER_SECOND: '200' },
    });
    const runtime = h.shiftline.runtime;
    const { phones } = h.twilio;
    const world = await prepareDrill(runtime, phones);
    const ledger = new TextLedger();
    const startedAt = Date.now();

    // Half the texts arrive before the outage, half while the server is down.
    const plan = planLoad(world);
    const half = Math.ceil(plan.length / 2);
    const before = runLoad(phones, ledger, plan.slice(0, half), 'load');
    await eventually(
      async () => ledger.texts.length,
      (sent) => sent >= half - 4,
      30_000,
    );
    await services.mongo!.stop();
    const downFrom = Date.now();
    const during = runLoad(phones, ledger, plan.slice(half), 'load');
    await sleep(OUTAGE_MS);
    takenDuringOutage = ledger.takenBetween(downFrom, Date.now());
    await services.mongo!.restart();
    await Promise.all([before, during]);
    await runLoad(phones, ledger, planAfterFault(world), 'after-fault');
    facts = await checkDrill('database-restart', runtime, phones, world, ledger, {
      startedAt,
      timeoutMs: 120_000,
    });
  });
  afterAll(async () => {
    // The database is this file's own and goes with its server: no need to drop it first.
    await h?.shiftline.stop();
    await h?.twilio.stop();
    await services?.stop();
  });

  it('met the fault: texts arriving while the database was down were taken, not refused', () => {
    expect(takenDuringOutage).toBeGreaterThan(0);
  });

  itKeepsTheInvariants(() => facts);
});
