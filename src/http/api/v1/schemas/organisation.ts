import { z } from 'zod';
import { OPT_OUT_WORDS } from '../../../../conversation/keywords';
import { CLIENT_ADDRESS, PLACE_ON_WORKER_OPT_OUT } from '../../../../models/organisation';
import { e164, language, nonEmptyPatch, objectId } from './common';

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a 24-hour time such as 21:00' })
  .meta({ description: "Local 24-hour time in the organisation's zone, HH:MM" });

export const timeZone = z
  .string()
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { error: 'expected an IANA time zone such as America/New_York' },
  )
  .meta({ description: 'An IANA time zone name, e.g. America/New_York or Europe/Paris' });

const offerStrategy = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('sequential'), expiryMinutes: z.number().int().min(1).max(10_080) }),
    z.object({
      kind: z.literal('waves'),
      expiryMinutes: z.number().int().min(1).max(10_080),
      size: z.number().int().min(1).max(1_000),
    }),
    z.object({ kind: z.literal('broadcast'), expiryMinutes: z.number().int().min(1).optional() }),
  ])
  .meta({ id: 'OfferStrategy' });

/** A term's name is stored as a field name, which the database refuses with a leading `$` or a `.`. */
const termName = z
  .string()
  .max(40)
  .regex(/^[^$.][^.]*$/, { error: "expected a term such as shift: no leading '$', no '.'" });

const minutes = z
  .number()
  .int()
  .min(0)
  .max(7 * 24 * 60);

const dayWindow = z
  .tuple([clockTime, clockTime])
  .refine(([from, to]) => from < to, { error: 'the window must end after it starts' })
  .meta({ description: '[from, to], local HH:MM; to after from' });

const dayWindows = z
  .strictObject({
    morning: dayWindow,
    afternoon: dayWindow,
    evening: dayWindow,
  })
  .meta({ id: 'DayWindows' });

const visitSettingsFields = {
  minLeadMinutes: z
    .number()
    .int()
    .min(0)
    .max(30 * 24 * 60),
  maxLeadDays: z.number().int().min(1).max(366),
  dialogExpiryMinutes: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60),
  unfilledNoticeHours: z
    .number()
    .int()
    .min(1)
    .max(14 * 24)
    .meta({
      description:
        'Nobody has taken a visit this many hours before it starts: the client is offered other ' +
        'times and the coordinator told (half the time to the visit when booked with less notice). Default 24.',
    }),
};

/** Rules for visits clients book by text: how soon and how far ahead, and what "morning" means. */
export const visitSettings = z
  .strictObject({ ...visitSettingsFields, dayWindows })
  .refine((v) => v.minLeadMinutes <= v.maxLeadDays * 24 * 60, {
    error: 'the earliest booking must not be later than the latest (minLeadMinutes ≤ maxLeadDays)',
    path: ['minLeadMinutes'],
  })
  .meta({ id: 'VisitSettings' });

/** A PATCH names only what changes; the result, over what is stored, must pass `visitSettings`. */
export const visitSettingsPatch = z
  .strictObject({ ...visitSettingsFields, dayWindows: dayWindows.partial() })
  .partial()
  .meta({ id: 'VisitSettingsPatch' });

/** A Twilio opt-out word as a word of its own: texted back to us, it would stop every text. */
const OPT_OUT_WORD = new RegExp(`\\b(${OPT_OUT_WORDS.join('|')})\\b`, 'i');

/** A support line given to a worker who is not well: never one that says an opt-out word. */
const supportContact = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine((text) => !OPT_OUT_WORD.test(text), {
    error: `must not contain an opt-out word (${OPT_OUT_WORDS.join(', ')})`,
  })
  .nullable()
  .meta({
    description:
      'A phone or text line for support (e.g. "call or text (555) 010-9876"), given to a worker ' +
      "who texts that they are not well and can't come. null: none is given. It must not " +
      'contain a Twilio opt-out word (STOP, CANCEL, END, QUIT...): a worker who texted it to ' +
      "the organisation's number would opt out.",
  });

