import { aimView } from './aims';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import { parseClockTime } from '../../../../domain/zoned-time';
import { language, localTime, nonEmptyPatch, objectId, paging } from './common';

export const PERSON_ROLES = ['worker', 'client', 'coordinator', 'supervisor'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

const personRole = z.enum(PERSON_ROLES);
const channel = z.enum(['sms', 'whatsapp']);
const employmentType = z.enum(['full_time', 'part_time', 'on_call']);

/** A number as a coordinator types it, E.164 or a US national number, kept as E.164. */
const phoneNumber = z
  .string()
  .trim()
  .max(40)
  .transform((typed, ctx) => {
    const parsed = parsePhoneNumberFromString(typed, 'US');
    if (parsed?.isPossible()) return parsed.number;
    ctx.addIssue({
      code: 'custom',
      message: 'expected a phone number such as +15551234567 or (555) 123-4567',
    });
    return z.NEVER;
  })
  .meta({ description: 'E.164 (+15551234567) or a US number as typed ((555) 123-4567)' });

const weeklyWindow = z
  .strictObject({
    weekday: z.number().int().min(0).max(6).meta({ description: '0 = Sunday … 6 = Saturday' }),
    start: localTime,
    end: localTime,
  })
  .refine((w) => parseClockTime(w.end) > parseClockTime(w.start), {
    error: 'end must be after start',
    path: ['end'],
    // zod runs a refinement over fields that failed; parseClockTime throws on those (a 500).
    when: (payload) => payload.issues.length === 0,
  })
  .meta({ id: 'WeeklyWindow' });

const availability = z
  .union([z.literal('anytime'), z.array(weeklyWindow).max(50)], {
    error: "expected 'anytime' or a list of weekly windows",
  })
  .meta({ description: "'anytime', or weekly windows of the person's local time" })
  .meta({ id: 'Availability' });

const address = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .meta({
    description:
      'One line, street first, parts split by commas ("12 Elm St, Apt 4B, Brooklyn, NY 11201"). ' +
      "A client's visits are here by default; offers to many show only the parts after the street.",
  });
const accessNotes = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .meta({ description: 'How to get in; texted only to the worker booked for a visit here' });

const tags = z.array(z.string().trim().min(1).max(40)).max(50);

/** Roles in the caller's organisation; roles in other organisations are never touched. */
const roles = z
  .array(personRole)
  .min(1)
  .max(PERSON_ROLES.length)
  .transform((given) => [...new Set(given)])
  .meta({ description: "The person's roles in the caller's organisation" });

const OPT_OUT_NOTE =
  'optedOut cannot be set here: opting out is the person’s own choice (they text STOP, and START to come back).';

export const channelNeedsNumber = (field: 'phone' | 'whatsapp') =>
  `the ${field === 'phone' ? 'sms' : 'whatsapp'} channel needs a ${field} number`;

/** Which number the person's channel needs, when it is missing: they could not be texted. */
export function missingChannelNumber(person: {
  channel?: 'sms' | 'whatsapp' | undefined;
  phone?: string | null | undefined;
  whatsapp?: string | null | undefined;
}): 'phone' | 'whatsapp' | null {
  const field = person.channel === 'whatsapp' ? 'whatsapp' : 'phone';
  return person[field] ? null : field;
}

export const personCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    phone: phoneNumber.optional(),
    whatsapp: phoneNumber.optional(),
    channel: channel.optional(),
    language: language.optional(),
    roles,
    employmentType: employmentType.optional(),
    skills: tags.optional(),
    badges: tags.optional(),
    availability: availability.optional(),
    address: address.optional(),
    accessNotes: accessNotes.optional(),
  })
  .superRefine((person, ctx) => {
    const missing = missingChannelNumber(person);
    if (missing)
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: channelNeedsNumber(missing),
      });
  })
  .meta({ description: `A new person of the caller's organisation. ${OPT_OUT_NOTE}` })
  .meta({ id: 'PersonCreate' });

export const personPatch = nonEmptyPatch(
  z
    .strictObject({
      name: z.string().trim().min(1).max(120),
      phone: phoneNumber.nullable(),
      whatsapp: phoneNumber.nullable(),
      channel,
      language,
      roles,
      employmentType,
      skills: tags,
      badges: tags,
      availability,
      address: address.nullable(),
      accessNotes: accessNotes.nullable(),
    })
    .partial(),
)
  .meta({
    description: `The fields to change; null clears a number, the address or the access notes. ${OPT_OUT_NOTE}`,
  })
  .meta({ id: 'PersonPatch' });

export type PersonCreate = z.output<typeof personCreate>;
export type PersonPatch = z.output<typeof personPatch>;

export const personQuery = z.object({
  role: personRole.optional(),
  q: z.string().trim().min(1).max(80).optional().meta({ description: 'Part of the name' }),
  language: language.optional(),
  employmentType: employmentType.optional(),
  skill: z.string().trim().min(1).max(40).optional(),
  ...paging,
});

export const personView = z
  .object({
    id: objectId,
    name: z.string(),
    phone: z.string().nullable(),
    whatsapp: z.string().nullable(),
    channel,
    language,
    organisationId: objectId,
    roles: z.array(z.object({ organisationId: objectId, role: personRole })),
    employmentType,
    skills: z.array(z.string()),
    badges: z.array(z.string()),
    aims: z
      .array(aimView)
      .meta({ description: 'What they would like next; empty for a partner’s worker' }),
    availability,
    address: z.string().nullable(),
    accessNotes: z.string().nullable(),
    optedOut: z.boolean().meta({
      description: 'Texted STOP; nothing is sent until they text START. Not settable by the API.',
    }),
    shared: z.boolean().meta({
      description:
        "A partner organisation's worker: read-only, shown without phone numbers or address",
    }),
  })
  .meta({ id: 'Person' });
