import { timerJobId } from '../../src/engine/runtime/timer-jobs';
import { reconcile } from '../../src/jobs/reconciler';
import { postShift } from '../../src/engine/runtime/events';
import { loseRedisData } from '../support/lose-redis-data';
import { Scenario } from '../support/scenario';
import { pendingTimers } from '../../src/engine/runtime/timer-ends';
import { timerOutcomes } from '../support/timer-outcomes';
import { seedOrganisation, seedPerson } from '../support/seed';

const HOUR = 3_600_000;
const MINUTE = 60_000;

const reminder = (hours: 1 | 24) =>
  `Reminder: your shift starts in ${hours} hour${hours === 1 ? '' : 's'} (Wed 25 Nov, 9am-1pm, Riverside Park, north gate). Text HERE when you arrive, or DROP if you can't go.`;

describe('Redis loses its data after a booking', () => {
  let s: Scenario;
  afterEach(() => s.stop());

  it('rebuilds the reminder jobs from MongoDB, and each reminder still arrives on time, exactly once', async () => {
    // Monday 23 Nov 2026, 10am EST.
    s = await Scenario.start('2026-11-23T15:00:00Z');
    const { redis, timersQueue } = s.runtime;
    const org = await seedOrganisation(s.models, { quietHours: null });
    const ana = await seedPerson(s.models, org, { name: 'Ana' });
    const sam = await seedPerson(s.models, org, {
      name: 'Sam',
      roles: [{ organisation: org._id, role: 'supervisor' }],
    });
    await postShift(s.runtime, {
      organisationId: org.id,
      supervisorId: sam.id,
      place: 'Riverside Park, north gate',
      start: new Date('2026-11-25T14:00:00Z'),
      end: new Date('2026-11-25T18:00:00Z'),
      places: 1,
    });
    await s.settle();
    expect(s.inbox(ana.phone!)).toHaveLength(1);
    await s.text(ana.phone!, 'YES');
    expect(s.inbox(ana.phone!)).toEqual([expect.stringMatching(/^You're booked: Wed 25 Nov/)]);

    const pending = await pendingTimers(s.models, {});
    const reminders = pending.filter((t) => /:reminder-\d+$/.test(t.timerId));
    expect(reminders.map((t) => t.at.toISOString())).toEqual([
      '2026-11-24T14:00:00.000Z', // Tue 9am EST, 24 h before
      '2026-11-25T13:00:00.000Z', // Wed 8am EST, 1 h before
    ]);
    const jobState = async (timerId: string) => {
      const job = await timersQueue.getJob(timerJobId(timerId));
      return job ? { state: await job.getState(), delay: job.delay } : null;
    };
    const now = s.clock.now().getTime();
    const expected = pending.map((t) => ({ state: 'delayed', delay: t.at.getTime() - now }));
    expect(await Promise.all(pending.map((t) => jobState(t.timerId)))).toEqual(expected);

    // Redis loses everything of this scenario's, and nothing of anyone else's.
    const neighbour = `{someone_else}:timers:meta`;
    await redis.set(neighbour, 'keep me', 'EX', 60);
    expect(await loseRedisData(s)).toBeGreaterThan(0);
    expect(await redis.keys(`${s.h.config.QUEUE_PREFIX}:*`)).toEqual([]);
    expect(await redis.get(neighbour)).toBe('keep me');
    await redis.del(neighbour);
    expect(await Promise.all(pending.map((t) => jobState(t.timerId)))).toEqual(
      pending.map(() => null),
    );

    // The reconciler (run at worker start and every minute) rebuilds a job per pending Timer.
    const rebuilt = await reconcile(s.runtime);
    expect(rebuilt.timers).toBe(pending.length);
    expect(await Promise.all(pending.map((t) => jobState(t.timerId)))).toEqual(expected);
    // Running it again (the next minute's tick) adds nothing.
    await reconcile(s.runtime);
    expect(await timersQueue.getJobCounts('delayed', 'waiting')).toEqual({
      delayed: pending.length,
      waiting: 0,
    });

    // Tuesday 9:30am: the 24 h reminder, once.
    await s.advance(23 * HOUR + 30 * MINUTE);
    expect(s.inbox(ana.phone!)).toEqual([reminder(24)]);
    // Wednesday 8:30am: the 1 h reminder, once.
    await s.advance(23 * HOUR);
    expect(s.inbox(ana.phone!)).toEqual([reminder(1)]);

    // Exactly once each, at its instant, in Shiftline's record and at the endpoint.
    const received = s.h.twilio.phones
      .received(ana.phone!)
      .filter((m) => m.body.startsWith('Reminder:'));
    expect(received.map((m) => [new Date(m.receivedAt).toISOString(), m.body])).toEqual([
      ['2026-11-24T14:00:00.000Z', reminder(24)],
      ['2026-11-25T13:00:00.000Z', reminder(1)],
    ]);
    const recorded = await s.models.OutboundMessage.find({ key: 'reminder' }).lean();
    expect(recorded).toHaveLength(2);
    const fired = [
      ...(
        await timerOutcomes(
          s.models,
          reminders.map((t) => t._id),
        )
      ).values(),
    ];
    expect(fired.map((t) => [t.state, t.outcome])).toEqual([
      ['fired', 'handled'],
      ['fired', 'handled'],
    ]);
  }, 60_000);
});
