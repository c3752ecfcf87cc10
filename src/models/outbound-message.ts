import { Schema, type InferSchemaType, type Types } from 'mongoose';

/** Delivery states in the order they happen; a status callback never moves a message backwards. */
export const STATUS_RANK = {
  pending: 0,
  accepted: 1,
  queued: 2,
  sending: 3,
  sent: 4,
  delivered: 5,
  undelivered: 5,
  failed: 5,
  read: 6,
} as const;
export type OutboundStatus = keyof typeof STATUS_RANK;

/** Why a message was recorded but not handed to Twilio. */
export const SUPPRESSION_REASONS = [
  'opted_out',
  'channel_unusable',
  'whatsapp_window_no_template',
  'no_address',
  /** Word for word the person's last text: not sent again. */
  'repeat',
] as const;

/**
 * Every text Shiftline sends, recorded once before it is queued and never changed. The unique
 * dedupeKey (from the effect that asked for it) makes "the same effect enqueued twice" send
 * once. What became of it is its SendOutcome and its status events (src/messaging/delivery.ts).
 */
export const outboundMessageSchema = new Schema({
  dedupeKey: { type: String, required: true },
  /** Absent only for a reply to a number no person has (toAddress then says where). */
  person: { type: Schema.Types.ObjectId, ref: 'Person' },
  toAddress: String,
  organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  key: { type: String, required: true },
  vars: { type: Schema.Types.Mixed, default: {} },
  language: { type: String, required: true },
  body: { type: String, required: true },
  urgent: { type: Boolean, default: false },
  createdAt: { type: Date, required: true },
  /** A person's own words sent from the console or the API: the key (and its name) that sent them. */
  sentBy: new Schema({ keyId: String, name: String }, { _id: false }),
});
outboundMessageSchema.index({ dedupeKey: 1 }, { unique: true });
outboundMessageSchema.index({ person: 1, createdAt: -1 });
// The console's and reports' view of an organisation's texts.
outboundMessageSchema.index({ organisation: 1, createdAt: -1, _id: -1 });
// The API's messages: one person's thread, newest first.
outboundMessageSchema.index({ organisation: 1, person: 1, createdAt: -1, _id: -1 });
// Whether a person was already told an offer closed (key, and the offer's dedupe-key prefix).
outboundMessageSchema.index({ person: 1, key: 1, dedupeKey: 1 });
/** The reconciler's "recorded but never sent" looks at the last day. */
outboundMessageSchema.index({ createdAt: 1 });

export type OutboundMessage = InferSchemaType<typeof outboundMessageSchema> & {
  _id: Types.ObjectId;
};
