import { z } from 'zod';

/** Shapes every resource shares: ids, instants, paging. */

export const objectId = z
  .string()
  .regex(/^[0-9a-f]{24}$/i, { error: 'expected an id of 24 hexadecimal digits' });

export const idParams = z.object({ id: objectId });

/** An instant with its offset, e.g. 2026-11-25T09:00:00-05:00 or …Z. */
export const instant = z.iso
  .datetime({ offset: true, error: 'expected an ISO 8601 date-time' })
  .meta({ description: 'ISO 8601 with an offset or Z: 2026-11-25T09:00:00-05:00' });

export const e164 = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, { error: 'expected an E.164 number such as +15551234567' })
  .meta({ description: 'E.164: + and 7 to 15 digits, e.g. +15551234567' });

export const language = z.enum(['en', 'es', 'fr']);

/** A local time of day for weekly hours: 24:00 ends a day. */
export const localTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: 'expected a time such as 09:00 or 24:00' })
  .meta({ description: 'Local 24-hour time, HH:MM (24:00 is the end of the day)' });

/** ?limit=&cursor= on every list, in the order each list says. */
export const paging = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .meta({ description: 'Items per page, 1 to 200' }),
  cursor: z
    .string()
    .max(1_000)
    .optional()
    .meta({ description: 'The nextCursor of the page before; absent: the first page' }),
};

/** The query of a list without filters. */
export const pageQuery = z.object(paging);

/** A page of a list: the items, and the cursor of the next page while there is one. */
export const listOf = <T extends z.ZodType>(item: T) => {
  const id = z.globalRegistry.get(item)?.id;
  if (!id) throw new Error('a list item needs a component name: .meta({ id })');
  return z
    .object({
      items: z.array(item),
      hasMore: z.boolean().meta({ description: 'Whether a page follows this one' }),
      nextCursor: z
        .string()
        .nullable()
        .meta({ description: 'Pass as ?cursor= for the next page; null on the last' }),
    })
    .meta({ id: `${id}Page` });
};

/** Whether `later` is after `earlier`; when either is not an instant, that is reported alone. */
export const inOrder = (earlier: string, later: string): boolean => {
  const [from, to] = [Date.parse(earlier), Date.parse(later)];
  return Number.isNaN(from) || Number.isNaN(to) || to > from;
};

/** A PATCH body names at least one field to change. */
export const nonEmptyPatch = <T extends z.ZodObject>(patch: T): T =>
  patch.refine((fields) => Object.keys(fields).length > 0, { error: 'nothing to change' });

export const iso = (date: Date): string => date.toISOString();
