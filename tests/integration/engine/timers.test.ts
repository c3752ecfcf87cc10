import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../scripts/services/free-port';
import { startServerProcess, type ServerProcess } from '../../../scripts/services/server-process';
import { attendanceEntity, offerEntity } from '../../../src/engine/runtime/entities';
import { postShift, replyToAssignment, replyToOffer } from '../../../src/engine/runtime/events';
import { loadSnapshot } from '../../../src/engine/runtime/store';
import { timerJobId } from '../../../src/engine/runtime/timer-jobs';
import { reconcileTimers } from '../../../src/jobs/reconciler';
import { fireTimer } from '../../../src/jobs/timers';
import { SteppingClock } from '../../../src/engine/clock';
import { eventually, sleep } from '../../support/harness';
import { timerOutcomes } from '../../support/timer-outcomes';
import { idOf, seedTeam, startEngine, type Engine } from './engine-support';

const HOUR_MS = 3_600_000;

describe('timers', () => {
  describe('a timer the entity has moved past', () => {
    const clock = new SteppingClock(new Date('2030-03-04T15:00:00Z'));
    let engine: Engine;
    beforeAll(async () => {
      engine = await startEngine({ clock });
    });
    afterAll(() => engine.stop());

    it('does nothing when it fires', async () => {
      const { runtime } = engine;
      const { models } = runtime;
      const team = await seedTeam(runtime, {
        workers: 1,
        offerStrategy: { kind: 'sequential', expiryMinutes: 30 },
      });
      const start = new Date(runtime.clock.now().getTime() + 26 * HOUR_MS);
      const shift = await postShift(runtime, {
        organisationId: idOf(team.organisation),
        supervisorId: idOf(team.supervisor),
        place: 'Library',
        start,
        end: new Date(start.getTime() + 2 * HOUR_MS),
        places: 1,
      });
      const offer = await models.Offer.findOne({ shift: shift._id }).orFail().lean();
      await replyToOffer(runtime, idOf(offer), 'yes', { kind: 'reply', ref: 'SM-yes' });
      const assignment = await models.Assignment.findOne({ shift: shift._id }).orFail().lean();
      const late = await replyToAssignment(
        runtime,
        idOf(assignment),
        { type: 'reply.late', minutes: 30 },
        { kind: 'reply', ref: 'SM-late' },
      );
      expect(late.handled).toBe(true);

      // The cancellations were lost (say, a crash): both timers still look pending in MongoDB.
      const expiry = `${offerEntity(idOf(offer))}:expire`;
      const firstGrace = `assignment:${idOf(assignment)}:grace-0`;
      expect((await models.TimerEnd.findById(firstGrace).lean())?.state).toBe('cancelled');
      await models.TimerEnd.deleteMany({ _id: { $in: [expiry, firstGrace] } });
      clock.advance(27 * HOUR_MS);
      const changes = await models.ChangeRecord.countDocuments();
      const texts = await models.OutboundMessage.countDocuments();

      expect(await fireTimer(runtime, expiry)).toBe('final_state');
      expect(await fireTimer(runtime, firstGrace)).toBe('stale_timer');
      expect(await models.ChangeRecord.countDocuments()).toBe(changes);
      expect(await models.OutboundMessage.countDocuments()).toBe(texts);
      expect((await loadSnapshot(runtime, attendanceEntity(idOf(assignment))))?.state).toBe(
        'booked',
      );
      expect(await fireTimer(runtime, firstGrace)).toBe('not pending');
    });
  });

  describe('after Redis lost its data', () => {
    let redis: ServerProcess;
    let dir: string;
    let engine: Engine;
    beforeAll(async () => {
      // A Redis of our own: FLUSHALL on the shared one would empty other test files' queues.
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shiftline-flush-'));
      const port = await freePort();
      redis = await startServerProcess({
        name: 'redis',
        command: 'redis-server',
        args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        port,
        dir,
      });
      engine = await startEngine({ overrides: { REDIS_URL: `redis://127.0.0.1:${port}` } });
    });
    afterAll(async () => {
      await engine.stop();
      await redis.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('still fires a timer once the reconciler has run', async () => {
      const { runtime } = engine;
      const { models } = runtime;
      const team = await seedTeam(runtime, {
        workers: 1,
        offerStrategy: { kind: 'sequential', expiryMinutes: 30 },
      });
      // The offer expires when the shift starts, ten seconds from now: Redis must lose the job
      // before it fires, and seeding and posting took more than three seconds on a loaded machine.
      const start = new Date(runtime.clock.now().getTime() + 10_000);
      const shift = await postShift(runtime, {
        organisationId: idOf(team.organisation),
        supervisorId: idOf(team.supervisor),
        place: 'Depot',
        start,
        end: new Date(start.getTime() + HOUR_MS),
        places: 1,
      });
      const offer = await models.Offer.findOne({ shift: shift._id }).orFail().lean();
      const timerId = `${offerEntity(idOf(offer))}:expire`;
      expect(await runtime.timersQueue.getJob(timerJobId(timerId))).toBeDefined();

      await runtime.redis.flushall();
      expect(await runtime.timersQueue.getJob(timerJobId(timerId))).toBeUndefined();
      expect(await reconcileTimers(runtime)).toBe(1);
      expect(await runtime.timersQueue.getJob(timerJobId(timerId))).toBeDefined();

      const timer = await eventually(
        async () => (await timerOutcomes(models, [timerId])).get(timerId),
        (t) => t?.outcome === 'handled',
        20_000,
      );
      expect(timer).toMatchObject({ state: 'fired', outcome: 'handled' });
      expect((await loadSnapshot(runtime, offerEntity(idOf(offer))))?.state).toBe('expired');
      // The expiry's text is queued by the change's effects, which run just after it is recorded:
      // wait for it (under load it came after the check above), then make sure it is the only one.
      const told = () => models.OutboundMessage.countDocuments({ key: 'offer.expired' });
      await eventually(told, (count) => count > 0, 20_000);
      await sleep(500);
      expect(await told()).toBe(1);
    }, 60_000);
  });
});
