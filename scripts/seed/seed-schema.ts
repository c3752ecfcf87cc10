import { z } from 'zod';

/** The shape of a seed file such as demo-region.json; scripts/seed/README.md describes each field. */

const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, { error: 'expected an E.164 number' });
const language = z.enum(['en', 'es', 'fr']);
const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'expected HH:MM' });

const organisationSeed = z.strictObject({
  name: z.string().min(1),
  timeZone: z.string(),
  language,
  contact: z.string(),
  smsNumbers: z.array(e164).default([]),
  whatsappNumbers: z.array(e164).default([]),
  offerStrategy: z
    .strictObject({
      kind: z.enum(['sequential', 'waves', 'broadcast']),
      expiryMinutes: z.int().min(1).optional(),
      size: z.int().min(1).optional(),
    })
    .optional(),
  terminology: z.partialRecord(language, z.record(z.string(), z.string())).optional(),
});

const partnershipSeed = z.strictObject({
  provider: z.string(),
  client: z.string(),
  chargeCentsPerHour: z.int().min(0),
});

const personSeed = z.strictObject({
  name: z.string().min(1),
  phone: e164.optional(),
  whatsapp: e164.optional(),
  channel: z.enum(['sms', 'whatsapp']).default('sms'),
  language,
  organisation: z.string(),
  roles: z.array(z.enum(['worker', 'client', 'coordinator', 'supervisor'])).min(1),
  employmentType: z.enum(['full_time', 'part_time', 'on_call']).optional(),
  skills: z.array(z.string()).default([]),
  badges: z.array(z.string()).default([]),
  availability: z
    .union([
      z.literal('anytime'),
      z.array(z.strictObject({ weekday: z.int().min(0).max(6), start: clockTime, end: clockTime })),
    ])
    .default('anytime'),
});

const shiftSeed = z.strictObject({
  organisation: z.string(),
  place: z.string().min(1),
  /** Days after the day the seed is loaded, in the organisation's zone: 1 is tomorrow. */
  day: z.int().min(1).max(30),
  /** Local start, HH:MM in the organisation's zone: daytime, whenever the demo is loaded. */
  startsAt: clockTime,
  hours: z.number().positive().max(24),
  places: z.int().min(1).max(100),
  supervisor: z.string(),
  coordinator: z.string().optional(),
  client: z.string().optional(),
  requiredSkills: z.array(z.string()).default([]),
  requiredBadges: z.array(z.string()).default([]),
  urgent: z.boolean().default(false),
});

const inEveryLanguage = z.strictObject({
  en: z.string().min(1),
  es: z.string().min(1),
  fr: z.string().min(1),
});

const programmeSeed = z.strictObject({
  organisation: z.string(),
  name: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'lower-case letters, digits and hyphens',
  }),
  budgetCents: z.int().min(0),
  hourlyRateCents: z.int().min(0),
  hoursPerParticipant: z.number().positive(),
  participants: z.array(
    z.strictObject({ person: z.string(), payType: z.enum(['wage', 'stipend']) }),
  ),
  workTypes: z.array(z.strictObject({ id: z.string().min(1), names: inEveryLanguage })).default([]),
  supervisors: z.array(z.string()).min(1),
  coordinators: z.array(z.string()).default([]),
  nextStepsMessage: inEveryLanguage,
});

const serviceNames = z.array(z.string().trim().min(1).max(40)).default([]);

const serviceSeed = z.strictObject({
  organisation: z.string(),
  key: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'lower-case letters, digits and hyphens' }),
  names: z
    .strictObject({ en: serviceNames, es: serviceNames, fr: serviceNames })
    .refine((n) => n.en.length + n.es.length + n.fr.length > 0, {
      error: 'a service needs a name in at least one language',
    }),
  defaultMinutes: z.int().min(15).max(720),
  hours: z
    .array(
      z
        .strictObject({
          weekdays: z.array(z.int().min(0).max(6)).min(1),
          opens: clockTime,
          closes: clockTime,
        })
        .refine((h) => h.opens < h.closes, { error: 'closes must be after opens' }),
    )
    .default([]),
  requiredSkills: z.array(z.string()).default([]),
});

export const seedSchema = z.strictObject({
  $comment: z.string().optional(),
  organisations: z.array(organisationSeed).min(1),
  partnerships: z.array(partnershipSeed).default([]),
  people: z.array(personSeed),
  shifts: z.array(shiftSeed).default([]),
  programmes: z.array(programmeSeed).default([]),
  services: z.array(serviceSeed).default([]),
});

export type Seed = z.infer<typeof seedSchema>;
export type ShiftSeed = z.infer<typeof shiftSeed>;
export type ProgrammeSeed = z.infer<typeof programmeSeed>;
export type ServiceSeed = z.infer<typeof serviceSeed>;
