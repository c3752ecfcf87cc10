/**
 * Programme broadcast fan-out: N participants, one broadcast of 10 places. Measures how long
 * posting takes to create every offer and to queue every invitation, and computes how long
 * the pacer would take to send them at 1, 10 and 100 texts a second. Prints JSON.
 *   npx tsx scripts/bench/fan-out.ts [participants=10000]
 * Sending is paced at 1 text a second during the run, so the queue is measured, not Twilio.
 */
import { performance } from 'node:perf_hooks';
import { Types } from 'mongoose';
import { postBroadcast } from '../../src/programme/post-broadcast';
import { startLocalServices } from '../services/local-services';
import { machineInfo } from './machine';
import { startHarness } from '../../tests/support/harness';
import { seedOrganisation, seedPerson, testNumber } from '../../tests/support/seed';

const BATCH = 1_000;
const RATES = [1, 10, 100];

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10_000);
  const services = await startLocalServices();
  process.env.MONGODB_URI = services.mongoUri;
  process.env.REDIS_URL = services.redisUrl;
  const h = await startHarness({ overrides: { SEND_RATE_PER_SECOND: '1' } });
  try {
    const { models } = h;
    const organisation = await seedOrganisation(models, { quietHours: null });
    const supervisor = await seedPerson(models, organisation, { name: 'Sam', roles: [] });
    const participants: Types.ObjectId[] = [];
    for (let from = 0; from < count; from += BATCH) {
      const batch = await models.Person.insertMany(
        Array.from({ length: Math.min(BATCH, count - from) }, (_, i) => ({
          name: `Participant ${from + i + 1}`,
          phone: testNumber(),
          organisation: organisation._id,
          roles: [],
        })),
      );
      participants.push(...batch.map((p) => p._id));
    }
    const programme = await models.Programme.create({
      organisation: organisation._id,
      name: 'Fan-out bench',
      slug: `fan-out-${new Types.ObjectId().toString()}`,
      budgetCents: 1_000_000_000,
      hourlyRateCents: 2_000,
      minutesPerParticipant: 600,
      participants: participants.map((person) => ({ person, payType: 'wage' })),
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
    const waiting = await h.shiftline.runtime.outboundQueue.getJobCounts();
    console.log(
      JSON.stringify(
        {
          benchmark: 'programme-fan-out',
          machine: machineInfo({
            database: `${h.shiftline.runtime.capabilities.server} ${h.shiftline.runtime.capabilities.version}`,
          }),
          participants: count,
          offers,
          invitationsRecorded: queued,
          outboundQueue: waiting,
          secondsToCreateOffersAndQueueSends: Math.round(offersCreatedS * 10) / 10,
          offersPerSecond: Math.round((offers / offersCreatedS) * 10) / 10,
          sendingSecondsAt: Object.fromEntries(RATES.map((rate) => [`${rate}/s`, queued / rate])),
        },
        null,
        2,
      ),
    );
  } finally {
    await h.stop();
    await services.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
