import { z } from 'zod';

/** Shapes every resource shares: ids, instants, paging. */

export const objectId = z
  .string()
  .regex(/^[0-9a-f]{24}$/i, { error: 'expected an id of 24 hexadecimal digits' });

export const idParams = z.object({ id: objectId });

/** An instant with its offset, e.g. 2026-11-25T09:00:00-05:00 or …Z. */
export const instant = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date-time' });

export const e164 = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, { error: 'expected an E.164 number such as +15551234567' });

export const language = z.enum(['en', 'es', 'fr']);

/** ?limit=&offset= on every list; newest or soonest first as each list says. */
export const paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
};

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

export const iso = (date: Date): string => date.toISOString();
