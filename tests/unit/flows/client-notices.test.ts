/**
 * The client of a visit is told who is coming, when that worker cannot come after all, and when
 * the visit is done. A shift without a client produces no client notice at all.
 */
import {
  attendanceContext,
  attendanceFlow,
  graceTimerId,
  noShowTimerId,
  type AttendanceContext,
  type AttendanceEvent,
} from '../../../flows/attendance';
import { completionContext, completionFlow, type CompletionEvent } from '../../../flows/completion';
import type { Flow } from '../../../src/engine/flow';
import { start, transition } from '../../../src/engine/transition';
import type { Effect, FlowEvent } from '../../../src/engine/types';

const facts = {
  assignmentId: 'a1',
  shiftId: 's1',
  personId: 'ana',
  workerName: 'Ana',
  shiftStart: '2026-11-25T14:00:00.000Z',
  shiftEnd: '2026-11-25T16:00:00.000Z',
  place: '12 Elm St',
};
const visitVars = {
  name: 'Ana',
  shiftStart: facts.shiftStart,
  shiftEnd: facts.shiftEnd,
  place: facts.place,
};
const withClient = { ...facts, clientId: 'carla' };
const BOOKED_AT = new Date('2026-11-23T15:00:00Z');
const at = (minutesAfterStart: number) =>
  new Date(new Date(facts.shiftStart).getTime() + minutesAfterStart * 60_000);

/** Starts the flow, plays the events, and returns every effect each step asked for. */
function play<Ctx, E extends FlowEvent, S extends string>(
  flow: Flow<Ctx, E, S>,
  context: Ctx,
  startAt: Date,
  steps: { now: Date; event: (c: Ctx) => E }[],
): { effects: Effect[][]; state: string } {
  const started = start(flow, context, startAt);
  let snapshot = started.snapshot;
  const effects = [started.effects];
  for (const step of steps) {
    const result = transition(flow, snapshot, step.event(snapshot.context), step.now);
    if (!result.handled) throw new Error(`${step.event(snapshot.context).type}: ${result.reason}`);
    snapshot = result.snapshot;
    effects.push(result.effects);
  }
  return { effects, state: snapshot.state };
}

const clientNotices = (effects: Effect[]) =>
  effects.flatMap((e) =>
    e.type === 'notify' && e.role === 'client'
      ? [{ message: e.message, shiftId: e.shiftId, vars: e.vars, urgent: e.urgent }]
      : [],
  );

type Step = { now: Date; event: (c: AttendanceContext) => AttendanceEvent };
const noShow: Step[] = [
  { now: at(10), event: (c) => ({ type: 'timer.grace', timerId: graceTimerId(c) }) },
  { now: at(30), event: (c) => ({ type: 'timer.noshow', timerId: noShowTimerId(c) }) },
];
const dropTwice: Step[] = [
  { now: BOOKED_AT, event: () => ({ type: 'reply.drop' }) },
  { now: BOOKED_AT, event: () => ({ type: 'reply.drop' }) },
];

describe('client notices in the attendance flow', () => {
  it('tells the client who is coming as soon as the accepted worker is booked', () => {
    const { effects } = play(
      attendanceFlow,
      attendanceContext({ ...withClient, timeZone: 'America/New_York' }),
      BOOKED_AT,
      [],
    );
    expect(clientNotices(effects[0]!)).toEqual([
      { message: 'visit.worker_coming', shiftId: 's1', vars: visitVars, urgent: undefined },
    ]);
  });

  it('tells the client, urgently, that a no-show worker is being replaced', () => {
    const played = play(
      attendanceFlow,
      attendanceContext({ ...withClient, timeZone: 'America/New_York' }),
      BOOKED_AT,
      noShow,
    );
    expect(played.state).toBe('no_show');
    expect(clientNotices(played.effects[1]!)).toEqual([]); // the nudge is the worker's business
    expect(clientNotices(played.effects[2]!)).toEqual([
      { message: 'visit.replacing', shiftId: 's1', vars: visitVars, urgent: true },
    ]);
  });

  it('tells the client that a worker who dropped is being replaced, only once the drop is confirmed', () => {
    const played = play(
      attendanceFlow,
      attendanceContext({ ...withClient, timeZone: 'America/New_York' }),
      BOOKED_AT,
      dropTwice,
    );
    expect(played.state).toBe('dropped');
    expect(clientNotices(played.effects[1]!)).toEqual([]);
    expect(clientNotices(played.effects[2]!)).toEqual([
      { message: 'visit.replacing', shiftId: 's1', vars: visitVars, urgent: undefined },
    ]);
  });

  it('tells the client of a replacement when NO to "are you on your way?" drops the visit', () => {
    const played = play(
      attendanceFlow,
      attendanceContext({ ...withClient, timeZone: 'America/New_York' }),
      BOOKED_AT,
      [...noShow.slice(0, 1), { now: at(12), event: () => ({ type: 'reply.no' }) } satisfies Step],
    );
    expect(played.state).toBe('dropped');
    expect(clientNotices(played.effects[2]!).map((n) => n.message)).toEqual(['visit.replacing']);
  });

  it('says nothing more to the client on check-in', () => {
    const played = play(
      attendanceFlow,
      attendanceContext({ ...withClient, timeZone: 'America/New_York' }),
      BOOKED_AT,
      [{ now: at(-5), event: () => ({ type: 'reply.here' }) } satisfies Step],
    );
    expect(played.state).toBe('checked_in');
    expect(clientNotices(played.effects[1]!)).toEqual([]);
  });

  it.each([
    ['booked and no-show', noShow],
    ['booked and dropped', dropTwice],
  ])('notifies no client for a shift without one (%s)', (_name, steps) => {
    const played = play(
      attendanceFlow,
      attendanceContext({ ...facts, timeZone: 'America/New_York' }),
      BOOKED_AT,
      steps,
    );
    expect(played.effects.flatMap(clientNotices)).toEqual([]);
    // The supervisor and coordinator are still told of a no-show.
    if (played.state === 'no_show') {
      expect(
        played.effects
          .flat()
          .filter((e) => e.type === 'notify')
          .map((e) => e.role),
      ).toEqual(['supervisor', 'coordinator']);
    }
  });
});

describe('client notices in the completion flow', () => {
  const completion = (shift: typeof facts) =>
    completionContext({ ...shift, code: 'K7P', rateCentsPerHour: 2250 });
  const doneThenOk: { now: Date; event: () => CompletionEvent }[] = [
    { now: at(115), event: () => ({ type: 'reply.done' }) },
    { now: at(130), event: () => ({ type: 'supervisor.ok' }) },
  ];

  it('tells the client the visit is done when the worker reports DONE, and not again on OK', () => {
    const played = play(completionFlow, completion(withClient), at(-5), doneThenOk);
    expect(played.state).toBe('confirmed');
    expect(clientNotices(played.effects[0]!)).toEqual([]);
    expect(clientNotices(played.effects[1]!)).toEqual([
      { message: 'visit.done', shiftId: 's1', vars: visitVars, urgent: undefined },
    ]);
    expect(clientNotices(played.effects[2]!)).toEqual([]);
  });

  it('notifies no client for a shift without one', () => {
    const played = play(completionFlow, completion(facts), at(-5), doneThenOk);
    expect(played.state).toBe('confirmed');
    expect(played.effects.flatMap(clientNotices)).toEqual([]);
  });
});
