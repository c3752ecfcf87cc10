/**
 * Golden flow tests in goflow's style: a JSON file of cases, each a context, a start time and
 * a list of events with their `now`, and the expected outcome of every step. Run with
 * UPDATE_GOLDEN=1 to rewrite the expectations, then prettier --write them and read the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Flow } from '../../../src/engine/flow';
import { start, transition } from '../../../src/engine/transition';
import type { Effect, FlowEvent, Snapshot } from '../../../src/engine/types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Outcome {
  state?: string;
  version?: number;
  pendingTimers?: string[];
  effects?: Json;
  unhandled?: string;
}

interface GoldenCase<Ctx, E> {
  description: string;
  context?: Partial<Ctx>;
  startAt: string;
  steps: { now: string; event: E }[];
  /** { start, steps, context } as plain JSON; written by UPDATE_GOLDEN=1. */
  expected?: Json;
}

interface GoldenFile<Ctx, E> {
  flow: string;
  context: Ctx;
  cases: GoldenCase<Ctx, E>[];
}

const updating = process.env.UPDATE_GOLDEN === '1';

const toJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

const settled = <Ctx>(snapshot: Snapshot<Ctx>, effects: Effect[]): Outcome => ({
  state: snapshot.state,
  version: snapshot.version,
  pendingTimers: snapshot.pendingTimers,
  effects: toJson(effects),
});

/** Plays one case through the flow and returns what happened at each step. */
export function play<Ctx, E extends FlowEvent, S extends string>(
  flow: Flow<Ctx, E, S>,
  context: Ctx,
  startAt: Date,
  steps: { now: Date; event: E }[],
): { start: Outcome; steps: Outcome[]; snapshot: Snapshot<Ctx> } {
  const started = start(flow, context, startAt);
  let snapshot = started.snapshot;
  const outcomes = steps.map(({ now, event }): Outcome => {
    const result = transition(flow, snapshot, event, now);
    if (!result.handled) return { unhandled: result.reason };
    snapshot = result.snapshot;
    return settled(result.snapshot, result.effects);
  });
  return { start: settled(started.snapshot, started.effects), steps: outcomes, snapshot };
}

/** Declares one jest test per case in `path`; the caller's test file names the flow. */
export function runGoldenFile<Ctx, E extends FlowEvent, S extends string>(
  flow: Flow<Ctx, E, S>,
  path: string,
): void {
  const file = JSON.parse(readFileSync(path, 'utf8')) as GoldenFile<Ctx, E>;
  if (file.flow !== flow.id) throw new Error(`${path} holds cases for ${file.flow}`);

  for (const golden of file.cases) {
    it(golden.description, () => {
      const context: Ctx = { ...file.context, ...golden.context };
      const steps = golden.steps.map((s) => ({ now: new Date(s.now), event: s.event }));
      const played = play(flow, context, new Date(golden.startAt), steps);
      const actual = {
        start: played.start,
        steps: played.steps,
        context: toJson(played.snapshot.context),
      };
      if (updating) golden.expected = toJson(actual);
      else expect(toJson(actual)).toEqual(golden.expected);
    });
  }

  afterAll(() => {
    if (updating) writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  });
}
