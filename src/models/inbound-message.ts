import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { receivedTextFields } from './inbound-receipt';

/**
 * A text received and acted on: inserted once, when the inbound worker has done with it, with
 * who sent it and what Shiftline made of it (its InboundReceipt was written by the webhook
 * before). The unique MessageSid keeps a text processed twice (a retried job) recorded once.
 */
export const inboundMessageSchema = new Schema({
  ...receivedTextFields,
  person: { type: Schema.Types.ObjectId, ref: 'Person' },
  organisation: { type: Schema.Types.ObjectId, ref: 'Organisation' },
  /** What Shiftline made of it: the intent, or why nothing was done. */
  outcome: { type: String, required: true },
  /** No person has this number: listed for a coordinator. */
  unknownSender: { type: Boolean, default: false },
});
inboundMessageSchema.index({ messageSid: 1 }, { unique: true });
inboundMessageSchema.index({ person: 1, receivedAt: -1 });
inboundMessageSchema.index({ unknownSender: 1, receivedAt: -1 });
inboundMessageSchema.index({ organisation: 1, receivedAt: -1, _id: -1 });
// One person's thread as an organisation sees it (the API's messages).
inboundMessageSchema.index({ organisation: 1, person: 1, receivedAt: -1, _id: -1 });
// The dev simulator's thread of one phone.
inboundMessageSchema.index({ from: 1, receivedAt: 1 });
/** The reconciler's "received but never acted on" looks at the last day. */
inboundMessageSchema.index({ receivedAt: 1 });

export type InboundMessage = InferSchemaType<typeof inboundMessageSchema> & { _id: Types.ObjectId };
