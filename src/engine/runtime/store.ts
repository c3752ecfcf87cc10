import type { Flow } from '../flow';
import { start, transition } from '../transition';
import type { FlowEvent, Snapshot } from '../types';
import { insertChange, isDispatched, lastSeen, latestChange } from './change-log';
import { dispatch } from './dispatcher';
import { EntityBusyError } from './entity-busy-error';
import { flowById } from './flows';
import type {
  ApplyOptions,
  ApplyResult,
  Cause,
  ChangeRecord,
  EngineRuntime,
  StartOutcome,
} from './types';

/** Racing transitions on one entity each take a version in turn; this bounds the waiting. */
const MAX_ATTEMPTS = 25;

/** The entity's current snapshot, or null when nothing was started under that key. */
export async function loadSnapshot<Ctx = unknown>(
  runtime: EngineRuntime,
  entity: string,
): Promise<Snapshot<Ctx> | null> {
  const latest = await latestChange(runtime.models, entity);
  return latest ? asSnapshot<Ctx>(latest) : null;
}

/** Starts a flow: records version 0 and dispatches its start effects. Starting twice is a no-op. */
export async function startFlow<Ctx, E extends FlowEvent, S extends string>(
  runtime: EngineRuntime,
  flow: Flow<Ctx, E, S>,
  context: Ctx,
  cause: Cause,
  options: ApplyOptions = {},
): Promise<StartOutcome<Ctx>> {
  const started = start(flow, context, runtime.clock.now());
  const entity = flow.key(started.snapshot.context);
  const inserted = await insertChange(runtime.models, {
    entity,
    flow: flow.id,
    from: null,
    event: null,
    cause,
    snapshot: started.snapshot,
    effects: started.effects,
    at: runtime.clock.now(),
  });
  if (inserted.kind !== 'inserted') {
    const existing = await latestChange(runtime.models, entity);
    if (!existing) throw new Error(`${entity}: version 0 taken but no change record found`);
    return { created: false, entity, snapshot: asSnapshot<Ctx>(existing), changeId: existing._id };
  }
  if (options.dispatch !== false) await dispatch(runtime, inserted.record);
  return { created: true, entity, snapshot: started.snapshot, changeId: inserted.record._id };
}

/**
 * Moves an entity by one event: load its latest snapshot, run the pure transition, claim the
 * next version by inserting the change record, then dispatch its effects. Losing the claim to
 * a concurrent transition means reloading and deciding again on the newer snapshot. The same
 * cause (with a ref) applied again returns the first result, `replayed`. `known`: the entity's
 * latest record as the caller last read it (else the latest this process saw), used instead of
 * reading it again; if it is stale, the insert of the next version is refused and the retry
 * searches on from it.
 */
export async function applyEvent<Ctx, E extends FlowEvent, S extends string>(
  runtime: EngineRuntime,
  flow: Flow<Ctx, E, S>,
  entity: string,
  event: E,
  cause: Cause,
  options: ApplyOptions & { known?: ChangeRecord } = {},
): Promise<ApplyResult<Ctx>> {
  const { models, clock } = runtime;
  // The latest record this process saw is assumed current: if it is not, the insert of the next
  // version is refused, and the retry searches on from it.
  let known = options.known ?? lastSeen(models, entity);
  let assumed = !options.known && known !== undefined;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const latest = attempt === 1 && known ? known : await latestChange(models, entity, known);
    if (!latest) return { handled: false, reason: 'no_entity', snapshot: null };
    const current = asSnapshot<Ctx>(latest);
    const now = clock.now();
    const result = transition(flow, current, event, now);
    if (!result.handled && assumed) {
      // Refused by an assumed state: read the latest before answering so.
      assumed = false;
      known = latest;
      continue;
    }
    if (!result.handled) return { handled: false, reason: result.reason, snapshot: current };
    const inserted = await insertChange(models, {
      entity,
      flow: flow.id,
      from: current.state,
      event,
      cause,
      snapshot: result.snapshot,
      effects: result.effects,
      at: now,
    });
    if (inserted.kind === 'taken') {
      known = latest;
      await pause(attempt);
      continue;
    }
    const { record } = inserted;
    const replayed = inserted.kind === 'replay';
    const pending = !replayed || !(await isDispatched(models, record));
    if (options.dispatch !== false && pending) await dispatch(runtime, record);
    return { handled: true, snapshot: asSnapshot<Ctx>(record), changeId: record._id, replayed };
  }
  throw new EntityBusyError(entity, MAX_ATTEMPTS);
}

/** applyEvent for an entity known only by its key: the flow is the one that wrote its snapshot. */
export async function applyStoredEvent(
  runtime: EngineRuntime,
  entity: string,
  event: FlowEvent,
  cause: Cause,
): Promise<ApplyResult> {
  const latest = await latestChange(runtime.models, entity);
  if (!latest) return { handled: false, reason: 'no_entity', snapshot: null };
  return applyEvent(runtime, flowById(latest.flow), entity, event, cause, { known: latest });
}

function asSnapshot<Ctx>(record: ChangeRecord): Snapshot<Ctx> {
  // Written by the flow named in it; read back only by that flow.
  return record.snapshot as Snapshot<Ctx>;
}

/** A little jitter, so racers do not collide again on the next version. */
function pause(attempt: number): Promise<void> {
  const ms = Math.min(50, attempt * 2) * Math.random();
  return new Promise((resolve) => setTimeout(resolve, ms));
}
