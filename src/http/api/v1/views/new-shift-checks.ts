import type { z } from 'zod';
import type { Person } from '../../../../models/person';
import type { Runtime } from '../../../../runtime';
import { HttpError } from '../../../errors';
import type { Caller } from '../auth/api-keys';
import type { shiftCreate } from '../schemas/shift';

type NewShift = z.output<typeof shiftCreate>;
type Role = Person['roles'][number]['role'];

const HOUR_MS = 3_600_000;

/**
 * What the schema cannot check: the start against the clock, and that the people named hold
 * that role in the caller's organisation. Every problem is reported at once, as a 400.
 */
export async function checkNewShift(
  runtime: Runtime,
  caller: Caller,
  body: NewShift,
): Promise<void> {
  const wanted: [field: string, id: string | undefined, role: Role][] = [
    ['supervisorId', body.supervisorId, 'supervisor'],
    ['clientId', body.clientId, 'client'],
    ['coordinatorId', body.coordinatorId, 'coordinator'],
  ];
  const ids = wanted.flatMap(([, id]) => (id ? [id] : []));
  const people = await runtime.models.Person.find({ _id: { $in: ids } }, { roles: 1 }).lean();
  const holds = (id: string, role: Role) =>
    people.some(
      (p) =>
        p._id.toString() === id &&
        p.roles.some((r) => r.role === role && r.organisation.toString() === caller.organisationId),
    );
  const problems = wanted.flatMap(([path, id, role]) =>
    id && !holds(id, role) ? [{ path, message: `expected a ${role} of your organisation` }] : [],
  );
  const earliest = runtime.clock.now().getTime() - HOUR_MS;
  if (Date.parse(body.start) < earliest)
    problems.unshift({ path: 'start', message: 'must not be more than an hour in the past' });
  if (problems.length > 0) throw new HttpError(400, 'invalid body', problems);
}
