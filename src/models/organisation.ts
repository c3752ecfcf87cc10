import { Schema, type InferSchemaType } from 'mongoose';
import { announceWrites } from './write-notices';
import { DEFAULT_ATTENDANCE_SETTINGS } from '../../flows/attendance-context';
import { DEFAULT_COMPLETION_SETTINGS } from '../../flows/completion';
import { DEFAULT_VISIT_SETTINGS } from '../domain/visit/types';

const offerStrategySchema = new Schema(
  {
    kind: { type: String, enum: ['sequential', 'waves', 'broadcast'], required: true },
    /** sequential and waves: how long an offer stays open. */
    expiryMinutes: { type: Number, min: 1 },
    /** waves: how many people each wave reaches. */
    size: { type: Number, min: 1 },
  },
  { _id: false },
);

const quietHoursSchema = new Schema(
  { start: { type: String, required: true }, end: { type: String, required: true } },
  { _id: false },
);

const windowOf = (part: keyof typeof DEFAULT_VISIT_SETTINGS.dayWindows) => ({
  type: [String],
  default: () => [...DEFAULT_VISIT_SETTINGS.dayWindows[part]],
});

/** Rules for visits clients book by text (domain/visit VisitSettings); src/visits/settings.ts reads them. */
const visitSettingsSchema = new Schema(
  {
    minLeadMinutes: { type: Number, min: 0, default: DEFAULT_VISIT_SETTINGS.minLeadMinutes },
    maxLeadDays: { type: Number, min: 1, default: DEFAULT_VISIT_SETTINGS.maxLeadDays },
    /** Local ["HH:MM", "HH:MM"] for each part of the day a client may name. */
    dayWindows: {
      type: new Schema(
        {
          morning: windowOf('morning'),
          afternoon: windowOf('afternoon'),
          evening: windowOf('evening'),
        },
        { _id: false },
      ),
      default: () => ({}),
    },
    dialogExpiryMinutes: {
      type: Number,
      min: 1,
      default: DEFAULT_VISIT_SETTINGS.dialogExpiryMinutes,
    },
    unfilledNoticeHours: {
      type: Number,
      min: 1,
      default: DEFAULT_VISIT_SETTINGS.unfilledNoticeHours,
    },
  },
  { _id: false },
);

/** Usted / vous, or the locale's usual wording (Spanish tú). */
export const CLIENT_ADDRESS = ['formal', 'familiar'] as const;

/** A community organisation: its sender numbers, how to reach a human, and its defaults. */
export const PLACE_ON_WORKER_OPT_OUT = ['keep', 'release'] as const;

export const organisationSchema = new Schema({
  name: { type: String, required: true },
  timeZone: { type: String, required: true, default: 'America/New_York' },
  language: { type: String, enum: ['en', 'es', 'fr'], default: 'en' },
  /** E.164 numbers people text; an inbound message is matched to its organisation by the number it was sent to. */
  smsNumbers: { type: [String], default: [] },
  whatsappNumbers: { type: [String], default: [] },
  /** How a person reaches a human: a phone number or a short sentence, used in HELP and unknown-number replies. */
  contact: { type: String, required: true },
  /**
   * A phone or text line for support (wellbeing, a peer line), given to a worker who says they
   * are not well; absent: none is given.
   */
  supportContact: { type: String },
  /** Per-language renames of terms ("visit" for "shift"). */
  terminology: { type: Schema.Types.Mixed, default: {} },
  /** WhatsApp Content template SIDs per message key, for texts outside the 24-hour window. */
  whatsappTemplates: { type: Map, of: String, default: {} },
  /** How shifts are offered: one at a time, in waves, or to everyone at once. */
  offerStrategy: {
    type: offerStrategySchema,
    default: () => ({ kind: 'sequential', expiryMinutes: 30 }),
  },
  /** Reminder leads before a shift starts, in minutes. */
  reminderMinutesBefore: {
    type: [Number],
    default: () => [...DEFAULT_ATTENDANCE_SETTINGS.reminderMinutesBefore],
  },
  /** Local "HH:MM"; null: no quiet hours. */
  quietHours: { type: quietHoursSchema, default: () => DEFAULT_ATTENDANCE_SETTINGS.quietHours },
  /**
   * Whether an urgent replacement (a no-show's or a drop's, for a shift starting soon) may be
   * offered in the recipient's quiet hours. Off unless the organisation turns it on: quiet hours
   * are a promise not to wake people, and the coordinator is told of the no-show anyway.
   */
  urgentOffersInQuietHours: { type: Boolean, default: false },
  /**
   * A booked worker who opts out of texts (STOP): 'keep' them booked for the coordinator to
   * follow up, or 'release' the place and offer it again as after a drop. Keep unless the
   * organisation says otherwise: STOP asks for no more texts, not to give up the work.
   */
  placeOnWorkerOptOut: { type: String, enum: PLACE_ON_WORKER_OPT_OUT, default: 'keep' },
  graceMinutes: { type: Number, default: DEFAULT_ATTENDANCE_SETTINGS.graceMinutes },
  noShowAfterMinutes: { type: Number, default: DEFAULT_ATTENDANCE_SETTINGS.noShowAfterMinutes },
  checkInOpensMinutes: { type: Number, default: DEFAULT_ATTENDANCE_SETTINGS.checkInOpensMinutes },
  supervisorReminderMinutes: {
    type: Number,
    default: DEFAULT_COMPLETION_SETTINGS.supervisorReminderMinutes,
  },
  escalateAfterMinutes: {
    type: Number,
    default: DEFAULT_COMPLETION_SETTINGS.escalateAfterMinutes,
  },
  /** Worked time (DONE less HERE) is rounded to this many minutes. */
  hoursIncrementMinutes: {
    type: Number,
    default: DEFAULT_COMPLETION_SETTINGS.hoursIncrementMinutes,
  },
  /** No DONE this long after a shift's end: the worker is asked. */
  doneGraceMinutes: { type: Number, default: DEFAULT_COMPLETION_SETTINGS.doneGraceMinutes },
  /** Still no DONE this long after asking: the supervisor confirms the scheduled hours. */
  doneAskWaitMinutes: { type: Number, default: DEFAULT_COMPLETION_SETTINGS.doneAskWaitMinutes },
  /** What an hour of the organisation's own workers is charged on its ledger, in cents. */
  chargeCentsPerHour: { type: Number, default: 0 },
  visitSettings: { type: visitSettingsSchema, default: () => ({}) },
  /**
   * Who confirms the hours of visits clients book by text; absent: the first supervisor, else
   * (no supervisor at all) the first coordinator.
   */
  visitSupervisor: { type: Schema.Types.ObjectId, ref: 'Person' },
  /** How texts to its clients address them in es/fr (messaging/formal-address). */
  clientAddress: { type: String, enum: CLIENT_ADDRESS, default: 'formal' },
});
organisationSchema.index({ smsNumbers: 1 });
organisationSchema.index({ whatsappNumbers: 1 });
// The dev console's sign-in list, by name.
organisationSchema.index({ name: 1 });

export type Organisation = InferSchemaType<typeof organisationSchema>;
// Organisations are cached in memory (src/directory): every write tells the caches.
announceWrites(organisationSchema, 'organisation');
