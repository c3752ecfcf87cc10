import { z } from 'zod';
import { objectId, paging } from './common';

const chargeCentsPerHour = z
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
    description: "Limits the partnership to these of the client's people; empty: all its clients",
  });

/** The caller is the provider: its workers may serve the client's shifts. */
export const partnershipCreate = z.strictObject({
  clientOrganisationId: objectId,
  chargeCentsPerHour,
  clientPeople: clientPeople.optional(),
});

export const partnershipPatch = z
  .strictObject({ chargeCentsPerHour, clientPeople })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { error: 'nothing to change' });

export const partnershipQuery = z.object(paging);

const organisationRef = z.object({ id: objectId, name: z.string() });

export const partnershipView = z.object({
  id: objectId,
  provider: organisationRef,
  client: organisationRef,
  chargeCentsPerHour: z.number().int(),
  clientPeople: z.array(objectId),
  side: z.enum(['provider', 'client']).meta({ description: "The caller's side of it" }),
  pending: z.boolean().meta({
    description:
      "Proposed, waiting for the client's admin to accept: shares and offers nothing yet",
  }),
});
