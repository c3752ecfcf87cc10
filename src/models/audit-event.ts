import { Schema, type InferSchemaType, type Types } from 'mongoose';

/** Something a person tried that needs a trace: who, what, when, and how it ended. */
export const auditEventSchema = new Schema(
  {
    person: { type: Schema.Types.ObjectId, ref: 'Person' },
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation' },
    action: { type: String, required: true },
    outcome: { type: String, required: true },
    data: { type: Schema.Types.Mixed, default: {} },
    at: { type: Date, required: true },
  },
  { minimize: false, collection: 'audit_events' },
);
auditEventSchema.index({ organisation: 1, at: -1 });
auditEventSchema.index({ person: 1, at: -1 });
// A person's facts of one kind, about one programme (told its next step, consented to an intro).
auditEventSchema.index({ person: 1, action: 1, 'data.programme': 1 });
// The events about one record (a work record confirmed after hours); most events have none.
auditEventSchema.index({ 'data.record': 1 }, { sparse: true });

export type AuditEvent = InferSchemaType<typeof auditEventSchema> & { _id: Types.ObjectId };
