import fc from 'fast-check';
import {
  attendanceContext,
  attendanceFlow,
  type AttendanceContext,
  type AttendanceEvent,
} from '../../../flows/attendance';
import {
  completionContext,
  completionFlow,
  type CompletionContext,
  type CompletionEvent,
} from '../../../flows/completion';
import { chargeCents } from '../../../src/domain/hours';
import { start, transition } from '../../../src/engine/transition';
import type { Effect, FlowEvent, Snapshot } from '../../../src/engine/types';

const MINUTE = 60_000;

type Action =
  | { kind: 'reply'; event: AttendanceEvent | CompletionEvent }
  | { kind: 'timer'; pick: number; stale: boolean }
  | { kind: 'wait'; minutes: number };

const reply = fc.oneof(
  { arbitrary: fc.constant<AttendanceEvent>({ type: 'reply.here' }), weight: 3 },
  fc
    .integer({ min: -5, max: 600 })
    .map((minutes): AttendanceEvent => ({ type: 'reply.late', minutes })),
  fc.constant<AttendanceEvent>({ type: 'reply.drop' }),
  fc.constant<AttendanceEvent>({ type: 'reply.yes' }),
  fc.constant<AttendanceEvent>({ type: 'reply.no' }),
  fc.constant<AttendanceEvent>({ type: 'reply.other' }),
  {
    arbitrary: fc
      .option(
        fc.oneof(
          fc.integer({ min: -8, max: 120 }).map((quarters) => quarters / 4),
          fc.double({ min: -2, max: 30, noNaN: true }),
        ),
        { nil: undefined },
      )
      .map((hours): CompletionEvent =>
        hours === undefined ? { type: 'reply.done' } : { type: 'reply.done', hours },
      ),
    weight: 3,
  },
  { arbitrary: fc.constant<CompletionEvent>({ type: 'supervisor.ok' }), weight: 2 },
  fc.constant<CompletionEvent>({ type: 'supervisor.no' }),
);

const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: reply.map((event): Action => ({ kind: 'reply', event })), weight: 4 },
  {
    arbitrary: fc.record({
      kind: fc.constant('timer' as const),
      pick: fc.nat(),
      stale: fc.boolean(),
    }),
    weight: 2,
  },
  fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 2000 }) }),
);

interface World {
  attendance: Snapshot<AttendanceContext>;
  completion: Snapshot<CompletionContext> | null;
  timers: Map<string, { at: Date; event: FlowEvent }>;
  fired: string[];
  now: Date;
  /** Every effect, with the attendance state once it was produced. */
  log: { effect: Effect; attendanceAfter: string; attendanceBefore: string }[];
}

function absorb(world: World, effects: Effect[], before: string): void {
  for (const effect of effects) {
    if (effect.type === 'setTimer')
      world.timers.set(effect.id, { at: effect.at, event: effect.event });
    world.log.push({ effect, attendanceBefore: before, attendanceAfter: world.attendance.state });
  }
}

/** Sends an event to the flow that is waiting for it, like the executor would. */
function deliver(world: World, event: AttendanceEvent | CompletionEvent): void {
  const before = world.attendance.state;
  const forCompletion =
    event.type.startsWith('supervisor.') ||
    event.type === 'reply.done' ||
    event.type.startsWith('timer.supervisor') ||
    event.type.startsWith('timer.no_done') ||
    event.type === 'timer.escalate';
  if (forCompletion) {
    // DONE without HERE checks in first (src/conversation/apply-target.ts), then reports.
    if (event.type === 'reply.done' && !world.completion) {
      toAttendance(world, { type: 'reply.done' });
    }
    if (!world.completion) return;
    const result = transition(
      completionFlow,
      world.completion,
      event as CompletionEvent,
      world.now,
    );
    if (!result.handled) return;
    world.completion = result.snapshot;
    absorb(world, result.effects, before);
    return;
  }
  toAttendance(world, event as AttendanceEvent);
}

function toAttendance(world: World, event: AttendanceEvent): void {
  const before = world.attendance.state;
  const result = transition(attendanceFlow, world.attendance, event, world.now);
  if (!result.handled) return;
  world.attendance = result.snapshot;
  absorb(world, result.effects, before);
  if (result.snapshot.state === 'checked_in' && !world.completion) {
    const c = result.snapshot.context;
    const started = start(
      completionFlow,
      completionContext({
        assignmentId: c.assignmentId,
        shiftId: c.shiftId,
        personId: c.personId,
        workerName: c.workerName,
        shiftStart: c.shiftStart,
        shiftEnd: c.shiftEnd,
        place: c.place,
        ...(c.checkedInAt ? { checkedInAt: c.checkedInAt } : {}),
        checkInInferred: c.checkInInferred,
        code: 'K7P',
        rateCentsPerHour: 2250,
      }),
      world.now,
    );
    world.completion = started.snapshot;
    absorb(world, started.effects, before);
  }
}

