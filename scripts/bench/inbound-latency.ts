/**
 * Inbound-to-reply latency: a phone on the local Twilio endpoint texts HELP, Shiftline
 * records it, answers from the queue, and the reply reaches the endpoint. Prints JSON.
 *   npx tsx scripts/bench/inbound-latency.ts [count=200] [concurrency=4]
 */
import { performance } from 'node:perf_hooks';
import { summarise } from './machine';
import { argInt, round1, runBench } from './run-bench';
import { seedOrganisation, seedPerson } from '../../tests/support/seed';

const count = argInt(0, 200);
const concurrency = argInt(1, 4);

runBench(
  {
    benchmark: 'inbound-to-reply',
    parameters: { count, concurrency },
    overrides: { SEND_RATE_PER_SECOND: '1000' },
  },
  async ({ h }) => {
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
    return { latency: summarise(samples), throughputPerSecond: round1(count / elapsedS) };
  },
);
