import { Schema, type Types } from 'mongoose';
import type { RecordData, RecordKind } from '../engine/types';

export const WORK_RECORD_KINDS = [
  'checked_in',
  'late',
  'no_show',
  'drop',
  'hours_confirmed',
  'dispute',
] as const satisfies readonly RecordKind[];

/**
 * A ledger or reliability fact from a `record` effect, written once (unique dedupeKey).
 * Reliability (no-shows, drops) and hours this week are derived from these.
 */
export interface WorkRecord {
  _id: Types.ObjectId;
  dedupeKey: string;
  kind: RecordKind;
  person?: Types.ObjectId;
  shift?: Types.ObjectId;
  assignment?: Types.ObjectId;
  minutes?: number;
  chargeCents?: number;
  /** Hours a partner's worker worked: the provider organisation, which earns the charge. */
  provider?: Types.ObjectId;
  data: RecordData;
  at: Date;
}

export const workRecordSchema = new Schema(
  {
    dedupeKey: { type: String, required: true },
    kind: { type: String, enum: WORK_RECORD_KINDS, required: true },
    person: { type: Schema.Types.ObjectId, ref: 'Person' },
    shift: { type: Schema.Types.ObjectId, ref: 'Shift' },
    assignment: { type: Schema.Types.ObjectId },
    minutes: { type: Number },
    chargeCents: { type: Number },
    provider: { type: Schema.Types.ObjectId, ref: 'Organisation' },
    data: { type: Schema.Types.Mixed, default: {} },
    at: { type: Date, required: true },
  },
  { minimize: false, collection: 'work_records' },
);
workRecordSchema.index({ dedupeKey: 1 }, { unique: true });
workRecordSchema.index({ person: 1, kind: 1, at: -1 });
// A shift's (or a programme's shifts') records of a kind, in order, or by _id.
workRecordSchema.index({ shift: 1, kind: 1, at: 1, _id: 1 });
workRecordSchema.index({ shift: 1, kind: 1, _id: 1 });
workRecordSchema.index({ kind: 1, at: 1 });
// What a provider's workers earned it under partnerships, for its reports; most records have none.
workRecordSchema.index({ provider: 1, kind: 1, at: 1 }, { sparse: true });
