import { z } from 'zod';
import { instant, objectId, paging } from './common';

export const badge = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .meta({ description: 'A badge as shifts require it (requiredBadges), e.g. social_prescriber' });

const reason = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .meta({ description: 'Why: the training passed, the concern raised…' });

export const badgeGrant = z.strictObject({ badge, reason }).meta({ id: 'BadgeGrant' });

export const badgeParams = z.object({ id: objectId, badge });

export const badgeWithdrawal = z.strictObject({ reason }).meta({ id: 'BadgeWithdrawal' });

export const badgeHistoryQuery = z.object(paging);

export const badgeChangeView = z
  .object({
    id: objectId,
    personId: objectId,
    badge: z.string(),
    change: z.enum(['granted', 'withdrawn']),
    reason: z.string(),
    by: z
      .object({ keyId: objectId, name: z.string() })
      .meta({ description: 'The API key that made the change, and its name then' }),
    at: instant,
  })
  .meta({ id: 'BadgeChange' });
