import { Schema } from 'mongoose';
import type { Effect, FlowEvent, Snapshot } from '../engine/types';

export type CauseKind = 'reply' | 'timer' | 'api' | 'system';

/** What made a change: an inbound text (MessageSid), a timer (its id), an API call, the engine. */
export interface Cause {
  kind: CauseKind;
  ref?: string;
}

/** A change record's _id: the entity and its version, so a version is claimed by one insert. */
export const changeRecordId = (entity: string, version: number): string => `${entity}@${version}`;

/**
 * One transition of one entity, append-only. Inserting version n+1 is how a transition is
 * claimed: unique (entity, version) lets one of two racing transitions in. The record with the
 * highest version holds the entity's current snapshot; its effects are the outbox.
 *
 * Nothing in it is ever updated: whether its effects still have to run is a PendingDispatch
 * document, inserted before it and deleted once they ran. (A `dispatched` flag here would cost
 * an update of a large, growing collection for every transition.)
 */
export interface ChangeRecord {
  /** changeRecordId(entity, version) */
  _id: string;
  entity: string;
  version: number;
  flow: string;
  /** null for version 0, the flow's start. */
  from: string | null;
  to: string;
  event: FlowEvent | null;
  cause: Cause;
  /** entity + cause + event type, when the cause has a ref: the same cause applied twice is refused. */
  causeKey?: string;
  snapshot: Snapshot<unknown>;
  effects: Effect[];
  at: Date;
}

export const changeRecordSchema = new Schema(
  {
    _id: { type: String, required: true },
    entity: { type: String, required: true },
    version: { type: Number, required: true },
    flow: { type: String, required: true },
    from: { type: String, default: null },
    to: { type: String, required: true },
    event: { type: Schema.Types.Mixed, default: null },
    cause: {
      kind: { type: String, enum: ['reply', 'timer', 'api', 'system'], required: true },
      ref: { type: String },
    },
    causeKey: { type: String },
    snapshot: { type: Schema.Types.Mixed, required: true },
    effects: { type: [Schema.Types.Mixed], default: [] },
    at: { type: Date, required: true },
  },
  // Snapshots and effects are stored as the engine made them, empty objects included.
  { minimize: false, collection: 'change_records' },
);
changeRecordSchema.index({ entity: 1, version: 1 }, { unique: true });
changeRecordSchema.index({ causeKey: 1 }, { unique: true, sparse: true });
changeRecordSchema.index({ at: 1 });
// The activity feed: recent steps of the shifts' flows, newest first.
changeRecordSchema.index({ 'snapshot.context.shiftId': 1, flow: 1, at: -1, _id: -1 });
