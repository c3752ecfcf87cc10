import { offerEntity } from '../../../src/engine/runtime/entities';
import { postShift, replyToAssignment, replyToOffer } from '../../../src/engine/runtime/events';
import { loadSnapshot } from '../../../src/engine/runtime/store';
import {
  clearShiftData,
  idOf,
  percentile,
  seedTeam,
  startEngine,
  type Engine,
} from './engine-support';

const DAY_MS = 86_400_000;
const ROUNDS = 20;
const CROWD = 50;
const PLACES = 3;

describe('seats: one place per insert, whatever the crowd', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(() => engine.stop());

  const offerStates = async (offerIds: string[]) =>
    Promise.all(
      offerIds.map(async (id) => (await loadSnapshot(engine.runtime, offerEntity(id)))?.state),
    );

  it(`gives ${PLACES} places to ${PLACES} of ${CROWD} people saying YES at once (${ROUNDS} rounds)`, async () => {
    const { runtime } = engine;
    const { Offer, Assignment, OutboundMessage } = runtime.models;
    const team = await seedTeam(runtime, { workers: CROWD, offerStrategy: { kind: 'broadcast' } });
    const replyMs: number[] = [];
    const seatMs: number[] = [];
    const began = performance.now();
    for (let round = 0; round < ROUNDS; round += 1) {
      await clearShiftData(runtime);
      // A day apart, so a place won in one round does not overlap the next round's shift.
      const start = new Date(runtime.clock.now().getTime() + (round + 2) * DAY_MS);
      const place = `Riverside Park, round ${round}`;
      const shift = await postShift(runtime, {
        organisationId: idOf(team.organisation),
        supervisorId: idOf(team.supervisor),
        place,
        start,
        end: new Date(start.getTime() + 4 * 3_600_000),
        places: PLACES,
      });
      const offers = await Offer.find({ shift: shift._id }).lean();
      expect(offers).toHaveLength(CROWD);

      const t0 = performance.now();
      const wallStart = Date.now();
      const replies = await Promise.all(
        offers.map(async (offer) => {
          const result = await replyToOffer(runtime, idOf(offer), 'yes', {
            kind: 'reply',
            ref: `SM-${round}-${idOf(offer)}`,
          });
          const ms = performance.now() - t0;
          replyMs.push(ms);
          return { result, personId: offer.person.toString() };
        }),
      );
      // A YES is recorded, or comes after the offer was already told the shift is filled.
      for (const { result } of replies) {
        expect(result.handled || result.reason === 'final_state').toBe(true);
      }

      const assignments = await Assignment.find({ shift: shift._id }).lean();
      expect(assignments.map((a) => a.seat).sort()).toEqual([1, 2, 3]);
      const winners = assignments.map((a) => a.person.toString());
      expect(new Set(winners).size).toBe(PLACES);
      for (const { result, personId } of replies) {
        if (winners.includes(personId)) expect(result.handled).toBe(true);
      }
      for (const a of assignments) seatMs.push(a.createdAt.getTime() - wallStart);

      const states = await offerStates(offers.map(idOf));
      expect(states.filter((s) => s === 'accepted')).toHaveLength(PLACES);
      expect(states.filter((s) => s === 'filled')).toHaveLength(CROWD - PLACES);
      const told = await OutboundMessage.find({ key: 'offer.filled', 'vars.place': place }).lean();
      const toldPeople = told.map((m) => m.person?.toString());
      expect(new Set(toldPeople).size).toBe(CROWD - PLACES);
      expect(toldPeople.some((p) => p !== undefined && winners.includes(p))).toBe(false);
      expect(
        await OutboundMessage.countDocuments({ key: 'offer.accepted', 'vars.place': place }),
      ).toBe(PLACES);
    }
    const report = {
      rounds: ROUNDS,
      totalSeconds: Math.round((performance.now() - began) / 100) / 10,
      replies: replyMs.length,
      seatMsP50: Math.round(percentile(seatMs, 50)),
      seatMsP99: Math.round(percentile(seatMs, 99)),
      replyMsP50: Math.round(percentile(replyMs, 50)),
      replyMsP99: Math.round(percentile(replyMs, 99)),
    };
    console.log(`50 YES at once: ${JSON.stringify(report)}`);
  }, 300_000);

  it('re-offers a dropped place and gives it to exactly one of two replacements saying YES at once', async () => {
    const { runtime } = engine;
    const { Offer, Assignment, AssignmentHistory } = runtime.models;
    const team = await seedTeam(runtime, {
      workers: 4,
      offerStrategy: { kind: 'waves', size: 2, expiryMinutes: 60 },
    });
    const start = new Date(runtime.clock.now().getTime() + 3 * DAY_MS);
    const shift = await postShift(runtime, {
      organisationId: idOf(team.organisation),
      supervisorId: idOf(team.supervisor),
      place: 'Community garden',
      start,
      end: new Date(start.getTime() + 3 * 3_600_000),
      places: 1,
    });
    const firstWave = await Offer.find({ shift: shift._id }).sort({ rank: 1 }).lean();
    expect(firstWave).toHaveLength(2);
    const [first, second] = firstWave.map(idOf) as [string, string];
    expect(
      (await replyToOffer(runtime, first, 'yes', { kind: 'reply', ref: 'SM-a' })).handled,
    ).toBe(true);
    expect((await loadSnapshot(runtime, offerEntity(second)))?.state).toBe('filled');

    const held = await Assignment.findOne({ shift: shift._id }).orFail().lean();
    await replyToAssignment(
      runtime,
      idOf(held),
      { type: 'reply.drop' },
      { kind: 'reply', ref: 'SM-b' },
    );
    const dropped = await replyToAssignment(
      runtime,
      idOf(held),
      { type: 'reply.drop' },
      {
        kind: 'reply',
        ref: 'SM-c',
      },
    );
    expect(dropped.snapshot?.state).toBe('dropped');
    expect(await AssignmentHistory.countDocuments({ shift: shift._id })).toBe(1);

    const replacements = await Offer.find({ shift: shift._id, urgent: true }).lean();
    expect(replacements).toHaveLength(2);
    await Promise.all(
      replacements.map((offer) =>
        replyToOffer(runtime, idOf(offer), 'yes', { kind: 'reply', ref: `SM-${idOf(offer)}` }),
      ),
    );
    const seats = await Assignment.find({ shift: shift._id }).lean();
    expect(seats).toHaveLength(1);
    expect(seats[0]!.seat).toBe(1);
    expect(replacements.map((o) => o.person.toString())).toContain(seats[0]!.person.toString());
    expect((await offerStates(replacements.map(idOf))).sort()).toEqual(['accepted', 'filled']);
    expect((await runtime.models.Shift.findById(shift._id).lean())?.state).toBe('filled');
  });
});
