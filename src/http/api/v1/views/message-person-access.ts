import type { Person } from '../../../../models/person';
import type { Runtime } from '../../../../runtime';
import type { Caller } from '../auth/api-keys';
import { notFound, personVisibility, tenancyOf } from '../tenancy';

/** The person whose thread the caller asks for; 404 if the caller may not see them. */
export async function findThreadPerson(
  runtime: Runtime,
  caller: Caller,
  id: string,
): Promise<Pick<Person, '_id'>> {
  const [tenancy, person] = await Promise.all([
    tenancyOf(runtime, caller.organisationId),
    runtime.models.Person.findById(id, { organisation: 1, roles: 1 }).lean<Person>(),
  ]);
  if (!person || !personVisibility(person, tenancy)) throw notFound('person');
  return person;
}
