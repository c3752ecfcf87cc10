/** True for the error a unique index raises on a duplicate insert (MongoDB and FerretDB alike). */
export function isDuplicateKeyError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000
  );
}
