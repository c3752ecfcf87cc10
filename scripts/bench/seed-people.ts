import type { Types } from 'mongoose';
import type { Models } from '../../src/models';
import { testNumber } from '../../tests/support/seed';

const BATCH = 500;

export interface BenchPerson {
  _id: Types.ObjectId;
  name: string;
  phone: string;
}

/**
 * `count` people of the organisation, inserted in batches (one insert each would take minutes at
 * benchmark sizes): "Worker 1"… with the worker role, or "Participant 1"… with none.
 */
export async function seedPeople(
  models: Models,
  organisation: { _id: Types.ObjectId },
  count: number,
  as: 'worker' | 'participant',
): Promise<BenchPerson[]> {
  const people: BenchPerson[] = [];
  const label = as === 'worker' ? 'Worker' : 'Participant';
  const roles = as === 'worker' ? [{ organisation: organisation._id, role: 'worker' }] : [];
  for (let from = 0; from < count; from += BATCH) {
    const batch = await models.Person.insertMany(
      Array.from({ length: Math.min(BATCH, count - from) }, (_, i) => ({
        name: `${label} ${from + i + 1}`,
        phone: testNumber(),
        organisation: organisation._id,
        roles,
      })),
    );
    people.push(...batch.map((p) => ({ _id: p._id, name: p.name, phone: p.phone! })));
  }
  return people;
}
