import { Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * A BROADCAST a coordinator was asked to confirm: sent on their next YES, dropped by anything
 * else or once it is older than the confirmation window. One per coordinator (unique person).
 */
export const pendingBroadcastSchema = new Schema(
  {
    person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    programme: { type: Schema.Types.ObjectId, ref: 'Programme', required: true },
    slots: { type: Number, required: true, min: 1 },
    workTypeText: { type: String, required: true },
    place: { type: String, required: true },
    placeIn: { en: String, es: String, fr: String },
    start: { type: Date, required: true },
    end: { type: Date, required: true },
    askedAt: { type: Date, required: true },
  },
  { collection: 'pending_broadcasts' },
);
pendingBroadcastSchema.index({ person: 1 }, { unique: true });

export type PendingBroadcast = InferSchemaType<typeof pendingBroadcastSchema> & {
  _id: Types.ObjectId;
};
