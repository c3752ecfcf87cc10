import { Types } from 'mongoose';
import { postShift } from '../../src/engine/runtime/events';
import { Scenario } from '../support/scenario';
import { seedOrganisation, seedPerson } from '../support/seed';

const MINUTE = 60_000;
const CROWD = 5;

describe('texts a sender paces out', () => {
  let s: Scenario;
  beforeAll(async () => {
    // Monday 2 Nov 2026, 10am in New York. A sender's real pace (scenarios usually lift it), so
    // most of a broadcast's offers wait their turn as delayed jobs.
    s = await Scenario.start('2026-11-02T15:00:00Z', { SEND_RATE_PER_SECOND: '4' });
  });
  afterAll(() => s.stop());

  it('are waited for when settling, even while one is put off in real time for its turn', async () => {
    // What the pacer does to a text whose turn is more than a moment away (send-text.ts holdBack).
    const job = await s.runtime.outboundQueue.add(
      'send',
      { messageId: new Types.ObjectId().toString() },
      { jobId: `send-held-back-${Date.now()}`, delay: 1_500 },
    );
    await s.settle();
    expect(await job.getState()).toBe('completed');
  });

  it('have all reached the phones once things settle, so a STOP sent next answers the number that texted', async () => {
    const org = await seedOrganisation(s.models, {
      smsNumbers: ['+12025550290'],
      offerStrategy: { kind: 'broadcast' },
      quietHours: null,
    });
    const boss = await seedPerson(s.models, org, {
      name: 'Boss',
      roles: [{ organisation: org._id, role: 'supervisor' }],
    });
    const workers = [];
    for (let i = 0; i < CROWD; i += 1)
      workers.push(await seedPerson(s.models, org, { name: `Worker ${i + 1}` }));
    const start = new Date(s.clock.now().getTime() + 90 * MINUTE);
    await postShift(s.runtime, {
      organisationId: org.id as string,
      supervisorId: boss.id as string,
      place: 'Site 1',
      start,
      end: new Date(start.getTime() + 60 * MINUTE),
      places: 1,
    });
    await s.settle();

    const offered = workers.map((w) => s.inbox(w.phone!).length);
    expect(offered).toEqual(workers.map(() => 1));

    const last = workers.at(-1)!;
    await s.text(last.phone!, 'STOP');
    await s.text(workers[0]!.phone!, 'YES');
    await s.advance(30 * MINUTE);
    // The others hear the place was taken; the one who stopped hears nothing more.
    expect(s.inbox(workers[1]!.phone!)).toHaveLength(1);
    expect(s.inbox(last.phone!)).toEqual([]);
    const sentFrom = s.h.twilio.phones.received(last.phone!).map((m) => m.from);
    expect(sentFrom).toEqual(['+12025550290']);
  });
});
