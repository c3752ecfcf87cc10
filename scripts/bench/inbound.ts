/**
 * Inbound load: signed Twilio webhooks at rising rates (autocannon) against Shiftline's web +
 * worker, each text a YES, NO or HERE from a worker offered a seeded shift (broadcast, so every
 * worker holds an open offer). Per rate: HTTP throughput, and latency from the webhook being
 * recorded (InboundMessage.receivedAt) to the reply recorded and queued (OutboundMessage
 * .createdAt; it is queued right after) and to the reply reaching the local Twilio endpoint
 * (the endpoint's acceptedAtRealMs). In the same run a floor — parse, signature check, one
 * insert, one queue add in a minimal express app — gets the same load, and Shiftline's
 * throughput is given as a ratio of the floor's, at each rate and at saturation.
 *   npx tsx scripts/bench/inbound.ts [secondsPerRate=1] [rates=25,50,100,200] [saturationRequests=100] [connections=20] [workers=200]
 * Shiftline, the floor and autocannon all run in this one process on the same cores.
 */
import type { Types } from 'mongoose';
import { postShift } from '../../src/engine/runtime/events';
import type { Harness } from '../../tests/support/harness';
import { seedOrganisation, seedPerson } from '../../tests/support/seed';
import { seedPeople } from './seed-people';
import { startFloorApp } from './floor-app';
import { summarise } from './machine';
import { argInt, round1, runBench } from './run-bench';
import { settle, settledWithin } from './settle';
import { postWebhooks, type LoadResult } from './webhook-load';

const seconds = argInt(0, 1);
const rates = (process.argv[3] ?? '25,50,100,200').split(',').map(Number);
const saturationRequests = argInt(2, 100);
const connections = argInt(3, 20);
const poolSize = argInt(4, 200);
const WORDS = ['YES', 'NO', 'HERE'];
const OUR_NUMBER = '+15005550006';
const DRAIN_TIMEOUT_MS = 600_000;

interface Worker {
  id: Types.ObjectId;
  phone: string;
}

async function seed(h: Harness, count: number): Promise<Worker[]> {
  const { models } = h;
  const org = await seedOrganisation(models, {
    offerStrategy: { kind: 'broadcast' },
    quietHours: null,
  });
  const sam = await seedPerson(models, org, {
    name: 'Sam',
    roles: [{ organisation: org._id, role: 'supervisor' }],
  });
  const workers: Worker[] = (await seedPeople(models, org, count, 'worker')).map((p) => ({
    id: p._id,
    phone: p.phone,
  }));
  const start = new Date(Date.now() + 2 * 86_400_000);
  await postShift(h.shiftline.runtime, {
    organisationId: org.id,
    supervisorId: sam.id,
    place: 'Riverside Park',
    start,
    end: new Date(start.getTime() + 4 * 3_600_000),
    places: Math.max(5, Math.floor(count / 10)),
  });
  await settle(h, DRAIN_TIMEOUT_MS);
  return workers;
}

/**
 * Each recorded text's reply: per sender, texts in the order received are paired with the
 * sender's next texts from Shiftline (recorded, and at the endpoint), each used once.
 */
async function replyLatencies(h: Harness, load: LoadResult) {
  const { InboundMessage, OutboundMessage } = h.models;
  const sids = load.posted.map((p) => p.messageSid);
  const inbound = await InboundMessage.find(
    { messageSid: { $in: sids } },
    { person: 1, from: 1, receivedAt: 1 },
  ).lean();
  inbound.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  const since = new Date(Math.min(...inbound.map((m) => m.receivedAt.getTime())));
  const outbound = await OutboundMessage.find(
    { createdAt: { $gte: since } },
    { person: 1, createdAt: 1, key: 1 },
  ).lean();
  const recorded = new Map<string, { at: number; key: string }[]>();
  for (const m of outbound) {
    const list = recorded.get(String(m.person)) ?? [];
    list.push({ at: m.createdAt.getTime(), key: m.key });
    recorded.set(String(m.person), list);
  }
  const arrivals = new Map<string, { at: number }[]>();
  for (const m of h.twilio.phones.attempts()) {
    if (m.acceptedAtRealMs < since.getTime()) continue;
    const list = arrivals.get(m.to) ?? [];
    list.push({ at: m.acceptedAtRealMs });
    arrivals.set(m.to, list);
  }
  for (const list of [...recorded.values(), ...arrivals.values()]) list.sort((a, b) => a.at - b.at);
  const take = <T extends { at: number }>(list: T[] | undefined, after: number): T | undefined => {
    const i = list?.findIndex((o) => o.at >= after) ?? -1;
    return i < 0 ? undefined : list!.splice(i, 1)[0];
  };
  const queued: number[] = [];
  const atEndpoint: number[] = [];
  const replyKeys: Record<string, number> = {};
  let unanswered = 0;
  let lastReplyAt = 0;
  for (const m of inbound) {
    const t = m.receivedAt.getTime();
    const reply = take(recorded.get(String(m.person)), t);
    if (!reply) {
      unanswered += 1;
      continue;
    }
    queued.push(reply.at - t);
    replyKeys[reply.key] = (replyKeys[reply.key] ?? 0) + 1;
    const arrived = take(arrivals.get(m.from), t);
    if (arrived) {
      atEndpoint.push(arrived.at - t);
      lastReplyAt = Math.max(lastReplyAt, arrived.at);
    }
  }
  const firstPost = Math.min(...load.posted.map((p) => p.sentAtMs));
  return {
    recorded: inbound.length,
    unanswered,
    replyKeys,
    webhookToReplyQueuedMs: summarise(queued),
    webhookToReplyAtEndpointMs: summarise(atEndpoint),
    repliesAtEndpointPerSecond: round1(atEndpoint.length / ((lastReplyAt - firstPost) / 1000)),
  };
}

