import { offerFlow, type OfferContext } from '../../../flows/offer';
import { defineFlow } from '../../../src/engine/flow';
import { dispatch, runEffects } from '../../../src/engine/runtime/dispatcher';
import { attendanceEntity, offerEntity } from '../../../src/engine/runtime/entities';
import { replyToOffer } from '../../../src/engine/runtime/events';
import { applyEvent, loadSnapshot, startFlow } from '../../../src/engine/runtime/store';
import { timerJobId } from '../../../src/engine/runtime/timer-jobs';
import type { ChangeRecord } from '../../../src/engine/runtime/types';
import { redispatchStale } from '../../../src/jobs/reconciler';
import { idOf, seedTeam, startEngine, type Engine } from './engine-support';

interface Counter {
  id: string;
  seen: string[];
}
const counterFlow = defineFlow<Counter, { type: 'tick'; n: string }, 'counting'>({
  id: 'counter',
  initial: 'counting',
  key: (c) => `counter:${c.id}`,
  states: { counting: { on: { tick: [{ assign: (c, e) => ({ seen: [...c.seen, e.n] }) }] } } },
});

describe('change log and dispatch', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(() => engine.stop());

  it('records racing events on one entity one version each, losing none', async () => {
    const { runtime } = engine;
    const started = await startFlow(
      runtime,
      counterFlow,
      { id: 'race', seen: [] },
      { kind: 'api' },
    );
    const ticks = Array.from({ length: 16 }, (_, n) => `t${n}`);
    const results = await Promise.all(
      ticks.map((n) =>
        applyEvent(
          runtime,
          counterFlow,
          started.entity,
          { type: 'tick', n },
          { kind: 'api', ref: n },
        ),
      ),
    );
    expect(results.every((r) => r.handled)).toBe(true);

    const records = await runtime.models.ChangeRecord.find({ entity: started.entity }).lean<
      ChangeRecord[]
    >();
    expect(records.map((r) => r.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 17 }, (_, v) => v),
    );
    const byVersion = new Map(records.map((r) => [r.version, r.snapshot.context as Counter]));
    for (let v = 1; v <= 16; v += 1) {
      // Each version is the one before plus exactly one tick: no transition overwrote another.
      expect(byVersion.get(v)!.seen.slice(0, -1)).toEqual(byVersion.get(v - 1)!.seen);
    }
    const latest = await loadSnapshot<Counter>(runtime, started.entity);
    expect(latest?.version).toBe(16);
    expect([...latest!.context.seen].sort()).toEqual([...ticks].sort());

    const again = await applyEvent(
      runtime,
      counterFlow,
      started.entity,
      { type: 'tick', n: 't3' },
      {
        kind: 'api',
        ref: 't3',
      },
    );
    expect(again).toMatchObject({ handled: true, replayed: true });
    expect(await runtime.models.ChangeRecord.countDocuments({ entity: started.entity })).toBe(17);
  });

  it('sends each text and sets each timer once when a dispatch is repeated after a crash', async () => {
    const { runtime } = engine;
    const { models } = runtime;
    const team = await seedTeam(runtime, {
      workers: 1,
      offerStrategy: { kind: 'sequential', expiryMinutes: 30 },
    });
    const worker = team.workers[0]!;
    const start = new Date(runtime.clock.now().getTime() + 2 * 86_400_000);
    const shift = await models.Shift.create({
      organisation: team.organisation._id,
      supervisor: team.supervisor._id,
      place: 'Food bank',
      start,
      end: new Date(start.getTime() + 4 * 3_600_000),
      places: 1,
      createdAt: runtime.clock.now(),
    });
    const offer = await models.Offer.create({
      shift: shift._id,
      person: worker._id,
      code: 'K7P',
      rank: 1,
      expiresAt: new Date(runtime.clock.now().getTime() + 30 * 60_000),
      createdAt: runtime.clock.now(),
    });
    const context: OfferContext = {
      offerId: idOf(offer),
      shiftId: idOf(shift),
      personId: idOf(worker),
      code: 'K7P',
      shiftStart: start.toISOString(),
      shiftEnd: shift.end.toISOString(),
      place: shift.place,
      urgent: false,
      sendAt: runtime.clock.now().toISOString(),
      expiresAt: offer.expiresAt.toISOString(),
      seat: null,
    };
    const cause = { kind: 'api' as const };
    const started = await startFlow(runtime, offerFlow, context, cause, { dispatch: false });
    const v0 = await models.ChangeRecord.findById(started.changeId).lean<ChangeRecord>();
    await runEffects(runtime, v0!); // crashed before marking it dispatched
    expect(await models.PendingDispatch.countDocuments({ change: started.changeId })).toBe(1);
    expect(await redispatchStale(runtime, { olderThanMs: 0 })).toBe(1);
    await dispatch(runtime, v0!);

    const entity = offerEntity(idOf(offer));
    expect(await models.OutboundMessage.countDocuments({ dedupeKey: `${entity}:0:0` })).toBe(1);
    expect(await models.Timer.countDocuments({ entity })).toBe(1);
    expect(await runtime.timersQueue.getJobCounts('delayed', 'waiting')).toEqual({
      delayed: 1,
      waiting: 0,
    });
    expect(await runtime.timersQueue.getJob(timerJobId(`${entity}:expire`))).toBeDefined();
    expect(await runtime.outboundQueue.count()).toBe(1);
    expect(await models.PendingDispatch.countDocuments()).toBe(0);

    const yes = await replyToOffer(runtime, idOf(offer), 'yes', { kind: 'reply', ref: 'SM1' });
    expect(yes.handled).toBe(true);
    // The same claim dispatched twice more, as after a crash: still one seat, one welcome.
    const claiming = await models.ChangeRecord.findById(`${entity}@1`).lean<ChangeRecord>();
    await runEffects(runtime, claiming!);
    await dispatch(runtime, claiming!);
    expect((await loadSnapshot(runtime, entity))?.state).toBe('accepted');
    expect(await models.Assignment.countDocuments({ shift: shift._id })).toBe(1);
    expect(await models.OutboundMessage.countDocuments({ key: 'offer.accepted' })).toBe(1);

    const assignment = await models.Assignment.findOne({ shift: shift._id }).orFail().lean();
    const attendance = attendanceEntity(idOf(assignment));
    expect(await models.ChangeRecord.countDocuments({ entity: attendance })).toBe(1);
    const timers = await models.Timer.find({ entity: attendance }).lean();
    expect(timers.length).toBeGreaterThan(0);
    for (const timer of timers) {
      expect(await runtime.timersQueue.getJob(timerJobId(timer.timerId))).toBeDefined();
    }
    const jobs = await runtime.timersQueue.getJobCounts('delayed');
    // The offer's expiry was cancelled on acceptance: only attendance timers are left.
    expect(jobs.delayed).toBe(timers.length);
  });
});
