import { effectKey } from './effect-key';
import { stateDef, transitionsFor, type Flow } from './flow';
import type {
  Effect,
  EffectDraft,
  FlowEvent,
  Snapshot,
  StartResult,
  TransitionResult,
} from './types';

/**
 * The next snapshot and the effects to run for one event. Runs nothing: the caller records the
 * change (unique entity + version) and hands the effects to the executor.
 */
export function transition<Ctx, E extends FlowEvent, S extends string>(
  flow: Flow<Ctx, E, S>,
  snapshot: Snapshot<Ctx>,
  event: E,
  now: Date,
): TransitionResult<Ctx> {
  if (snapshot.flow !== flow.id) {
    throw new Error(`snapshot of flow ${snapshot.flow} given to flow ${flow.id}`);
  }
  const current = stateDef(flow, snapshot.state);
  const unhandled = (reason: 'not_accepted' | 'guard_failed' | 'final_state' | 'stale_timer') =>
    ({ handled: false, reason, state: snapshot.state }) as const;

  if (current.final) return unhandled('final_state');
  if (event.timerId !== undefined && !snapshot.pendingTimers.includes(event.timerId)) {
    return unhandled('stale_timer');
  }
  const candidates = transitionsFor(current, event.type);
  if (candidates.length === 0) return unhandled('not_accepted');
  const chosen = candidates.find((t) => !t.guard || t.guard(snapshot.context, event, now));
  if (!chosen) return unhandled('guard_failed');

  const context = chosen.assign
    ? { ...snapshot.context, ...chosen.assign(snapshot.context, event, now) }
    : snapshot.context;
  const target = chosen.target ?? snapshot.state;
  const drafts = chosen.effects ? chosen.effects(context, event, now) : [];
  const fired = event.timerId === undefined ? [] : [event.timerId];
  const version = snapshot.version + 1;
  const { effects, pendingTimers } = settle(
    drafts,
    snapshot.pendingTimers.filter((id) => !fired.includes(id)),
    stateDef(flow, target).final === true,
  );
  return {
    handled: true,
    snapshot: { flow: flow.id, state: target, context, version, pendingTimers },
    effects: stamp(effects, flow.key(context), version),
  };
}

/** The first snapshot of a flow and the effects of creating it (version 0). */
export function start<Ctx, E extends FlowEvent, S extends string>(
  flow: Flow<Ctx, E, S>,
  initialContext: Ctx,
  now: Date,
): StartResult<Ctx> {
  const assign = flow.start?.assign;
  const context = assign ? { ...initialContext, ...assign(initialContext, now) } : initialContext;
  const drafts = flow.start?.effects ? flow.start.effects(context, now) : [];
  const state = flow.start?.state ? flow.start.state(context, now) : flow.initial;
  const final = stateDef(flow, state).final === true;
  const { effects, pendingTimers } = settle(drafts, [], final);
  const version = 0;
  return {
    snapshot: { flow: flow.id, state, context, version, pendingTimers },
    effects: stamp(effects, flow.key(context), version),
  };
}

/**
 * Tracks timers through the effects: a set adds its id, a cancel removes it (a cancel of a
 * timer that is not pending is dropped: it fired or was never set). Entering a final state
 * cancels whatever is still pending.
 */
function settle(
  drafts: EffectDraft[],
  pending: string[],
  final: boolean,
): { effects: EffectDraft[]; pendingTimers: string[] } {
  const timers = new Set(pending);
  const effects: EffectDraft[] = [];
  for (const effect of drafts) {
    if (effect.type === 'setTimer') timers.add(effect.id);
    if (effect.type === 'cancelTimer') {
      if (!timers.delete(effect.id)) continue;
    }
    effects.push(effect);
  }
  if (final) {
    for (const id of timers) effects.push({ type: 'cancelTimer', id });
    timers.clear();
  }
  return { effects, pendingTimers: [...timers] };
}

function stamp(drafts: EffectDraft[], key: string, version: number): Effect[] {
  return drafts.map((effect, n): Effect => {
    switch (effect.type) {
      case 'send':
      case 'notify':
      case 'offerNext':
      case 'record':
      case 'visit':
      case 'visitUnfilled':
        return { ...effect, dedupeKey: effectKey(key, version, n) };
      default:
        return effect;
    }
  });
}
