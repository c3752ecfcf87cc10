import { Schema, type InferSchemaType, type Types } from 'mongoose';
import { announceWrites } from './write-notices';
import { AIM_KINDS } from '../domain/aims';

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

/** What an organisation knows of a worker: on the person, and in each organisation's record. */
const workerFields = {
  /** What they can do and what they are cleared for (ranking's hard filters). */
  skills: { type: [String], default: [] },
  badges: { type: [String], default: [] },
  employmentType: {
    type: String,
    enum: ['full_time', 'part_time', 'on_call'] as const,
    default: 'part_time',
  },
  /** 'anytime', or weekly windows { weekday 0-6, start "HH:MM", end "HH:MM" } (domain/availability). */
  availability: { type: Schema.Types.Mixed, default: 'anytime' },
};

/** Where a client lives, as an organisation knows it: where their visits are, by default. */
const homeFields = {
  /** One line, street first ("12 Elm St, Apt 4B, Brooklyn, NY 11201"): see domain/visit/area. */
  address: String,
  /** How to get in ("buzzer 4B, side door"): told to the booked worker only. */
  accessNotes: String,
};

const organisationRecordSchema = new Schema(
  {
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    name: { type: String, required: true },
    phone: String,
    whatsapp: String,
    channel: { type: String, enum: ['sms', 'whatsapp'], default: 'sms' },
    language: { type: String, enum: ['en', 'es', 'fr'], default: 'en' },
    ...workerFields,
    ...homeFields,
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
  ...workerFields,
  ...homeFields,
  /** The zone the availability is written in; absent: the organisation's. */
  timeZone: { type: String },
  /**
   * What each organisation that added this person after another had (by their number) told us
   * of them, shown to it alone: the first organisation's record is the fields above, and one
   * organisation never sees or changes another's (tenancy). By organisation id, so each is
   * changed in place. Its numbers, channel and language are that organisation's note only:
   * texts go to the person's own, above.
   */
  records: { type: Map, of: organisationRecordSchema, default: () => new Map() },
  /**
   * What the worker would like next (domain/aims): stated by text or recorded by a coordinator,
   * one per kind (a work type per kind of work), the newest replacing the older. The person's own,
   * shown on their record.
   */
  aims: {
    type: [
      new Schema(
        {
          kind: { type: String, enum: AIM_KINDS, required: true },
          words: String,
          text: { type: String, required: true },
          statedAt: { type: Date, required: true },
          by: { type: String, required: true },
        },
        { _id: false },
      ),
    ],
    default: [],
  },
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
export type OrganisationRecord = InferSchemaType<typeof organisationRecordSchema>;

/** The organisation's record of the person, if it added them after another organisation had. */
export function recordOf(
  person: Pick<Person, 'records'>,
  organisation: Types.ObjectId | string,
): OrganisationRecord | undefined {
  // A Map in a mongoose document, a plain object once lean.
  const records = person.records as
    Map<string, OrganisationRecord> | Record<string, OrganisationRecord>;
  const id = organisation.toString();
  return records instanceof Map ? records.get(id) : records?.[id];
}

/** The person as `organisation` knows them: its own record over the person's fields. */
export function asKnownTo<P extends Pick<Person, 'records'>>(
  person: P,
  // The id: an organisation document's own toString() is not its id.
  organisation: Types.ObjectId | string,
): P | (P & OrganisationRecord) {
  const record = recordOf(person, organisation);
  // A number or address the organisation did not give is not shown to it, whoever else gave one.
  return record
    ? {
        ...person,
        phone: undefined,
        whatsapp: undefined,
        address: undefined,
        accessNotes: undefined,
        ...record,
      }
    : person;
}

// People are cached in memory (src/directory): every write tells the caches.
announceWrites(personSchema, 'person');
