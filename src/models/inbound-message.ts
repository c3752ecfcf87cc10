import { Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * Every text received, recorded before anything acts on it. The unique MessageSid makes a
 * replayed webhook (Twilio retries) a no-op.
 */
export const inboundMessageSchema = new Schema({
  messageSid: { type: String, required: true },
  channel: { type: String, enum: ['sms', 'whatsapp'], required: true },
  /** E.164 of the sender and of our number, without the whatsapp: prefix. */
  from: { type: String, required: true },
  to: { type: String, required: true },
  body: { type: String, default: '' },
  optOutType: { type: String },
  receivedAt: { type: Date, required: true },
  person: { type: Schema.Types.ObjectId, ref: 'Person' },
  organisation: { type: Schema.Types.ObjectId, ref: 'Organisation' },
  /** What Shiftline made of it, once processed: the intent, or why nothing was done. */
  outcome: { type: String },
  /** No person has this number: listed for a coordinator. */
  unknownSender: { type: Boolean, default: false },
});
inboundMessageSchema.index({ messageSid: 1 }, { unique: true });
inboundMessageSchema.index({ person: 1, receivedAt: -1 });
inboundMessageSchema.index({ unknownSender: 1, receivedAt: -1 });
inboundMessageSchema.index({ organisation: 1, receivedAt: -1 });
// One person's thread as an organisation sees it (the API's messages).
inboundMessageSchema.index({ organisation: 1, person: 1, receivedAt: -1 });
// The dev simulator's thread of one phone.
inboundMessageSchema.index({ from: 1, receivedAt: 1 });
/** The reconciler's "recorded but never acted on". */
inboundMessageSchema.index({ outcome: 1, receivedAt: 1 });

export type InboundMessage = InferSchemaType<typeof inboundMessageSchema> & { _id: Types.ObjectId };
