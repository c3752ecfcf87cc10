import { z } from 'zod';
import { ORGANISATION_ROLES } from '../../../../models/api-key';
import { instant, objectId } from './common';

export const apiKeyCreate = z
  .strictObject({
    name: z.string().trim().min(1).max(80),
    role: z.enum(ORGANISATION_ROLES),
  })
  .meta({ id: 'ApiKeyCreate' });

export const apiKeyView = z
  .object({
    id: objectId,
    name: z.string(),
    role: z.enum(ORGANISATION_ROLES),
    /** The key's visible start, to tell keys apart; the secret part is never shown again. */
    prefix: z.string(),
    createdAt: instant,
    revokedAt: instant.nullable(),
  })
  .meta({ id: 'ApiKey' });

/** Only the create answer carries the whole key, once. */
export const apiKeyCreated = apiKeyView.extend({ key: z.string() }).meta({ id: 'ApiKeyCreated' });
