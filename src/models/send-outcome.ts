import { Schema, type InferSchemaType } from 'mongoose';
import { SUPPRESSION_REASONS } from './outbound-message';

/**
 * What became of one recorded text at send time, written once by the send worker: handed to
 * Twilio (its sid), refused by Twilio for good (the error code), or not sent (why). Facts are
 * inserted, never updated, so the send path and status callbacks never rewrite a document of a
 * growing collection; a text's status is read from its outcome and its status events
 * (src/messaging/delivery.ts). _id: the OutboundMessage's id, so a text has one outcome.
 */
export const sendOutcomeSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    twilioSid: String,
    /** Twilio's status in its answer: accepted (Messaging Service) or queued. */
    status: { type: String, enum: ['accepted', 'queued', 'failed'] },
    errorCode: Number,
    suppressed: { type: String, enum: SUPPRESSION_REASONS },
    channel: { type: String, enum: ['sms', 'whatsapp'] },
    from: String,
    to: String,
    contentSid: String,
    /** When the sender's pacer let it go, on Redis's clock: never two within 1/rate of each other. */
    pacedAt: Date,
    at: { type: Date, required: true },
  },
  { collection: 'send_outcomes' },
);
sendOutcomeSchema.index({ twilioSid: 1 }, { unique: true, sparse: true });
/** Reports: an organisation's texts sent per day. */
sendOutcomeSchema.index({ organisation: 1, at: 1 });
/** The reconciler's "recorded but never sent" looks at the last day's outcomes. */
sendOutcomeSchema.index({ at: 1 });

export type SendOutcome = InferSchemaType<typeof sendOutcomeSchema>;
