import { Schema, type InferSchemaType } from 'mongoose';

/**
 * Per person: the "which one?" question last asked, so a bare "2" or "YES K7P" can finish it.
 * One document per person (unique), overwritten by the next question.
 */
export const conversationSchema = new Schema({
  person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
  pending: {
    /** The intent waiting for a code, e.g. { type: 'yes' }. */
    intent: { type: Schema.Types.Mixed },
    codes: { type: [String], default: [] },
    askedAt: Date,
  },
});
conversationSchema.index({ person: 1 }, { unique: true });

export type Conversation = InferSchemaType<typeof conversationSchema>;
