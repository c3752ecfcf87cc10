import { z } from 'zod';
import { parseClockTime } from '../../../../domain/zoned-time';
import { SERVICE_KEY, SERVICE_MINUTES } from '../../../../models/service';
import { localTime, nonEmptyPatch, paging } from './common';

/** One word or phrase a client may use for the service: "groceries", "faire les courses". */
const serviceName = z
  .string()
  .trim()
  .min(1, { error: 'a name cannot be empty' })
  .max(40)
  // A refinement, not .regex(): as a JSON Schema pattern, \p{L} needs the unicode flag, which
  // OpenAPI tools (Spectral's example check) do not give it.
  .refine((name) => /\p{L}/u.test(name), { error: 'a name needs at least one letter' })
  .meta({ description: 'At least one letter' });

/** The service's name first, then its synonyms; the same word twice is refused. */
const namesInOneLanguage = z
  .array(serviceName)
  .max(20)
  .refine((names) => new Set(names.map((n) => n.toLocaleLowerCase())).size === names.length, {
    error: 'the same name is given twice',
  });

const names = z
  .strictObject({
    en: namesInOneLanguage.default([]),
    es: namesInOneLanguage.default([]),
    fr: namesInOneLanguage.default([]),
  })
  .refine((n) => n.en.length + n.es.length + n.fr.length > 0, {
    error: 'a service needs a name in at least one language',
  })
  .meta({
    description:
      'Per language: the name first, then synonyms, e.g. { "en": ["groceries", "shopping"] }',
  });

const businessHours = z
  .strictObject({
    weekdays: z
      .array(z.number().int().min(0).max(6))
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length, { error: 'a weekday is given twice' })
      .meta({ description: '0 = Sunday … 6 = Saturday' }),
    opens: localTime,
    closes: localTime,
  })
  .refine((h) => parseClockTime(h.closes) > parseClockTime(h.opens), {
    error: 'closes must be after opens',
    path: ['closes'],
    // zod runs a refinement over fields that failed; parseClockTime throws on those.
    when: (payload) => payload.issues.length === 0,
  })
  .meta({ id: 'BusinessHours' });

const skills = z.array(z.string().trim().min(1).max(40)).max(20);

export const serviceCreate = z
  .strictObject({
    key: z
      .string()
      .regex(SERVICE_KEY, { error: 'lower-case letters, digits and hyphens, at most 40' })
      .meta({ description: 'Stable id within the organisation, e.g. "groceries"' }),
    names,
    defaultMinutes: z.number().int().min(SERVICE_MINUTES.min).max(SERVICE_MINUTES.max),
    hours: z
      .array(businessHours)
      .max(14)
      .default([])
      .meta({ description: "When it can be booked, in the organisation's zone; empty: any time" }),
    requiredSkills: skills.default([]),
  })
  .meta({ id: 'ServiceCreate' });

/** Everything but the key (clients' dialogs refer to it); `active: true` brings a service back. */
/** In a PATCH, the languages given replace theirs; the others are kept as stored. */
const namesPatch = z
  .strictObject({ en: namesInOneLanguage, es: namesInOneLanguage, fr: namesInOneLanguage })
  .partial()
  .meta({ description: 'Per language given: its new list (name first, then synonyms)' });

export const servicePatch = nonEmptyPatch(
  z
    .strictObject({
      names: namesPatch,
      defaultMinutes: serviceCreate.shape.defaultMinutes,
      hours: z.array(businessHours).max(14),
      requiredSkills: skills,
      active: z.boolean(),
    })
    .partial(),
).meta({ id: 'ServicePatch' });

export const serviceQuery = z.object({
  ...paging,
  active: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .meta({ description: 'Only active (true) or withdrawn (false) services; both when absent' }),
});

export const serviceView = z
  .object({
    id: z.string(),
    key: z.string(),
    names: z.object({ en: z.array(z.string()), es: z.array(z.string()), fr: z.array(z.string()) }),
    defaultMinutes: z.number(),
    hours: z.array(
      z.object({ weekdays: z.array(z.number()), opens: z.string(), closes: z.string() }),
    ),
    requiredSkills: z.array(z.string()),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Service' });
