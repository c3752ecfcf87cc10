import { checkDrill, itKeepsTheInvariants, type DrillFacts } from './support/drill-checks';
import { runLoad, TextLedger } from './support/drill-load';
import { B_PLACES, prepareDrill } from './support/drill-world';
import { startCluster, type Cluster } from './support/cluster';
import type { LoadBalancerTally } from './support/load-balancer';
import { toldTwiceTrace } from './support/traces';
import {
  scrapeCounter,
  senderPaces,
  toldOnce,
  type SenderPace,
  type ToldOnce,
} from './support/scale-checks';

// ~1.5 min on an idle 2-core machine; the headroom is for a busy one (five processes start).
jest.setTimeout(480_000);

const WEBS = 2;
const WORKERS = 3;
/** Shift B's crowd: every one of them says YES to its 5 places. */
const CROWD = 200;
/** Texts per second per sender; B's sender sends ~400 (offers, then answers) at this pace. */
const RATE = 20;

describe('scale-out drill: 2 web and 3 worker processes, one Redis, one database', () => {
  let cluster: Cluster;
  let facts: DrillFacts | undefined;
  let told: ToldOnce | undefined;
  let paces: SenderPace[] = [];
  let balanced: LoadBalancerTally | undefined;
  const sentByWorker: Record<string, number> = {};

  beforeAll(async () => {
    cluster = await startCluster({
      webs: WEBS,
      workers: WORKERS,
      overrides: { SEND_RATE_PER_SECOND: String(RATE) },
    });
    const { runtime } = cluster;
    const { phones } = cluster.twilio;
    const world = await prepareDrill(runtime, phones, {
      bPeople: CROWD,
      remindersDueAfterMs: 60_000,
    });
    const ledger = new TextLedger();
    const startedAt = Date.now();
    // All 200 at once (10 webhooks in flight), through the balancer to both web processes.
    const yes = world.bPeople.map((p) => ({ phone: p.phone!, body: 'YES' }));
    await runLoad(phones, ledger, yes, 'load', { concurrency: 10, gapMs: 0 });
    facts = await checkDrill('scale-out', runtime, phones, world, ledger, {
      startedAt,
      timeoutMs: 100_000,
    });
    told = await toldOnce(runtime, world);
    paces = await senderPaces(runtime, phones.attempts());
    balanced = cluster.balancer.tally();
    for (const [label, worker] of cluster.processes) {
      if (worker.role === 'worker')
        sentByWorker[label] = await scrapeCounter(worker.port!, 'shiftline_texts_sent_total');
    }
    const toldTwice = await toldTwiceTrace(runtime, world, ['offer.accepted', 'offer.filled']);
    console.log(
      JSON.stringify({ drill: 'scale-out', told, toldTwice, paces, balanced, sentByWorker }),
    );
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  itKeepsTheInvariants(() => facts, { notApplicable: ['recovered'] });

  it('seats 5 of the 200 who said YES and tells each of the others, once, that it filled', () => {
    expect(told).toEqual({
      seated: B_PLACES,
      seatedToldBookedOnce: B_PLACES,
      others: CROWD - B_PLACES,
      othersToldFilledOnce: CROWD - B_PLACES,
      toldOtherwise: {},
    });
  });

  it('spreads the webhooks over both web processes, and none is answered 5xx', () => {
    const answeredBy = (web: string) =>
      Object.entries(balanced!.answers)
        .filter(([key]) => key.startsWith(`${web} /webhooks/twilio/messages 200`))
        .reduce((sum, [, n]) => sum + n, 0);
    for (let i = 1; i <= WEBS; i += 1) expect(answeredBy(`web-${i}`)).toBeGreaterThan(50);
    expect(balanced!.backend5xx).toEqual({});
  });

  it('sends from every worker process', () => {
    expect(Object.keys(sentByWorker)).toHaveLength(WORKERS);
    for (const sent of Object.values(sentByWorker)) expect(sent).toBeGreaterThan(0);
  });

  it("never sends faster than a sender's rate in any second, across all workers", () => {
    const crowdSender = paces.find((p) => p.from === '+15005550012');
    expect(crowdSender?.sent).toBeGreaterThanOrEqual(2 * CROWD);
    for (const pace of paces) {
      // Granted at most RATE a second on Redis's clock; at Twilio, one more at most, when a
      // send's trip from the worker is slower than the next one's.
      expect(pace.busiestSecondGranted).toBeLessThanOrEqual(RATE);
      expect(pace.busiestSecond).toBeLessThanOrEqual(RATE + 1);
    }
  });
});
