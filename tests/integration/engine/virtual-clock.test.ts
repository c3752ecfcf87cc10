import { SteppingClock } from '../../../src/engine/clock';
import { offerEntity } from '../../../src/engine/runtime/entities';
import {
  postShift,
  replyToAssignment,
  replyToOffer,
  reportDone,
  supervisorAnswer,
} from '../../../src/engine/runtime/events';
import {
  activeAssignmentsFor,
  openOffersFor,
  pendingConfirmationsFor,
} from '../../../src/engine/runtime/queries';
import { loadSnapshot } from '../../../src/engine/runtime/store';
import { fireDueTimers } from '../../../src/jobs/timers';
import { idOf, seedTeam, startEngine, type Engine } from './engine-support';

const MINUTE_MS = 60_000;

describe('a shift run by a stepping clock', () => {
  // Monday 10:00 in New York; the shift is Tuesday 9:00-13:00 there.
  const clock = new SteppingClock(new Date('2030-03-04T15:00:00Z'));
  let engine: Engine;
  beforeAll(async () => {
    engine = await startEngine({ clock, phones: true });
  });
  afterAll(() => engine.stop());

  it('moves to the next candidate when the first stays silent, then books, reminds and settles', async () => {
    const { runtime } = engine;
    const phones = engine.twilio!.phones;
    const team = await seedTeam(runtime, {
      workers: 3,
      offerStrategy: { kind: 'sequential', expiryMinutes: 30 },
    });
    const [first, second, third] = team.workers.map((w) => ({ id: idOf(w), phone: w.phone! }));
    const shift = await postShift(runtime, {
      organisationId: idOf(team.organisation),
      supervisorId: idOf(team.supervisor),
      place: 'Riverside Park',
      start: new Date('2030-03-05T14:00:00Z'),
      end: new Date('2030-03-05T18:00:00Z'),
      places: 1,
    });
    const [offered] = await openOffersFor(runtime, first!.id);
    expect(offered).toMatchObject({ place: 'Riverside Park', state: 'offered' });
    const [offerText] = await phones.waitFor(first!.phone, 1);
    expect(offerText!.body).toContain(`YES ${offered!.code}`);
    expect(offerText!.body).toContain('Tue 5 Mar, 9am-1pm');

    clock.advance(31 * MINUTE_MS);
    await fireDueTimers(runtime);
    expect((await loadSnapshot(runtime, offerEntity(offered!.offerId)))?.state).toBe('expired');
    expect((await phones.waitFor(first!.phone, 2))[1]!.body).toContain('closed');
    const [next] = await openOffersFor(runtime, second!.id);
    expect(next).toBeDefined();
    expect((await phones.waitFor(second!.phone, 1))[0]!.body).toContain(`YES ${next!.code}`);
    expect(await openOffersFor(runtime, third!.id)).toEqual([]);

    await replyToOffer(runtime, next!.offerId, 'yes', { kind: 'reply', ref: 'SM-1' });
    const [booked] = await activeAssignmentsFor(runtime, second!.id, clock.now());
    expect(booked).toMatchObject({ shiftId: idOf(shift), seat: 1, attendanceState: 'booked' });
    expect((await phones.waitFor(second!.phone, 2))[1]!.body).toContain("You're booked");

    // The 24 h reminder was already due when booked; the 1 h one goes at 8:00.
    clock.set(new Date('2030-03-05T13:00:00Z'));
    await fireDueTimers(runtime);
    expect((await phones.waitFor(second!.phone, 3))[2]!.body).toContain('starts in 1 hour');

    clock.set(new Date('2030-03-05T13:55:00Z'));
    const here = await replyToAssignment(
      runtime,
      booked!.assignmentId,
      { type: 'reply.here' },
      {
        kind: 'reply',
        ref: 'SM-2',
      },
    );
    expect(here.snapshot?.state).toBe('checked_in');

    clock.set(new Date('2030-03-05T18:05:00Z'));
    await reportDone(runtime, booked!.assignmentId, {}, { kind: 'reply', ref: 'SM-3' });
    const [waiting] = await pendingConfirmationsFor(runtime, idOf(team.supervisor));
    expect(waiting).toMatchObject({ assignmentId: booked!.assignmentId, minutes: 240 });
    const [askSupervisor] = await phones.waitFor(team.supervisor.phone!, 1);
    expect(askSupervisor!.body).toContain(`OK ${waiting!.code}`);

    await supervisorAnswer(runtime, booked!.assignmentId, 'ok', { kind: 'reply', ref: 'SM-4' });
    const ledger = await runtime.models.WorkRecord.find({ kind: 'hours_confirmed' }).lean();
    expect(ledger).toMatchObject([{ minutes: 240, person: team.workers[1]!._id }]);
    expect(await pendingConfirmationsFor(runtime, idOf(team.supervisor))).toEqual([]);
    expect(await activeAssignmentsFor(runtime, second!.id, clock.now())).toEqual([]);
  });
});
