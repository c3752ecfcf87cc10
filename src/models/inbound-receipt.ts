import { Schema, type InferSchemaType, type Types } from 'mongoose';

/**
 * A text as Twilio delivered it, written by the webhook before it answers and never changed.
 * The unique MessageSid makes a replayed webhook a no-op. What Shiftline made of the text is an
 * InboundMessage, inserted once when it was acted on; a receipt without one is work still to do.
 */
/** A received text's own fields, as a receipt holds them and as its InboundMessage repeats them. */
export const receivedTextFields = {
  messageSid: { type: String, required: true },
  channel: { type: String, enum: ['sms', 'whatsapp'], required: true },
  /** E.164 of the sender and of our number, without the whatsapp: prefix. */
  from: { type: String, required: true },
  to: { type: String, required: true },
  body: { type: String, default: '' },
  optOutType: { type: String },
  receivedAt: { type: Date, required: true },
} as const;

export const inboundReceiptSchema = new Schema(receivedTextFields, {
  collection: 'inbound_receipts',
});
inboundReceiptSchema.index({ messageSid: 1 }, { unique: true });
/** The reconciler's "received but never acted on" looks at the last day. */
inboundReceiptSchema.index({ receivedAt: 1 });

export type InboundReceipt = InferSchemaType<typeof inboundReceiptSchema> & {
  _id: Types.ObjectId;
};
