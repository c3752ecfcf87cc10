import { Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * One private link to a worker's own record, sent when they texted RECORD. The link's token
 * names this document and is signed (src/record/record-link); the page opens only while the
 * document exists and has not expired, so deleting it withdraws the link.
 */
export const recordLinkSchema = new Schema(
  {
    person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'record_links' },
);

export type RecordLink = InferSchemaType<typeof recordLinkSchema> & { _id: Types.ObjectId };