/** The organisation's settings; an admin may change all but the numbers, each optional in a PATCH. */
export const organisationSettings = z.object({
  name: z.string().trim().min(1).max(120),
  timeZone,
  language,
  contact: z.string().trim().min(1).max(160),
  supportContact,
  /** The operator's (npm run admin); never in a PATCH. */
  smsNumbers: z.array(e164).max(20),
  offerStrategy,
  reminderMinutesBefore: z.array(minutes.min(1)).max(5),
  quietHours: z.object({ start: clockTime, end: clockTime }).nullable(),
  urgentOffersInQuietHours: z.boolean().meta({
    description:
      'Whether an urgent replacement (after a no-show or a drop, for a shift starting within 2 ' +
      "hours of the end of quiet hours) may be offered in the recipient's quiet hours. Other " +
      'offers and broadcasts always wait for the end of quiet hours. Default false.',
  }),
  placeOnWorkerOptOut: z.enum(PLACE_ON_WORKER_OPT_OUT).meta({
    description:
      "What happens to a booked worker's place when they opt out of texts (STOP); the " +
      'coordinator is told either way. keep: they stay booked and the coordinator follows up. ' +
      'release: the place is freed and offered again urgently, as after a drop. Default keep.',
  }),
  graceMinutes: minutes,
  noShowAfterMinutes: minutes,
  checkInOpensMinutes: minutes,
  supervisorReminderMinutes: minutes.min(1),
  escalateAfterMinutes: minutes.min(1),
  /** Worked time (DONE less HERE) is rounded to this many minutes: 1 keeps it to the minute. */
  hoursIncrementMinutes: z.number().int().min(1).max(60),
  /** No DONE this long after a shift's end: the worker is asked for it. */
  doneGraceMinutes: minutes,
  /** Still no DONE this long after asking: the supervisor confirms the scheduled hours. */
  doneAskWaitMinutes: minutes.min(1),
  chargeCentsPerHour: z.number().int().min(0).max(1_000_000),
  /** Per-language renames: { "en": { "shift": "visit" } } */
  terminology: z.partialRecord(language, z.record(termName, z.string().max(40))),
  visitSettings,
  /** Who confirms the hours of visits clients book by text; null: the first supervisor. */
  visitSupervisorId: objectId.nullable(),
  clientAddress: z.enum(CLIENT_ADDRESS).meta({
    description:
      "How texts to the organisation's clients address them in Spanish and French: 'formal' " +
      "(usted / vous, the default) or 'familiar' (the locale's usual wording). Workers' texts " +
      'keep the usual wording.',
  }),
});

/** Sender numbers are not in it: an organisation's key could otherwise take another's texts. */
export const organisationPatch = nonEmptyPatch(
  organisationSettings
    .omit({ smsNumbers: true })
    .extend({ visitSettings: visitSettingsPatch })
    .partial()
    .strict(),
).meta({ id: 'OrganisationPatch' });

/** The numbers people text: assigned by the operator (npm run admin), never by the organisation's own key. */
const senderNumbers = (channel: string) =>
  z.array(z.string()).meta({
    description: `The organisation's ${channel} numbers (E.164). Read-only: the operator assigns them.`,
    readOnly: true,
  });

export const organisationView = organisationSettings
  .extend({
    id: objectId,
    smsNumbers: senderNumbers('SMS'),
    whatsappNumbers: senderNumbers('WhatsApp'),
  })
  .meta({ id: 'Organisation' });

/** Another organisation, as a partner sees it: its name and zone only. */
export const partnerOrganisationView = z
  .object({
    id: objectId,
    name: z.string(),
    timeZone: z.string(),
    relation: z.enum(['self', 'provider', 'client']),
  })
  .meta({ id: 'PartnerOrganisation' });
