import { startHarness, type Harness } from '../support/harness';
import { checkDrill, itKeepsTheInvariants, type DrillFacts } from './support/drill-checks';
import { planAfterFault, planLoad, runLoad, TextLedger } from './support/drill-load';
import { prepareDrill } from './support/drill-world';

jest.setTimeout(180_000);

describe('fault drill: every webhook delivered twice, in shuffled order, status callbacks reversed', () => {
  let h: Harness;
  let facts: DrillFacts | undefined;
  let replayAnswers: number[] = [];

  beforeAll(async () => {
    h = await startHarness({ overrides: { SEND_RATE_PER_SECOND: '200' } });
    const runtime = h.shiftline.runtime;
    const { phones } = h.twilio;
    const world = await prepareDrill(runtime, phones);
    const ledger = new TextLedger();
    const startedAt = Date.now();

    h.twilio.faults.duplicateWebhooks(2);
    h.twilio.faults.outOfOrderCallbacks(true);
    await runLoad(phones, ledger, planLoad(world, { shuffle: true }), 'load', { concurrency: 6 });
    // Twilio replays a third of them again later, in reverse order, while the replies go out.
    const replayed = ledger.texts.filter((_, i) => i % 3 === 0).reverse();
    const answers = await Promise.all(
      replayed.map((t) => phones.send(t.phone, t.body, { messageSid: t.messageSid })),
    );
    replayAnswers = answers.map((a) => a.status);

    await runLoad(phones, ledger, planAfterFault(world), 'after-fault');
    facts = await checkDrill('duplicate-webhooks', runtime, phones, world, ledger, { startedAt });
    console.log(
      JSON.stringify({
        drill: 'duplicate-webhooks',
        webhookPosts: (ledger.texts.length + replayed.length) * 2,
        distinctTexts: ledger.texts.length,
      }),
    );
  });
  afterAll(() => h?.stop());

  it('answers every copy and every late replay of a webhook with 200', () => {
    expect(replayAnswers.length).toBeGreaterThan(0);
    expect(replayAnswers.every((status) => status === 200)).toBe(true);
  });

  itKeepsTheInvariants(() => facts);
});
