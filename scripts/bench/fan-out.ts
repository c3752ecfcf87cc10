/**
 * Programme broadcast fan-out: N participants, one broadcast of 10 places. Measures how long
 * posting takes to create every offer and to queue every invitation, then how closely the
 * pacer holds the configured texts per second: sends per 1-second bucket as they reach the
 * local Twilio endpoint. Prints JSON.
 *   npx tsx scripts/bench/fan-out.ts [participants=1000] [sendRatePerSecond=20] [pacingSeconds=20]
 * The size is 10,000 participants; FerretDB on SQLite then fails with SQLITE_BUSY, so
 * run it against FerretDB on PostgreSQL (see README, "Benchmarks").
 */
import { performance } from 'node:perf_hooks';
import { Types } from 'mongoose';
import { postBroadcast } from '../../src/programme/post-broadcast';
import { sleep } from '../../tests/support/harness';
import { seedOrganisation, seedPerson } from '../../tests/support/seed';
import { seedPeople } from './seed-people';
import { argInt, round1, runBench } from './run-bench';

const RATES = [1, 10, 100];

const participants = argInt(0, 1_000);
const sendRate = argInt(1, 20);
const pacingSeconds = argInt(2, 20);

/** Sends per whole 1-second bucket from the first send; the last, partial bucket is dropped. */
function pacing(sentAtMs: number[], rate: number) {
  if (sentAtMs.length === 0) return { buckets: 0 };
  const sorted = [...sentAtMs].sort((a, b) => a - b);
  const first = sorted[0]!;
  const whole = Math.floor((sorted[sorted.length - 1]! - first) / 1000);
  const buckets = Array.from({ length: whole }, () => 0);
  for (const at of sorted) {
    const bucket = Math.floor((at - first) / 1000);
    if (bucket < whole) buckets[bucket]! += 1;
  }
  if (buckets.length === 0) return { buckets: 0 };
  const mean = buckets.reduce((a, b) => a + b, 0) / buckets.length;
  const worst = buckets.reduce((w, b) => (Math.abs(b - rate) > Math.abs(w - rate) ? b : w));
  return {
    buckets: buckets.length,
    configuredPerSecond: rate,
    meanPerSecond: round1(mean),
    minPerSecond: Math.min(...buckets),
    maxPerSecond: Math.max(...buckets),
    worstBucket: worst,
    worstDeviationPercent: round1((Math.abs(worst - rate) / rate) * 100),
    perSecond: buckets,
  };
}

runBench(
  {
    benchmark: 'programme-fan-out',
    parameters: { participants, sendRatePerSecond: sendRate, pacingSeconds },
    overrides: { SEND_RATE_PER_SECOND: String(sendRate) },
  },
  async ({ h }) => {
    const { models } = h;
    const organisation = await seedOrganisation(models, { quietHours: null });
    const supervisor = await seedPerson(models, organisation, { name: 'Sam', roles: [] });
    const people = (await seedPeople(models, organisation, participants, 'participant')).map(
      (p) => p._id,
    );
    const programme = await models.Programme.create({
      organisation: organisation._id,
      name: 'Fan-out bench',
      slug: `fan-out-${new Types.ObjectId().toString()}`,
      budgetCents: 1_000_000_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
      participants: people.map((person) => ({ person, payType: 'wage' })),
      supervisors: [supervisor._id],
      createdAt: new Date(),
    });
    const start = new Date(Date.now() + 3 * 86_400_000);

    const began = performance.now();
    const { shift } = await postBroadcast(
      h.shiftline.runtime,
      programme.toObject(),
      { slots: 10, start, end: new Date(start.getTime() + 4 * 3_600_000), place: 'Bench Park' },
      { kind: 'api' },
    );
    const offersCreatedS = (performance.now() - began) / 1000;
    const offers = await models.Offer.countDocuments({ shift: shift?._id });
    const queued = await models.OutboundMessage.countDocuments({ key: 'offer.new' });
    const outboundQueue = await h.shiftline.runtime.outboundQueue.getJobCounts();

    // Let the pacer run for the window (or until every invitation is sent), then bucket the sends.
    const windowEnds = performance.now() + pacingSeconds * 1000;
    while (performance.now() < windowEnds && h.twilio.phones.attempts().length < queued) {
      await sleep(250);
    }
    const sends = h.twilio.phones.attempts().map((m) => m.acceptedAtRealMs);
    return {
      offers,
      invitationsRecorded: queued,
      outboundQueue,
      secondsToCreateOffersAndQueueSends: round1(offersCreatedS),
      offersPerSecond: round1(offers / offersCreatedS),
      sendingSecondsAt: Object.fromEntries(RATES.map((rate) => [`${rate}/s`, queued / rate])),
      pacing: { sendsMeasured: sends.length, ...pacing(sends, sendRate) },
    };
  },
);
