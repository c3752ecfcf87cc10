import { cancelTimer, notify, send, setTimer } from '../../../src/engine/effects';
import { acceptedEvents, defineFlow } from '../../../src/engine/flow';
import { start, transition } from '../../../src/engine/transition';
import type { Snapshot } from '../../../src/engine/types';

interface Ctx {
  id: string;
  count: number;
}
type Ev =
  | { type: 'poke' }
  | { type: 'add'; n: number }
  | { type: 'timer.ring'; timerId: string }
  | { type: 'finish' };
type St = 'idle' | 'waiting' | 'done';

const sideEffects: string[] = [];

const flow = defineFlow<Ctx, Ev, St>({
  id: 'test',
  initial: 'idle',
  key: (c) => `thing:${c.id}`,
  start: {
    effects: (c, now) => [
      setTimer(`thing:${c.id}:ring`, new Date(now.getTime() + 60_000), { type: 'timer.ring' }),
    ],
  },
  states: {
    idle: {
      on: {
        poke: [{ effects: (c) => [send('p1', 'reminder', { count: c.count })] }],
        add: [
          {
            guard: (_c, e) => e.n > 10,
            target: 'waiting',
            assign: (c, e) => ({ count: c.count + e.n }),
          },
          {
            guard: (_c, e) => e.n > 0,
            assign: (c, e) => ({ count: c.count + e.n }),
            effects: (c) => [notify('supervisor', 's1', 'late.supervisor', { count: c.count })],
          },
        ],
        'timer.ring': [
          {
            target: 'waiting',
            effects: () => {
              sideEffects.push('ran');
              return [send('p1', 'nudge', {})];
            },
          },
        ],
        finish: [{ target: 'done' }],
      },
    },
    waiting: {
      on: {
        finish: [{ target: 'done', effects: () => [cancelTimer('never-set')] }],
        poke: [
          {
            effects: (c) => [
              setTimer(`thing:${c.id}:again`, new Date(0), { type: 'timer.ring' }),
              send('p1', 'nudge', {}),
            ],
          },
        ],
      },
    },
    done: { final: true },
  },
});

const now = new Date('2026-05-01T10:00:00Z');
const fresh = (): Snapshot<Ctx> => start(flow, { id: 'a', count: 0 }, now).snapshot;

