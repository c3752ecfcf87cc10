import { Schema, type Types } from 'mongoose';

export const PAY_TYPES = ['wage', 'stipend'] as const;
export const PROGRAMME_LANGUAGES = ['en', 'es', 'fr'] as const;
type InEveryLanguage = Record<(typeof PROGRAMME_LANGUAGES)[number], string>;

export interface Programme {
  _id: Types.ObjectId;
  organisation: Types.ObjectId;
  name: string;
  slug: string;
  budgetCents: number;
  hourlyRateCents: number;
  minutesPerParticipant: number;
  participants: { person: Types.ObjectId; payType: (typeof PAY_TYPES)[number] }[];
  workTypes: { id: string; names: InEveryLanguage }[];
  supervisors: Types.ObjectId[];
  coordinators: Types.ObjectId[];
  nextStepsMessage: InEveryLanguage;
  nextStep?: NextStep | null;
  createdAt: Date;
}

/**
 * The rung after this programme: another programme (any organisation's) or an organisation, and
 * what a participant must do to be pointed to it: this many confirmed minutes here, with at most
 * this many no-shows on its shifts.
 */
export interface NextStep {
  programme?: Types.ObjectId | null;
  organisation?: Types.ObjectId | null;
  minutesConfirmed: number;
  maxNoShows: number;
}

const inEveryLanguage = {
  en: { type: String, default: '' },
  es: { type: String, default: '' },
  fr: { type: String, default: '' },
};

/**
 * Guaranteed paid work funded by an organisation: a budget, an hourly rate and an allotment of
 * minutes per participant. Who may broadcast its shifts (coordinators), who supervises them,
 * and the public page's slug. Balances are derived from confirmed WorkRecords, never stored here.
 */
export const programmeSchema = new Schema({
  organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
  name: { type: String, required: true },
  slug: { type: String, required: true },
  budgetCents: { type: Number, required: true, min: 0 },
  hourlyRateCents: { type: Number, required: true, min: 0 },
  minutesPerParticipant: { type: Number, required: true, min: 0 },
  participants: {
    type: [
      {
        _id: false,
        person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
        payType: { type: String, enum: PAY_TYPES, required: true },
      },
    ],
    default: [],
  },
  workTypes: {
    type: [{ _id: false, id: { type: String, required: true }, names: inEveryLanguage }],
    default: [],
  },
  supervisors: { type: [Schema.Types.ObjectId], ref: 'Person', default: [] },
  coordinators: { type: [Schema.Types.ObjectId], ref: 'Person', default: [] },
  /** The organisation's own "what comes next" text, sent once when a participant's hours run out. */
  nextStepsMessage: { type: inEveryLanguage, default: () => ({}) },
  nextStep: {
    type: new Schema(
      {
        programme: { type: Schema.Types.ObjectId, ref: 'Programme' },
        organisation: { type: Schema.Types.ObjectId, ref: 'Organisation' },
        minutesConfirmed: { type: Number, required: true, min: 1 },
        maxNoShows: { type: Number, required: true, min: 0 },
      },
      { _id: false },
    ),
  },
  createdAt: { type: Date, required: true },
});
programmeSchema.index({ slug: 1 }, { unique: true });
// An organisation's programmes, newest first.
programmeSchema.index({ organisation: 1, createdAt: -1, _id: -1 });
// A coordinator's programmes, newest first (BROADCAST picks the latest).
programmeSchema.index({ coordinators: 1, createdAt: -1 });
// A participant's programmes, newest first.
programmeSchema.index({ 'participants.person': 1, createdAt: -1 });
