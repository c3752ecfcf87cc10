import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { announceWrites } from './write-notices';

export const CHANNEL_STATES = ['ok', 'invalid_number', 'landline', 'unreachable'] as const;

const channelSchema = new Schema(
  {
    state: { type: String, enum: CHANNEL_STATES, default: 'ok' },
    lastErrorCode: Number,
    /** The person's last inbound on this channel; WhatsApp free-form text is allowed for 24 h after it. */
    lastInboundAt: Date,
  },
  { _id: false },
);

/** Someone who texts Shiftline: worker, client, supervisor or coordinator of one or more organisations. */
export const personSchema = new Schema({
  name: { type: String, required: true },
  /** E.164, for SMS. Unique: an inbound SMS is matched to its person by this. */
  phone: { type: String },
  /** E.164, for WhatsApp (often the same number as phone). */
  whatsapp: { type: String },
  channel: { type: String, enum: ['sms', 'whatsapp'], default: 'sms' },
  language: { type: String, enum: ['en', 'es', 'fr'], default: 'en' },
  /** Organisation whose texts this person gets by default (HELP, fallback). */
  organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  roles: {
    type: [
      new Schema(
        {
          organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
          role: {
            type: String,
            enum: ['worker', 'client', 'coordinator', 'supervisor'],
            required: true,
          },
        },
        { _id: false },
      ),
    ],
    default: [],
  },
  /** Opted out of all texts (STOP). Honoured at send time, whatever queued the text. */
  optedOut: { type: Boolean, default: false },
  /**
   * Senders, as Twilio writes From ("+1…", "whatsapp:+1…"), this person opted out of by texting
   * them STOP: by default Twilio blocks only the number a STOP was sent to.
   */
  optedOutOf: { type: [String], default: [] },
  optedOutAt: Date,
  sms: { type: channelSchema, default: () => ({}) },
  whatsappChannel: { type: channelSchema, default: () => ({}) },
  /** Worker: what they can do and what they are cleared for (ranking's hard filters). */
  skills: { type: [String], default: [] },
  badges: { type: [String], default: [] },
  employmentType: {
    type: String,
    enum: ['full_time', 'part_time', 'on_call'],
    default: 'part_time',
  },
  /** 'anytime', or weekly windows { weekday 0-6, start "HH:MM", end "HH:MM" } (domain/availability). */
  availability: { type: Schema.Types.Mixed, default: 'anytime' },
  /** The zone the availability is written in; absent: the organisation's. */
  timeZone: { type: String },
  /** Client: organisations whose workers they would rather have. */
  preferredOrganisations: {
    type: [{ type: Schema.Types.ObjectId, ref: 'Organisation' }],
    default: [],
  },
});
// People with a role in an organisation, by _id (the first coordinator).
personSchema.index({ 'roles.organisation': 1, 'roles.role': 1, _id: 1 });
// The people an organisation made (the API's list, the simulator's phones).
personSchema.index({ organisation: 1 });
personSchema.index({ phone: 1 }, { unique: true, sparse: true });
personSchema.index({ whatsapp: 1 }, { unique: true, sparse: true });

export type Person = InferSchemaType<typeof personSchema> & { _id: Types.ObjectId };
// People are cached in memory (src/directory): every write tells the caches.
announceWrites(personSchema, 'person');
