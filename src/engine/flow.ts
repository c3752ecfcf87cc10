import type { EffectDraft, FlowEvent } from './types';

/** Guards see the context before the transition. */
export type Guard<Ctx, E> = (ctx: Ctx, event: E, now: Date) => boolean;

/** Returns the context fields that change. */
export type Assign<Ctx, E> = (ctx: Ctx, event: E, now: Date) => Partial<Ctx>;

/** Effects see the context after `assign`. */
export type Effects<Ctx, E> = (ctx: Ctx, event: E, now: Date) => EffectDraft[];

export interface TransitionDef<Ctx, E, S extends string> {
  guard?: Guard<Ctx, E>;
  /** Omitted: stay in the current state (still a handled event, still a new version). */
  target?: S;
  assign?: Assign<Ctx, E>;
  effects?: Effects<Ctx, E>;
}

/** For each event type a state accepts, candidate transitions: the first whose guard passes wins. */
export type On<Ctx, E extends FlowEvent, S extends string> = {
  [K in E['type']]?: TransitionDef<Ctx, Extract<E, { type: K }>, S>[];
};

export interface StateDef<Ctx, E extends FlowEvent, S extends string> {
  on?: On<Ctx, E, S>;
  /** Entering a final state cancels every pending timer; a final state accepts nothing. */
  final?: true;
}

export interface FlowDef<Ctx, E extends FlowEvent, S extends string> {
  id: string;
  initial: S;
  /** The entity a snapshot belongs to, e.g. `offer:<offerId>`; prefixes dedupe keys. */
  key: (ctx: Ctx) => string;
  /** What happens when the flow is created, before any event. */
  start?: {
    /** The state it starts in when that depends on the context; absent: `initial`. */
    state?: (ctx: Ctx, now: Date) => S;
    assign?: (ctx: Ctx, now: Date) => Partial<Ctx>;
    effects?: (ctx: Ctx, now: Date) => EffectDraft[];
  };
  states: Record<S, StateDef<Ctx, E, S>>;
}

export type Flow<Ctx, E extends FlowEvent, S extends string = string> = FlowDef<Ctx, E, S>;

/** Declares a flow as data. The type parameters are the context, the events and the states. */
export function defineFlow<Ctx, E extends FlowEvent, S extends string>(
  def: FlowDef<Ctx, E, S>,
): Flow<Ctx, E, S> {
  if (!(def.initial in def.states)) {
    throw new Error(`flow ${def.id}: initial state ${def.initial} is not declared`);
  }
  return def;
}

/** The transitions a state declares for an event type, in order. */
export function transitionsFor<Ctx, E extends FlowEvent, S extends string>(
  state: StateDef<Ctx, E, S>,
  type: string,
): TransitionDef<Ctx, E, S>[] {
  const on: Partial<Record<string, unknown>> = state.on ?? {};
  // Each list is typed by its own event type; here the event is already known to have that type.
  return (on[type] ?? []) as TransitionDef<Ctx, E, S>[];
}

/** The event types a state accepts, for the conversation layer ("nothing to confirm"). */
export function acceptedEvents<Ctx, E extends FlowEvent, S extends string>(
  flow: Flow<Ctx, E, S>,
  state: string,
): string[] {
  const def = stateDef(flow, state);
  return def.final ? [] : Object.keys(def.on ?? {});
}

export function stateDef<Ctx, E extends FlowEvent, S extends string>(
  flow: Flow<Ctx, E, S>,
  state: string,
): StateDef<Ctx, E, S> {
  const states: Partial<Record<string, StateDef<Ctx, E, S>>> = flow.states;
  const def = states[state];
  if (!def) throw new Error(`flow ${flow.id}: unknown state ${state}`);
  return def;
}
