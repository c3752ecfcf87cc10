import { z } from 'zod';
import { instant, objectId } from './common';

/** The organisation's own words, passed on in the text: short enough for a basic phone. */
const words = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\r\n]*$/, { error: 'expected one line' });

export const candidateInvitationCreate = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('shift'),
      shiftId: objectId.meta({ description: 'An open shift of yours that has not started' }),
      message: words.optional().meta({ description: 'Your words, added to the offer' }),
    }),
    z.strictObject({
      kind: z.literal('talk'),
      message: words.meta({ description: 'Your words: what you would like to talk about' }),
    }),
  ])
  .meta({ id: 'CandidateInvitationCreate' });

export const candidateInvitationView = z
  .object({
    invitationId: objectId,
    personId: objectId,
    kind: z.enum(['shift', 'talk']),
    shiftId: objectId.nullable(),
    message: z.string().nullable(),
    at: instant,
    offer: z
      .object({
        offerId: objectId,
        sendAt: instant.meta({ description: 'When it is texted (after their quiet hours)' }),
        expiresAt: instant,
      })
      .nullable()
      .meta({ description: 'The offer made, for a shift (null for a talk)' }),
  })
  .meta({ id: 'CandidateInvitation' });