describe('transition', () => {
  beforeEach(() => sideEffects.splice(0));

  it('starts at version 0 with the start effects and their timers pending', () => {
    const { snapshot, effects } = start(flow, { id: 'a', count: 0 }, now);
    expect(snapshot).toEqual({
      flow: 'test',
      state: 'idle',
      context: { id: 'a', count: 0 },
      version: 0,
      pendingTimers: ['thing:a:ring'],
    });
    expect(effects).toEqual([
      {
        type: 'setTimer',
        id: 'thing:a:ring',
        at: new Date('2026-05-01T10:01:00Z'),
        event: { type: 'timer.ring', timerId: 'thing:a:ring' },
      },
    ]);
  });

  it('returns effects with dedupe keys and runs nothing', () => {
    const before = fresh();
    const result = transition(flow, before, { type: 'timer.ring', timerId: 'thing:a:ring' }, now);
    expect(result).toEqual({
      handled: true,
      snapshot: { ...before, state: 'waiting', version: 1, pendingTimers: [] },
      effects: [
        {
          type: 'send',
          to: { personId: 'p1' },
          message: 'nudge',
          vars: {},
          dedupeKey: 'thing:a:1:0',
        },
      ],
    });
    expect(sideEffects).toEqual(['ran']);
  });

  it('increments the version on every handled event, even one that stays in its state', () => {
    const one = transition(flow, fresh(), { type: 'poke' }, now);
    if (!one.handled) throw new Error('poke not handled');
    const two = transition(flow, one.snapshot, { type: 'poke' }, now);
    if (!two.handled) throw new Error('poke not handled');
    expect([one.snapshot.version, two.snapshot.version]).toEqual([1, 2]);
    expect(two.effects.map((e) => ('dedupeKey' in e ? e.dedupeKey : ''))).toEqual(['thing:a:2:0']);
  });

  it('does not change the snapshot it was given', () => {
    const before = fresh();
    const copy = structuredClone(before);
    transition(flow, before, { type: 'add', n: 3 }, now);
    expect(before).toEqual(copy);
  });

  it('takes the first transition whose guard passes and gives effects the assigned context', () => {
    const big = transition(flow, fresh(), { type: 'add', n: 11 }, now);
    expect(big).toMatchObject({
      handled: true,
      snapshot: { state: 'waiting', context: { count: 11 } },
    });
    const small = transition(flow, fresh(), { type: 'add', n: 2 }, now);
    expect(small).toMatchObject({
      handled: true,
      snapshot: { state: 'idle', context: { count: 2 } },
      effects: [{ type: 'notify', vars: { count: 2 }, dedupeKey: 'thing:a:1:0' }],
    });
  });

  it('explains an event whose guards all fail', () => {
    expect(transition(flow, fresh(), { type: 'add', n: -1 }, now)).toEqual({
      handled: false,
      reason: 'guard_failed',
      state: 'idle',
    });
  });

  it('explains an event the state does not accept', () => {
    const waiting = transition(flow, fresh(), { type: 'add', n: 20 }, now);
    if (!waiting.handled) throw new Error('add not handled');
    expect(transition(flow, waiting.snapshot, { type: 'add', n: 1 }, now)).toEqual({
      handled: false,
      reason: 'not_accepted',
      state: 'waiting',
    });
  });

  it('ignores a timer that is no longer pending', () => {
    const fired = transition(flow, fresh(), { type: 'timer.ring', timerId: 'thing:a:ring' }, now);
    if (!fired.handled) throw new Error('ring not handled');
    const back = { ...fired.snapshot, state: 'idle' };
    expect(transition(flow, back, { type: 'timer.ring', timerId: 'thing:a:ring' }, now)).toEqual({
      handled: false,
      reason: 'stale_timer',
      state: 'idle',
    });
    expect(sideEffects).toEqual(['ran']);
  });

  it('ignores a timer it never set', () => {
    const result = transition(flow, fresh(), { type: 'timer.ring', timerId: 'other' }, now);
    expect(result).toMatchObject({ handled: false, reason: 'stale_timer' });
  });

  it('cancels pending timers on entering a final state and drops cancels of unknown timers', () => {
    const waiting = transition(flow, fresh(), { type: 'add', n: 20 }, now);
    if (!waiting.handled) throw new Error('add not handled');
    const done = transition(flow, waiting.snapshot, { type: 'finish' }, now);
    expect(done).toMatchObject({
      handled: true,
      snapshot: { state: 'done', pendingTimers: [] },
      effects: [{ type: 'cancelTimer', id: 'thing:a:ring' }],
    });
  });

  it('refuses everything in a final state', () => {
    const done = transition(flow, fresh(), { type: 'finish' }, now);
    if (!done.handled) throw new Error('finish not handled');
    expect(transition(flow, done.snapshot, { type: 'poke' }, now)).toEqual({
      handled: false,
      reason: 'final_state',
      state: 'done',
    });
    expect(acceptedEvents(flow, 'done')).toEqual([]);
    expect(acceptedEvents(flow, 'waiting')).toEqual(['finish', 'poke']);
  });

  it('produces identical effects when the same transition is replayed', () => {
    const waiting = transition(flow, fresh(), { type: 'add', n: 20 }, now);
    if (!waiting.handled) throw new Error('add not handled');
    const a = transition(flow, waiting.snapshot, { type: 'poke' }, now);
    const b = transition(flow, structuredClone(waiting.snapshot), { type: 'poke' }, now);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ snapshot: { pendingTimers: ['thing:a:ring', 'thing:a:again'] } });
  });

  it('rejects a snapshot of another flow', () => {
    expect(() => transition(flow, { ...fresh(), flow: 'offer' }, { type: 'poke' }, now)).toThrow(
      /snapshot of flow offer/,
    );
  });
});
