import { Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * A worker's consent to let an organisation see their record (SHARE), until they withdraw it
 * (UNSHARE). One per person and organisation: sharing again turns the same one back on. Every
 * change is also an AuditEvent (record.share / record.unshare).
 */
export const shareSchema = new Schema(
  {
    person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    active: { type: Boolean, required: true },
    /** When it was last shared. */
    sharedAt: { type: Date, required: true },
    withdrawnAt: { type: Date },
  },
  { collection: 'shares' },
);
shareSchema.index({ person: 1, organisation: 1 }, { unique: true });
// An organisation's shared records, newest first (GET /shared-records).
shareSchema.index({ organisation: 1, active: 1, sharedAt: -1, _id: -1 });

export type Share = InferSchemaType<typeof shareSchema> & { _id: Types.ObjectId };
