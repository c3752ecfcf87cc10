import { offerEntity } from '../../../src/engine/runtime/entities';
import { cancelShift, postShift, replyToOffer } from '../../../src/engine/runtime/events';
import { activeAssignmentsFor, openOffersFor } from '../../../src/engine/runtime/queries';
import { loadSnapshot } from '../../../src/engine/runtime/store';
import { idOf, seedTeam, startEngine, type Engine } from './engine-support';

describe('cancelling a shift', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(() => engine.stop());

  it('withdraws open offers, tells booked workers and stops their timers', async () => {
    const { runtime } = engine;
    const { models } = runtime;
    const team = await seedTeam(runtime, {
      workers: 2,
      offerStrategy: { kind: 'sequential', expiryMinutes: 60 },
    });
    const start = new Date(runtime.clock.now().getTime() + 2 * 86_400_000);
    const shift = await postShift(runtime, {
      organisationId: idOf(team.organisation),
      supervisorId: idOf(team.supervisor),
      place: 'Senior centre',
      start,
      end: new Date(start.getTime() + 3 * 3_600_000),
      places: 2,
    });
    const [booked, open] = await models.Offer.find({ shift: shift._id }).sort({ rank: 1 }).lean();
    await replyToOffer(runtime, idOf(booked!), 'yes', { kind: 'reply', ref: 'SM-c1' });
    const assignment = await models.Assignment.findOne({ shift: shift._id }).orFail().lean();
    const timers = await models.Timer.find({ entity: { $regex: idOf(assignment) } }).lean();
    expect(timers.length).toBeGreaterThan(0);

    const result = await cancelShift(runtime, idOf(shift), { kind: 'api', ref: 'cancel-1' });
    expect(result).toEqual({ withdrawnOffers: 1, toldWorkers: 1 });
    expect((await loadSnapshot(runtime, offerEntity(idOf(open!))))?.state).toBe('withdrawn');
    const withdrawn = await models.OutboundMessage.find({ key: 'offer.withdrawn' }).lean();
    expect(withdrawn.map((m) => m.person?.toString()).sort()).toEqual(
      [booked!.person.toString(), open!.person.toString()].sort(),
    );
    const after = await models.TimerEnd.find({ _id: { $in: timers.map((t) => t._id) } }).lean();
    expect(after).toHaveLength(timers.length);
    expect(after.every((t) => t.state === 'cancelled')).toBe(true);
    expect(await openOffersFor(runtime, open!.person.toString())).toEqual([]);
    expect(
      await activeAssignmentsFor(runtime, booked!.person.toString(), runtime.clock.now()),
    ).toEqual([]);
    expect((await models.Shift.findById(shift._id).lean())?.state).toBe('cancelled');

    // Cancelling again tells nobody twice.
    await cancelShift(runtime, idOf(shift), { kind: 'api', ref: 'cancel-2' });
    expect(await models.OutboundMessage.countDocuments({ key: 'offer.withdrawn' })).toBe(2);
  });
});
