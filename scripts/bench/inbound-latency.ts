/**
 * Inbound-to-reply latency: a phone on the local Twilio endpoint texts HELP, Shiftline
 * records it, answers from the queue, and the reply reaches the endpoint. Prints JSON.
 *   npx tsx scripts/bench/inbound-latency.ts [count=200] [concurrency=4]
 */
import { performance } from 'node:perf_hooks';
import { startLocalServices } from '../services/local-services';
import { machineInfo, summarise } from './machine';
import { startHarness } from '../../tests/support/harness';
import { seedOrganisation, seedPerson } from '../../tests/support/seed';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 200);
  const concurrency = Number(process.argv[3] ?? 4);
  const services = await startLocalServices();
  process.env.MONGODB_URI = services.mongoUri;
  process.env.REDIS_URL = services.redisUrl;
  const h = await startHarness({ overrides: { SEND_RATE_PER_SECOND: '1000' } });
  try {
    const organisation = await seedOrganisation(h.models);
    const people = await Promise.all(
      Array.from({ length: count }, () => seedPerson(h.models, organisation)),
    );
    const samples: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < people.length) {
          const person = people[next++]!;
          const t0 = performance.now();
          await h.twilio.phones.send(person.phone!, 'HELP');
          await h.twilio.phones.waitFor(person.phone!, 1, 30_000);
          samples.push(performance.now() - t0);
        }
      }),
    );
    const elapsedS = (performance.now() - started) / 1000;
    const info = await h.shiftline.runtime.redis.info('server');
    console.log(
      JSON.stringify(
        {
          benchmark: 'inbound-to-reply',
          machine: machineInfo({
            redis: /redis_version:(\S+)/.exec(info)?.[1] ?? '?',
            database: `${h.shiftline.runtime.capabilities.server} ${h.shiftline.runtime.capabilities.version}`,
          }),
          concurrency,
          latency: summarise(samples),
          throughputPerSecond: Math.round((count / elapsedS) * 10) / 10,
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
