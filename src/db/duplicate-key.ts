/**
 * True for the error a unique index raises on a duplicate write. MongoDB (and FerretDB on an
 * insert) answer code 11000; FerretDB 1.24 answers a clash on UPDATE with a generic
 * InternalError whose message names the backend's constraint (SQLite's "UNIQUE constraint
 * failed", PostgreSQL's SQLSTATE 23505).
 */
export function isDuplicateKeyError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    code === 11000 ||
    (typeof message === 'string' && /UNIQUE constraint failed|SQLSTATE 23505/.test(message))
  );
}
