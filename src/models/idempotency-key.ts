import { Schema, type InferSchemaType } from 'mongoose';

/** How long a key answers its first result again. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3_600_000;

/**
 * An Idempotency-Key an organisation sent with a create. The first request inserts it (the _id
 * decides between two at once), runs, and stores its answer; a retry with the same key and body
 * gets that answer again.
 */
export const idempotencyKeySchema = new Schema(
  {
    /** `<organisation>:<the key as sent>`. */
    _id: { type: String, required: true },
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    /** sha256 of the method, path and body: the same key with another request is refused. */
    requestHash: { type: String, required: true },
    state: { type: String, enum: ['running', 'done'], required: true },
    status: Number,
    response: Schema.Types.Mixed,
    createdAt: { type: Date, required: true },
  },
  { collection: 'idempotency_keys', minimize: false },
);

export type IdempotencyKey = InferSchemaType<typeof idempotencyKeySchema>;
