import { z } from 'zod';
import { instant, nonEmptyPatch, objectId, paging } from './common';

export const chargeCentsPerHour = z
  .number()
  .int()
  .min(0)
  .max(1_000_000)
  .meta({ description: 'What the client is charged per hour of the provider’s work, in cents' });

const clientPeople = z
  .array(objectId)
  .max(500)
  .transform((ids) => [...new Set(ids)])
  .meta({
    description:
      "Limits the partnership to these of the client's people (ids the client gives you); empty: " +
      'all its clients. Not checked against the client’s records until the client accepts.',
  });

/** The caller is the provider: its workers may serve the client's shifts. */
export const partnershipCreate = z
  .strictObject({
    clientOrganisationId: objectId,
    chargeCentsPerHour,
    clientPeople: clientPeople.optional(),
  })
  .meta({ id: 'PartnershipCreate' });

export const partnershipPatch = nonEmptyPatch(
  z.strictObject({ chargeCentsPerHour, clientPeople }).partial(),
).meta({ id: 'PartnershipPatch' });

export const partnershipQuery = z.object(paging);

export const organisationRef = z
  .object({ id: objectId, name: z.string() })
  .meta({ id: 'OrganisationRef' });

/** What of the terms a partnership was made under limits the shifts it serves. */
const partnershipTermsView = z
  .object({
    id: objectId,
    version: z.number().int(),
    skills: z.array(z.string()),
    areas: z.array(z.string()),
    noticeHours: z.number().int(),
  })
  .meta({ id: 'PartnershipTerms' });

export const partnershipView = z
  .object({
    id: objectId,
    provider: organisationRef,
    client: organisationRef,
    chargeCentsPerHour: z.number().int(),
    clientPeople: z.array(objectId),
    side: z.enum(['provider', 'client']).meta({ description: "The caller's side of it" }),
    pending: z.boolean().meta({
      description:
        'Waiting for the other side to accept (see awaiting): shares and offers nothing yet',
    }),
    awaiting: z
      .enum(['provider', 'client'])
      .nullable()
      .meta({
        description:
          "Who must accept it while pending: the client (a provider's proposal) or the provider " +
          '(its terms accepted, when it does not partner automatically); null once in force',
      }),
    terms: partnershipTermsView.nullable().meta({
      description:
        "The provider's published terms it was made under, as they were then: only shifts " +
        'that fit them are offered to its workers. Null: proposed one by one, serves every shift',
    }),
    endedAt: instant.nullable().meta({
      description: 'When either side ended it; an ended partnership shares and offers nothing',
    }),
  })
  .meta({ id: 'Partnership' });
