import { Schema, type InferSchemaType } from 'mongoose';

/**
 * A code a person quotes to say which prompt they answer, other than offers (which carry their
 * own): e.g. the supervisor's "OK K7P" for a worker's hours. Unique per person; one per entity.
 */
export const shortCodeSchema = new Schema(
  {
    /** The entity the code is for: one code per entity, found by _id. */
    _id: { type: String, required: true },
    person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    code: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'short_codes' },
);
shortCodeSchema.index({ person: 1, code: 1 }, { unique: true });

export type ShortCode = InferSchemaType<typeof shortCodeSchema>;
