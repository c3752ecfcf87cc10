import { Schema, type Types } from 'mongoose';

export const SERVICE_LANGUAGES = ['en', 'es', 'fr'] as const;
export const SERVICE_KEY = /^[a-z0-9-]{1,40}$/;
/** "HH:MM" on a 24-hour clock; 24:00 closes at midnight. */
export const SERVICE_CLOCK_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const SERVICE_MINUTES = { min: 15, max: 720 } as const;

export interface ServiceHours {
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
  opens: string;
  closes: string;
}

export interface Service {
  _id: Types.ObjectId;
  organisation: Types.ObjectId;
  key: string;
  /** Per language: the service's name first, then its synonyms. */
  names: Record<(typeof SERVICE_LANGUAGES)[number], string[]>;
  defaultMinutes: number;
  /** When it can be booked, in the organisation's zone; empty: any time. */
  hours: ServiceHours[];
  requiredSkills: string[];
  active: boolean;
  createdAt: Date;
}

const names = { type: [String], default: [] };

const hoursSchema = new Schema(
  {
    weekdays: { type: [{ type: Number, min: 0, max: 6 }], required: true },
    opens: { type: String, required: true, match: SERVICE_CLOCK_TIME },
    closes: { type: String, required: true, match: SERVICE_CLOCK_TIME },
  },
  { _id: false },
);

/**
 * Something a client may book by text ("groceries", "a visit"): its words in each language, how
 * long it lasts unless the client says, when it can be booked and who can do it. Never
 * deleted (shifts may refer to it): a service withdrawn is `active: false`.
 */
export const serviceSchema = new Schema(
  {
    organisation: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    key: { type: String, required: true, match: SERVICE_KEY },
    names: { en: names, es: names, fr: names },
    defaultMinutes: {
      type: Number,
      required: true,
      min: SERVICE_MINUTES.min,
      max: SERVICE_MINUTES.max,
    },
    hours: { type: [hoursSchema], default: [] },
    requiredSkills: { type: [String], default: [] },
    active: { type: Boolean, default: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'services' },
);
serviceSchema.index({ organisation: 1, key: 1 }, { unique: true });
// The catalogue clients book from: active services by key.
serviceSchema.index({ organisation: 1, active: 1, key: 1 });
