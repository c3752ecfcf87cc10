import type { Types } from 'mongoose';

/** Seed files refer to organisations and people by name; these are the ids the names became. */
export type IdsByName = Map<string, Types.ObjectId>;

/** The id of a record the seed names, or an error saying which name is unknown. */
export function idByName(ids: IdsByName, name: string, what: string): Types.ObjectId {
  const id = ids.get(name);
  if (!id) throw new Error(`seed: unknown ${what} "${name}"`);
  return id;
}
