import type { z } from 'zod';
import { HttpError } from './errors';

/** A request part through its schema: the parsed value, or a 400 naming each bad field. */
export function parseOr400<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw HttpError.fromZod(parsed.error, what);
  return parsed.data;
}
