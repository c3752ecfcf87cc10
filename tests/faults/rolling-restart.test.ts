import { checkDrill, itKeepsTheInvariants, type DrillFacts } from './support/drill-checks';
import {
  planAfterFault,
  planSteady,
  runLoad,
  runSteadyLoad,
  TextLedger,
} from './support/drill-load';
import { A_PLACES, prepareDrill } from './support/drill-world';
import { startCluster, type Cluster, type Restart } from './support/cluster';
import type { LoadBalancerTally } from './support/load-balancer';
import { senderPaces } from './support/scale-checks';
import { reminderTrace } from './support/traces';

// ~2 min on an idle 2-core machine; the headroom is for a busy one (each successor compiles src).
jest.setTimeout(480_000);

/** Texts per second, posted through the balancer to whichever web process is up. */
const TEXTS_PER_SECOND = 5;
/** At most this many texts (a minute of them): the restarts usually end well before. */
const MAX_TEXTS = 300;
/** A worker first, so that the reminders, due ~15 s into the load, fall due around its restart. */
const ORDER = ['worker-1', 'web-1', 'worker-2', 'web-2'];
/** A reminder counts as on time when Twilio has it this soon after it was due. */
const ON_TIME_MS = 5_000;
/**
 * Each sender's texts a second: a region taking 5 texts a second that each need an answer sizes
 * its senders above that (a Messaging Service's pool, a toll-free or short code); at a long
 * code's 1 a second the answers fall ever further behind, restarts or not.
 */
const SEND_RATE = 10;

describe('rolling restart drill: each process gets SIGTERM in turn and a successor, under load', () => {
  let cluster: Cluster;
  let facts: DrillFacts | undefined;
  let balanced: LoadBalancerTally | undefined;
  let reminderLateness: number[] = [];
  const restarts: Restart[] = [];

  beforeAll(async () => {
    cluster = await startCluster({
      webs: 2,
      workers: 2,
      overrides: { SEND_RATE_PER_SECOND: String(SEND_RATE) },
    });
    const { runtime } = cluster;
    const { phones } = cluster.twilio;
    const world = await prepareDrill(runtime, phones, { remindersDueAfterMs: 60_000 });
    const ledger = new TextLedger();
    const startedAt = Date.now();

    let restarted = false;
    const load = runSteadyLoad(phones, ledger, planSteady(world, MAX_TEXTS), 'load', {
      perSecond: TEXTS_PER_SECOND,
      until: () => restarted,
    });
    for (const label of ORDER) restarts.push(await cluster.restart(label));
    restarted = true;
    await load;
    await runLoad(phones, ledger, planAfterFault(world), 'after-fault');
    facts = await checkDrill('rolling-restart', runtime, phones, world, ledger, {
      startedAt,
      timeoutMs: 120_000,
    });
    const due = world.remindersDueAt.getTime();
    reminderLateness = phones
      .attempts()
      .filter((m) => m.body.startsWith('Reminder:'))
      .map((m) => m.acceptedAtRealMs - due);
    balanced = cluster.balancer.tally();
    console.log(
      JSON.stringify({
        drill: 'rolling-restart',
        texts: ledger.texts.length,
        loadSeconds: Math.round((Date.now() - startedAt) / 1000),
        restarts: restarts.map((r) => ({ ...r, at: r.at - startedAt })),
        remindersDueAt: due - startedAt,
        reminderLateness,
        reminders: await reminderTrace(runtime, world, phones.attempts()),
        paces: await senderPaces(runtime, phones.attempts()),
        balanced,
      }),
    );
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  itKeepsTheInvariants(() => facts);

  it('stops every process on SIGTERM by itself: exit 0, within the shutdown timeout', () => {
    expect(restarts.map((r) => r.label)).toEqual(ORDER);
    for (const { label, exit } of restarts) {
      expect({ label, code: exit.code, killed: exit.killed }).toEqual({
        label,
        code: 0,
        killed: false,
      });
      expect(exit.afterMs).toBeLessThan(cluster.config.SHUTDOWN_TIMEOUT_MS);
    }
  });

  it('answers no webhook 5xx, but a 503 that Twilio retries', () => {
    const statuses = Object.keys(balanced!.backend5xx);
    expect(statuses.filter((status) => status !== '503')).toEqual([]);
  });

  it('sends each due reminder within a few seconds of its time', () => {
    expect(reminderLateness).toHaveLength(A_PLACES);
    for (const late of reminderLateness) expect(late).toBeLessThan(ON_TIME_MS);
  });
});
