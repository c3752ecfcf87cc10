/**
 * Timers: N shift reminders all due within the same minute, on the real clock. Each is a real
 * attendance flow (one per booked worker) whose 60-minutes-before reminder is a Timer document
 * plus a BullMQ delayed job, set by the flow's start effects as in production. Seeding that
 * many flows takes minutes here, so they are started for shifts two days away and their
 * reminder timers then moved into one minute starting leadSeconds later (the Timer documents
 * replaced, each job replaced through scheduleTimerJob). Measures how late each reminder fired
 * (its change record's time, the event applied, minus the timer's time) and how late its text
 * reached the local Twilio endpoint, and the memory of Redis (INFO memory) and of each process.
 *   npx tsx scripts/bench/timers.ts [reminders=2000] [leadSeconds=60]
 * Shiftline's web and worker roles run in this one process (the harness), so "shiftline" RSS is
 * both roles plus the local Twilio endpoint.
 */
import { Types } from 'mongoose';
import { attendanceContext, attendanceFlow } from '../../flows/attendance';
import { postShift } from '../../src/engine/runtime/events';
import { startFlow } from '../../src/engine/runtime/store';
import { removeTimerJob, scheduleTimerJob } from '../../src/engine/runtime/timer-jobs';
import { eachLimit } from '../../src/engine/runtime/concurrently';
import { sleep, type Harness } from '../../tests/support/harness';
import { seedOrganisation, seedPerson } from '../../tests/support/seed';
import { seedPeople } from './seed-people';
import { summarise } from './machine';
import { pidListeningOn, portOf, rssMiB } from './process-memory';
import { argInt, round1, runBench } from './run-bench';

const count = argInt(0, 2_000);
const leadSeconds = argInt(1, 60);
const WINDOW_MS = 60_000;
const REMINDER_MINUTES = 60;
const SEED_CONCURRENCY = 8;
const SAMPLE_MS = 500;
const AFTER_WINDOW_TIMEOUT_MS = 600_000;

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

async function redisUsedMemory(h: Harness): Promise<number> {
  const info = await h.shiftline.runtime.redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN);
}

