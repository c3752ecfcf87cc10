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
 * Every text Shiftline sends: recorded first, then queued. The unique dedupeKey (from the
 * effect that asked for it) makes "the same effect enqueued twice" send once.
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
  /** Filled when handed to Twilio. */
  channel: { type: String, enum: ['sms', 'whatsapp'] },
  from: String,
  to: String,
  contentSid: String,
  twilioSid: String,
  sentAt: Date,
  /** When the sender's pacer let it go, on Redis's clock: never two within 1/rate of each other. */
  pacedAt: Date,
  status: { type: String, enum: Object.keys(STATUS_RANK), default: 'pending' },
  statusRank: { type: Number, default: 0 },
  errorCode: Number,
  suppressed: { type: String, enum: SUPPRESSION_REASONS },
  /** A person's own words sent from the console or the API: the key (and its name) that sent them. */
  sentBy: new Schema({ keyId: String, name: String }, { _id: false }),
});
outboundMessageSchema.index({ dedupeKey: 1 }, { unique: true });
outboundMessageSchema.index({ twilioSid: 1 }, { unique: true, sparse: true });
outboundMessageSchema.index({ person: 1, createdAt: -1 });
// The console's and reports' view of an organisation's texts.
outboundMessageSchema.index({ organisation: 1, createdAt: -1 });
/** The reconciler's "recorded but never sent". */
outboundMessageSchema.index({ status: 1, createdAt: 1 });

export type OutboundMessage = InferSchemaType<typeof outboundMessageSchema> & {
  _id: Types.ObjectId;
};