function act(world: World, a: Action): void {
  if (a.kind === 'wait') {
    world.now = new Date(world.now.getTime() + a.minutes * MINUTE);
  } else if (a.kind === 'reply') {
    deliver(world, a.event);
  } else {
    const pending = [...world.attendance.pendingTimers, ...(world.completion?.pendingTimers ?? [])];
    const pool = a.stale && world.fired.length > 0 ? world.fired : pending;
    const id = pool[a.pick % Math.max(1, pool.length)];
    const timer = id === undefined ? undefined : world.timers.get(id);
    if (!id || !timer) return;
    world.now = new Date(Math.max(world.now.getTime(), timer.at.getTime()));
    world.fired.push(id);
    deliver(world, timer.event as AttendanceEvent | CompletionEvent);
  }
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  lengthMinutes: fc.integer({ min: 30, max: 12 * 60 }),
  leadMinutes: fc.oneof(
    { arbitrary: fc.integer({ min: 10, max: 240 }), weight: 3 },
    fc.integer({ min: 10, max: 2 * 24 * 60 }),
  ),
  actions: fc.array(action, { minLength: 10, maxLength: 60 }),
});

interface Scenario {
  lengthMinutes: number;
  leadMinutes: number;
  actions: Action[];
}

function run({ lengthMinutes, leadMinutes, actions }: Scenario) {
  const bookedAt = new Date('2026-10-30T15:00:00Z');
  const shiftStart = new Date(bookedAt.getTime() + leadMinutes * MINUTE);
  const context = attendanceContext({
    timeZone: 'America/New_York',
    assignmentId: 'a1',
    shiftId: 's1',
    personId: 'ana',
    workerName: 'Ana',
    shiftStart: shiftStart.toISOString(),
    shiftEnd: new Date(shiftStart.getTime() + lengthMinutes * MINUTE).toISOString(),
    place: 'Riverside Park',
  });
  const started = start(attendanceFlow, context, bookedAt);
  const world: World = {
    attendance: started.snapshot,
    completion: null,
    timers: new Map(),
    fired: [],
    now: bookedAt,
    log: [],
  };
  absorb(world, started.effects, 'booked');
  for (const a of actions) act(world, a);
  return world;
}

describe('attendance and completion, under any sequence of replies and timers', () => {
  it('never confirm more hours than the shift lasts, and charge exactly for what they confirm', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const world = run(input);
        for (const { effect } of world.log) {
          if (effect.type !== 'record' || effect.kind !== 'hours_confirmed') continue;
          const minutes = Number(effect.data.minutes);
          expect(minutes).toBeGreaterThan(0);
          expect(minutes).toBeLessThanOrEqual(input.lengthMinutes);
          expect(effect.data.chargeCents).toBe(chargeCents(minutes, 2250));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never text the worker about the shift after a drop or no-show, beyond that final message', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const world = run(input);
        const ended = (state: string) => state === 'dropped' || state === 'no_show';
        // The one answer after a no-show: to the worker's own HERE, that they are not booked.
        const answersLateHere = (effect: Effect, before: string) =>
          effect.type === 'send' &&
          effect.message === 'noshow.arrived.worker' &&
          before === 'no_show';
        for (const { effect, attendanceBefore } of world.log) {
          if (effect.type === 'send' && ended(attendanceBefore)) {
            if (answersLateHere(effect, attendanceBefore)) continue;
            throw new Error(`sent ${effect.message} after ${attendanceBefore}`);
          }
        }
        const finals = world.log.filter(
          (l) => l.effect.type === 'send' && ended(l.attendanceAfter),
        );
        expect(finals.length).toBeLessThanOrEqual(1);
        const lateHereAnswers = world.log.filter((l) =>
          answersLateHere(l.effect, l.attendanceBefore),
        );
        expect(lateHereAnswers.length).toBeLessThanOrEqual(1);
        expect(world.completion === null || !ended(world.attendance.state)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reach every ending often enough for the properties above to mean something', () => {
    const endings = new Map<string, number>();
    fc.assert(
      fc.property(scenario, (input) => {
        const world = run(input);
        const ending = world.completion?.state ?? world.attendance.state;
        endings.set(ending, (endings.get(ending) ?? 0) + 1);
      }),
      { numRuns: 500, seed: 42 },
    );
    for (const state of ['confirmed', 'disputed', 'dropped', 'no_show']) {
      expect(endings.get(state) ?? 0).toBeGreaterThan(10);
    }
  });

  it('confirm hours at most once per assignment', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const world = run(input);
        const confirmed = world.log.filter(
          (l) => l.effect.type === 'record' && l.effect.kind === 'hours_confirmed',
        );
        expect(confirmed.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
