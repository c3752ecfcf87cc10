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
import { startFloorApp } from './floor-app';
import {
  DRAIN_TIMEOUT_MS,
  OUR_NUMBER,
  REPLY_WORDS,
  replyLatencies,
  seedOfferedWorkers,
} from './replies';
import { argInt, round1, runBench } from './run-bench';
import { settledWithin } from './settle';
import { postWebhooks } from './webhook-load';

const seconds = argInt(0, 1);
const rates = (process.argv[3] ?? '25,50,100,200').split(',').map(Number);
const saturationRequests = argInt(2, 100);
const connections = argInt(3, 20);
const poolSize = argInt(4, 200);

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
    const workers = await seedOfferedWorkers(
      h,
      Math.min(poolSize, Math.max(...rates) * seconds),
      DRAIN_TIMEOUT_MS,
    );
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
          body: REPLY_WORDS[(n + step) % REPLY_WORDS.length]!,
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
        body: REPLY_WORDS[n % REPLY_WORDS.length]!,
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
