import type { z } from 'zod';
import { HttpError } from './errors';

/**
 * A request part through its schema: the parsed value, or a 400 naming each bad field. Text with
 * the NUL character is refused first, wherever it is: no database we run on can store it in every
 * place (PostgreSQL, under FerretDB, refuses it outright, which was a 500).
 */
export function parseOr400<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const withNul = nulPaths(value ?? {});
  if (withNul.length > 0) {
    const details = withNul.map((path) => ({
      path,
      message: 'must not contain the NUL character',
    }));
    throw new HttpError(400, `invalid ${what}`, details);
  }
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) throw HttpError.fromZod(parsed.error, what);
  return parsed.data;
}

/**
 * A 400 naming each field whose text holds the NUL character: not every database we run on can
 * store it (PostgreSQL, under FerretDB, refuses it outright, which was a 500). For what a caller
 * types; a text a person sent is recorded as it came.
 */
export function refuseNul(value: unknown, what: string): void {
  const paths = nulPaths(value ?? {});
  if (paths.length === 0) return;
  const details = paths.map((path) => ({ path, message: 'must not contain the NUL character' }));
  throw new HttpError(400, `invalid ${what}`, details);
}

/** The paths ("a.0.b") of every string, key included, holding U+0000. */
function nulPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path.join('.')] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(key.includes('\u0000') ? [[...path, key].join('.')] : []),
    ...nulPaths(inner, [...path, key]),
  ]);
}
