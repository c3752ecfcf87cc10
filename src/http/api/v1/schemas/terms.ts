import { z } from 'zod';
import { instant, objectId, paging } from './common';
import { chargeCentsPerHour, organisationRef } from './partnership';

const tags = (what: string) =>
  z
    .array(z.string().trim().min(1).max(80))
    .max(50)
    .transform((given) => [...new Set(given)])
    .meta({ description: what });

const noticeHours = z
  .number()
  .int()
  .min(0)
  .max(24 * 90)
  .meta({ description: 'At least this many hours between an offer and the shift’s start' });

/** The caller, as a provider, publishes its standing terms: a new version each time. */
export const termsPublish = z
  .strictObject({
    chargeCentsPerHour,
    skills: tags(
      'The work served: skills or service keys a shift needs; empty: any. A shift naming none ' +
        'is not served by terms that name some.',
    ).default([]),
    areas: tags(
      'Where: names an offer’s area must contain as whole words ("Brooklyn"); empty: anywhere',
    ).default([]),
    noticeHours: noticeHours.default(0),
    autoPartner: z.boolean().default(false).meta({
      description:
        'Any organisation that accepts these terms is partnered at once; false: you accept each',
    }),
  })
  .meta({ id: 'TermsPublish' });

export const termsQuery = z.object(paging);

export const termsView = z
  .object({
    id: objectId,
    organisation: organisationRef,
    version: z.number().int().meta({ description: '1 for the first terms, one more each time' }),
    chargeCentsPerHour: z.number().int(),
    skills: z.array(z.string()),
    areas: z.array(z.string()),
    noticeHours: z.number().int(),
    autoPartner: z.boolean(),
    published: z.boolean().meta({
      description: 'Open to accept; false once replaced by a newer version or withdrawn',
    }),
    publishedAt: instant,
    closedAt: instant.nullable().meta({ description: 'When it was replaced or withdrawn' }),
  })
  .meta({ id: 'Terms' });
