import { Schema, type InferSchemaType } from 'mongoose';

/**
 * Dev mode's sign-in key of an organisation, one generation per sign-in: each sign-in claims the
 * next generation by a single insert, so the unique index decides which of two sign-ins at once
 * wins it, and only the key of an organisation's newest generation is valid (see callerForKey).
 * Only a hash of a key is kept, so a sign-in cannot hand back the previous key: it replaces it.
 */
export const devKeySchema = new Schema({
  organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  generation: { type: Number, required: true },
  apiKey: { type: Schema.Types.ObjectId, ref: 'ApiKey', required: true },
});
// One key per generation; also finds an organisation's newest.
devKeySchema.index({ organisation: 1, generation: 1 }, { unique: true });

export type DevKey = InferSchemaType<typeof devKeySchema>;
