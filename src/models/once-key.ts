import { Schema, type InferSchemaType } from 'mongoose';

/**
 * A key that can be claimed once: the first insert wins, the others get a duplicate key. For
 * work that many may notice and one should do, e.g. telling open offers their shift is filled.
 */
export const onceKeySchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'once_keys' },
);

export type OnceKey = InferSchemaType<typeof onceKeySchema>;