runBench(
  {
    benchmark: 'inbound',
    parameters: {
      secondsPerRate: seconds,
      rates,
      saturationRequests,
      connections,
      workers: poolSize,
    },
    // The pacer must not be what limits replies here.
    overrides: { SEND_RATE_PER_SECOND: '1000' },
  },
  async ({ h, services }) => {
    const workers = await seed(h, Math.min(poolSize, Math.max(...rates) * seconds));
    const floor = await startFloorApp({
      mongoUri: services.mongoUri,
      redisUrl: services.redisUrl,
      authToken: h.config.TWILIO_AUTH_TOKEN,
    });
    const shiftlineUrl = `${h.config.PUBLIC_BASE_URL}/webhooks/twilio/messages`;
    const base = {
      authToken: h.config.TWILIO_AUTH_TOKEN,
      accountSid: h.config.TWILIO_ACCOUNT_SID,
      to: OUR_NUMBER,
      connections,
    };
    try {
      const perRate = [];
      for (const [step, rate] of rates.entries()) {
        const message = (n: number) => ({
          from: workers[n % workers.length]!.phone,
          body: WORDS[(n + step) % WORDS.length]!,
        });
        const amount = rate * seconds;
        const floorRun = await postWebhooks({ ...base, url: floor.url, rate, amount, message });
        const run = await postWebhooks({ ...base, url: shiftlineUrl, rate, amount, message });
        const drainBegan = Date.now();
        const drained = await settledWithin(h, DRAIN_TIMEOUT_MS);
        perRate.push({
          rate,
          requests: amount,
          floor: { requestsPerSecond: floorRun.requestsPerSecond, httpMs: floorRun.httpLatencyMs },
          shiftline: {
            requestsPerSecond: run.requestsPerSecond,
            non2xx: run.non2xx,
            errors: run.errors,
            httpMs: run.httpLatencyMs,
            drainAfterLoadS: round1((Date.now() - drainBegan) / 1000),
            drained,
            ...(await replyLatencies(h, run)),
          },
          ratioToFloor:
            Math.round((run.requestsPerSecond / floorRun.requestsPerSecond) * 100) / 100,
        });
      }

      // Saturation: as fast as each answers, the same connections, a fixed number of texts.
      const message = (n: number) => ({
        from: workers[n % workers.length]!.phone,
        body: WORDS[n % WORDS.length]!,
      });
      const floorMax = await postWebhooks({
        ...base,
        url: floor.url,
        amount: saturationRequests,
        message,
      });
      const max = await postWebhooks({
        ...base,
        url: shiftlineUrl,
        amount: saturationRequests,
        message,
      });
      const drainBegan = Date.now();
      const drained = await settledWithin(h, DRAIN_TIMEOUT_MS);
      const drainS = (Date.now() - drainBegan) / 1000;
      const endToEnd = max.ok2xx / (max.durationS + drainS);
      return {
        workersOffered: workers.length,
        perRate,
        saturation: {
          floorRequestsPerSecond: floorMax.requestsPerSecond,
          shiftlineRequestsPerSecond: max.requestsPerSecond,
          ratioToFloor:
            Math.round((max.requestsPerSecond / floorMax.requestsPerSecond) * 100) / 100,
          shiftlineHttpMs: max.httpLatencyMs,
          drainAfterLoadS: round1(drainS),
          drained,
          /** Texts recorded and answered, over the load plus the time to drain the queues. */
          shiftlineAnsweredPerSecond: round1(endToEnd),
          answeredRatioToFloor: Math.round((endToEnd / floorMax.requestsPerSecond) * 100) / 100,
        },
      };
    } finally {
      await floor.stop();
    }
  },
);
