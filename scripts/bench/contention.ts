/**
 * Contention: a shift with 5 places offered to 200 workers at once (broadcast); all 200 text YES
 * within the same second through the signed webhook. Measures the time until all 5 places are
 * taken, each YES's reply latency (webhook posted → reply at the local Twilio endpoint) and the
 * seats given, which must be 5, to 5 different people: otherwise `ok: false` and exit code 1.
 *   npx tsx scripts/bench/contention.ts [workers=200] [places=5]
 */
import { postShift } from '../../src/engine/runtime/events';
import { sleep } from '../../tests/support/harness';
import { seedOrganisation, seedPerson } from '../../tests/support/seed';
import { seedPeople } from './seed-people';
import { summarise } from './machine';
import { argInt, runBench } from './run-bench';
import { settle } from './settle';

const workers = argInt(0, 200);
const places = argInt(1, 5);
const SETTLE_TIMEOUT_MS = 300_000;

runBench(
  {
    benchmark: 'contention',
    parameters: { workers, places, strategy: 'broadcast' },
    overrides: { SEND_RATE_PER_SECOND: '1000' },
  },
  async ({ h, fail }) => {
    const { models } = h;
    const { phones } = h.twilio;
    const org = await seedOrganisation(models, {
      offerStrategy: { kind: 'broadcast' },
      quietHours: null,
    });
    const sam = await seedPerson(models, org, {
      name: 'Sam',
      roles: [{ organisation: org._id, role: 'supervisor' }],
    });
    const people = await seedPeople(models, org, workers, 'worker');
    const start = new Date(Date.now() + 2 * 86_400_000);
    const shift = await postShift(h.shiftline.runtime, {
      organisationId: org.id,
      supervisorId: sam.id,
      place: 'Riverside Park',
      start,
      end: new Date(start.getTime() + 4 * 3_600_000),
      places,
    });
    await settle(h, SETTLE_TIMEOUT_MS);
    const offered = await models.Offer.countDocuments({ shift: shift._id });

    let seatedAfterMs: number | undefined;
    let polling = true;
    const began = Date.now();
    const poll = (async () => {
      while (polling) {
        if ((await models.Assignment.countDocuments({ shift: shift._id })) >= places) {
          seatedAfterMs = Date.now() - began;
          return;
        }
        await sleep(10);
      }
    })();
    const phoneList = people.map((p) => p.phone);
    const replies = phoneList.map((phone) => {
      const before = phones.received(phone).length;
      return phones
        .waitFor(phone, before + 1, SETTLE_TIMEOUT_MS)
        .then(() => Date.now() - began)
        .catch(() => undefined);
    });
    const answers = await Promise.all(phoneList.map((phone) => phones.send(phone, 'YES')));
    const postedWithinMs = Date.now() - began;
    const latencies = await Promise.all(replies);
    polling = false;
    await poll;
    await settle(h, SETTLE_TIMEOUT_MS);

    const assignments = await models.Assignment.find({ shift: shift._id }).lean();
    const seats = assignments.length;
    const distinctPeople = new Set(assignments.map((a) => a.person.toString())).size;
    const ok = seats === places && distinctPeople === places;
    if (!ok) {
      console.error(
        `\n*** NOT OK: ${seats} seats given to ${distinctPeople} people for ${places} places ***\n`,
      );
      fail();
    }
    const answered = latencies.filter((ms): ms is number => ms !== undefined);
    return {
      ok,
      offered,
      webhookStatuses: answers.reduce<Record<number, number>>(
        (count, a) => ({ ...count, [a.status]: (count[a.status] ?? 0) + 1 }),
        {},
      ),
      allYesPostedWithinMs: postedWithinMs,
      allSeatedAfterMs: seatedAfterMs ?? null,
      seatsGiven: seats,
      distinctPeopleSeated: distinctPeople,
      replyLatencyMs: summarise(answered),
      unanswered: workers - answered.length,
    };
  },
);
