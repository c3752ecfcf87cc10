import type { Runtime } from '../../runtime';
import type { Snapshot, UnhandledReason } from '../types';
import type { Cause, ChangeRecord } from '../../models/change-record';

export type { Cause, ChangeRecord };

/** What the engine's I/O side needs from the runtime. */
export type EngineRuntime = Pick<
  Runtime,
  'models' | 'directory' | 'lastTexts' | 'clock' | 'log' | 'outboundQueue' | 'timersQueue'
>;

/** 'no_entity': nothing was ever started under that entity key. */
export type NotHandledReason = UnhandledReason | 'no_entity';

export type ApplyResult<Ctx = unknown> =
  | {
      handled: true;
      snapshot: Snapshot<Ctx>;
      changeId: string;
      /** The same cause had already moved this entity: nothing new was recorded. */
      replayed: boolean;
    }
  | { handled: false; reason: NotHandledReason; snapshot: Snapshot<Ctx> | null };

export interface StartOutcome<Ctx = unknown> {
  /** false: the flow already existed under that entity (a replay); nothing new was recorded. */
  created: boolean;
  entity: string;
  snapshot: Snapshot<Ctx>;
  changeId: string;
}

export interface ApplyOptions {
  /** false: record the change and leave its effects for dispatch() (tests, crash drills). */
  dispatch?: boolean;
}
