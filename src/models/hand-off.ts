import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { transcriptLineSchema } from './transcript';

/**
 * Texts Shiftline could not act on, passed to a person: from an unknown number, or a client's
 * request not understood after two tries. One open hand-off per sender and organisation
 * (`openKey` is unique while set): later texts join it and the coordinator is texted once.
 */
export const handOffSchema = new Schema(
  {
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    /** A worker's question or conditional yes: 'question', 'condition'. */
    reason: {
      type: String,
      enum: ['unknown_number', 'not_understood', 'question', 'condition'],
      required: true,
    },
    /** The sender, when known. */
    person: { type: Schema.Types.ObjectId, ref: 'Person' },
    /** The sender's address (E.164, or whatsapp:E.164), for the coordinator to call back. */
    from: { type: String, required: true },
    visitRequest: { type: Schema.Types.ObjectId, ref: 'VisitRequest' },
    transcript: { type: [transcriptLineSchema], default: [] },
    /** `<organisation>:<from>` while open; unset when a coordinator resolves it. */
    openKey: { type: String },
    /** The coordinator who was texted. */
    coordinator: { type: Schema.Types.ObjectId, ref: 'Person' },
    createdAt: { type: Date, required: true },
    resolvedAt: Date,
    resolvedBy: String,
  },
  { collection: 'hand_offs' },
);
handOffSchema.index({ openKey: 1 }, { unique: true, sparse: true });
// The API's list, newest first, by itself or only open or resolved ones (the Requests page).
handOffSchema.index({ organisation: 1, createdAt: -1, _id: -1, resolvedAt: 1 });

export type HandOff = InferSchemaType<typeof handOffSchema> & { _id: Types.ObjectId };
