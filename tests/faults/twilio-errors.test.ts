import { sleep, startHarness, type Harness } from '../support/harness';
import { checkDrill, itKeepsTheInvariants, type DrillFacts } from './support/drill-checks';
import { planAfterFault, planLoad, runLoad, TextLedger } from './support/drill-load';
import { prepareDrill } from './support/drill-world';

jest.setTimeout(180_000);

/** Long enough that every send in flight meets a 429 or a 500, several times for some. */
const FAULT_MS = 4_000;

describe('fault drill: the Twilio API answers 429 and then 500 for a while', () => {
  let h: Harness;
  let facts: DrillFacts | undefined;
  const refusals: string[] = [];

  beforeAll(async () => {
    h = await startHarness({ overrides: { SEND_RATE_PER_SECOND: '200' } });
    const { phones } = h.twilio;
    const runtime = h.shiftline.runtime;
    const outbound = h.shiftline.workers!.workers.find((w) => w.name === 'outbound')!;
    outbound.on('failed', (_job, error) => refusals.push(error.message));
    const world = await prepareDrill(runtime, phones);
    const ledger = new TextLedger();
    const startedAt = Date.now();

    // Every create is refused: 429s first, then 500s, then the API recovers.
    h.twilio.faults.rateLimit(1_000_000);
    const load = runLoad(phones, ledger, planLoad(world), 'load');
    await sleep(FAULT_MS / 2);
    h.twilio.faults.reset();
    h.twilio.faults.serverError(1_000_000);
    await sleep(FAULT_MS / 2);
    h.twilio.faults.reset();
    await load;

    await runLoad(phones, ledger, planAfterFault(world), 'after-fault');
    facts = await checkDrill('twilio-429-500', runtime, phones, world, ledger, { startedAt });
    console.log(JSON.stringify({ drill: 'twilio-429-500', refusedSends: refusals.length }));
  });
  afterAll(() => h?.stop());

  it('met the fault: sends were refused with 429 and with 500, and retried', () => {
    expect(refusals.some((m) => /429|Too Many/i.test(m))).toBe(true);
    expect(refusals.some((m) => /500|Internal/i.test(m))).toBe(true);
  });

  itKeepsTheInvariants(() => facts);
});
