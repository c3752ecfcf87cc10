import { z } from 'zod';
import { ERROR_CODES } from '../errors/api-error';

/** The one shape of every error answer of the admin API. */
export const apiErrorBody = z
  .object({
    code: z.enum(ERROR_CODES).meta({
      description: 'Stable and machine-readable: branch on this, not on the message.',
    }),
    message: z.string().meta({ description: 'For people; the wording may change.' }),
    details: z
      .array(
        z.object({
          path: z.string().meta({ description: 'The field, dotted: participants.0.personId' }),
          message: z.string(),
        }),
      )
      .meta({ description: 'One entry per bad field; empty when the error is not about one.' }),
    requestId: z.string().meta({ description: 'Also in the X-Request-Id header; quote it.' }),
  })
  .meta({ id: 'Error' });
