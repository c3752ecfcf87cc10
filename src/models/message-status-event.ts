import { Schema } from 'mongoose';

/**
 * One row per (message, status) Twilio reported. The message's status is the highest-ranked of
 * these; keeping them lets concurrent, out-of-order callbacks settle on the right answer
 * without relying on an atomic conditional update.
 */
export const messageStatusEventSchema = new Schema({
  twilioSid: { type: String, required: true },
  status: { type: String, required: true },
  rank: { type: Number, required: true },
  errorCode: Number,
  at: { type: Date, required: true },
});
messageStatusEventSchema.index({ twilioSid: 1, status: 1 }, { unique: true });