runBench(
  {
    benchmark: 'timers',
    parameters: { reminders: count, leadSeconds, windowSeconds: WINDOW_MS / 1000 },
    overrides: { SEND_RATE_PER_SECOND: '1000' },
  },
  async ({ h, services }) => {
    const { models, shiftline } = h;
    const runtime = shiftline.runtime;
    const pids = {
      shiftline: process.pid,
      redis: pidListeningOn(portOf(services.redisUrl)),
      database: pidListeningOn(portOf(services.mongoUri)),
    };
    const rss = () =>
      Object.fromEntries(
        Object.entries(pids).map(([name, pid]) => [name, pid ? rssMiB(pid) : undefined]),
      ) as Record<keyof typeof pids, number | undefined>;
    const redisBefore = await redisUsedMemory(h);
    const rssBefore = rss();

    const org = await seedOrganisation(models, { quietHours: null, timeZone: 'UTC' });
    const sam = await seedPerson(models, org, {
      name: 'Sam',
      roles: [{ organisation: org._id, role: 'supervisor' }],
    });
    const seedBegan = Date.now();
    const shiftStart = new Date(seedBegan + 2 * 86_400_000);
    // Posted before any worker exists, so it offers nobody: the reminders' shift.
    const shift = await postShift(runtime, {
      organisationId: org.id,
      supervisorId: sam.id,
      place: 'Riverside Park',
      start: shiftStart,
      end: new Date(shiftStart.getTime() + 4 * 3_600_000),
      places: 1,
    });
    const people = await seedPeople(models, org, count, 'worker');
    const phoneOf = new Map<string, string>();
    let next = 0;
    await Promise.all(
      Array.from({ length: SEED_CONCURRENCY }, async () => {
        while (next < people.length) {
          const i = next++;
          const person = people[i]!;
          const assignmentId = new Types.ObjectId().toString();
          phoneOf.set(assignmentId, person.phone);
          const context = attendanceContext({
            timeZone: 'UTC',
            quietHours: null,
            reminderMinutesBefore: [REMINDER_MINUTES],
            assignmentId,
            shiftId: shift._id.toString(),
            personId: person._id.toString(),
            workerName: person.name,
            shiftStart: shiftStart.toISOString(),
            shiftEnd: new Date(shiftStart.getTime() + 4 * 3_600_000).toISOString(),
            place: 'Riverside Park',
          });
          await startFlow(runtime, attendanceFlow, context, { kind: 'system', ref: 'bench' });
        }
      }),
    );
    const seedEnded = Date.now();
    const reminderFilter = { timerId: /:reminder-/ };

    // Move every reminder into one minute, spread evenly, starting leadSeconds from now.
    const dueFrom = Date.now() + leadSeconds * 1000;
    const reminders = await models.Timer.find(reminderFilter).lean();
    const dueOf = new Map<string, number>();
    const moves = reminders.map((t, i) => {
      const at = new Date(dueFrom + Math.floor((i * WINDOW_MS) / reminders.length));
      const assignmentId = /^assignment:([^:]+):/.exec(t.timerId)?.[1] ?? '';
      dueOf.set(phoneOf.get(assignmentId) ?? '', at.getTime());
      return { ...t, at };
    });
    // Timers are never rewritten by Shiftline: the bench replaces them, then their jobs.
    await models.Timer.deleteMany({ _id: { $in: moves.map((m) => m._id) } });
    for (let i = 0; i < moves.length; i += 1_000)
      await models.Timer.insertMany(moves.slice(i, i + 1_000));
    await eachLimit(moves, 32, async (m) => {
      await removeTimerJob(runtime, m.timerId);
      await scheduleTimerJob(runtime, m);
    });
    const movedAt = Date.now();
    const timersSet = reminders.length;
    const delayedJobs = (await runtime.timersQueue.getJobCounts('delayed')).delayed;
    const redisSeeded = await redisUsedMemory(h);
    const rssSeeded = rss();

    // Sample memory while the reminders fire, until every one has fired and its text arrived.
    let redisPeak = redisSeeded;
    const rssPeak = { ...rssSeeded };
    const giveUpAt = dueFrom + WINDOW_MS + AFTER_WINDOW_TIMEOUT_MS;
    let pending = timersSet;
    while (Date.now() < giveUpAt) {
      redisPeak = Math.max(redisPeak, await redisUsedMemory(h));
      for (const [name, value] of Object.entries(rss()) as [keyof typeof pids, number][]) {
        rssPeak[name] = Math.max(rssPeak[name] ?? 0, value ?? 0);
      }
      if (Date.now() > dueFrom) {
        pending =
          timersSet - (await models.TimerEnd.countDocuments({ _id: reminderFilter.timerId }));
        if (pending === 0 && h.twilio.phones.attempts().length >= timersSet) break;
      }
      await sleep(SAMPLE_MS);
    }
    await sleep(2_000);
    const redisAfter = await redisUsedMemory(h);

    // Fired: the reminder's transition recorded (its change record, caused by the timer).
    const appliedAt = new Map(
      (await models.ChangeRecord.find({ 'cause.kind': 'timer' }, { cause: 1, at: 1 }).lean()).map(
        (c) => [c.cause.ref, c.at.getTime()],
      ),
    );
    const fired = moves.filter((t) => appliedAt.has(t.timerId));
    const firedLate = fired.map((t) => appliedAt.get(t.timerId)! - t.at.getTime());
    const textLate = h.twilio.phones
      .attempts()
      .filter((m) => dueOf.has(m.to))
      .map((m) => m.acceptedAtRealMs - dueOf.get(m.to)!);
    return {
      seeding: {
        seconds: round1((seedEnded - seedBegan) / 1000),
        remindersSet: timersSet,
        delayedJobs,
        movingSeconds: round1((movedAt - seedEnded) / 1000),
        finishedBeforeFirstDue: movedAt < dueFrom,
      },
      fired: fired.length,
      stillPending: pending,
      firedLatenessMs: summarise(firedLate),
      textAtEndpointLatenessMs: summarise(textLate),
      lastTextAfterWindowEndS: round1(
        (Math.max(...h.twilio.phones.attempts().map((m) => m.acceptedAtRealMs)) -
          (dueFrom + WINDOW_MS)) /
          1000,
      ),
      redisUsedMemoryMiB: {
        before: mib(redisBefore),
        seeded: mib(redisSeeded),
        peak: mib(redisPeak),
        after: mib(redisAfter),
      },
      rssMiB: { before: rssBefore, seeded: rssSeeded, peak: rssPeak },
      processes: 'shiftline = web + worker + local Twilio endpoint in this one Node process',
    };
  },
);
