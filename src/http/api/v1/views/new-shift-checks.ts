import type { z } from 'zod';
import { addMinutes } from '../../../../domain/zoned-time';
import { homeVisitPlace } from '../../../../domain/visit/home-place';
import { asKnownTo, type Person } from '../../../../models/person';
import type { Runtime } from '../../../../runtime';
import { loadService } from '../../../../visits/catalogue';
import { HttpError } from '../../../errors';
import type { Caller } from '../auth/api-keys';
import type { shiftCreate } from '../schemas/shift';

type NewShift = z.output<typeof shiftCreate>;
type Role = Person['roles'][number]['role'];

const HOUR_MS = 3_600_000;

/** What the body leaves to the records: the place, the end and the skills, filled in. */
export interface NewShiftDetails {
  place: string;
  /** At the client's home: what offers show (their area) and how to get in. */
  area?: string;
  accessNotes?: string;
  end: Date;
  requiredSkills: string[];
  service?: string;
}

/**
 * What the schema cannot check: the start against the clock, that the people named hold that
 * role in the caller's organisation, and that the service is one of its active services. Every
 * problem is reported at once, as a 400. Answers what the records fill in: the client's home for
 * a missing place, the service's length for a missing end, its skills.
 */
export async function checkNewShift(
  runtime: Runtime,
  caller: Caller,
  body: NewShift,
): Promise<NewShiftDetails> {
  const wanted: [field: string, id: string | undefined, role: Role][] = [
    ['supervisorId', body.supervisorId, 'supervisor'],
    ['clientId', body.clientId, 'client'],
    ['coordinatorId', body.coordinatorId, 'coordinator'],
  ];
  const ids = wanted.flatMap(([, id]) => (id ? [id] : []));
  const [people, service] = await Promise.all([
    runtime.models.Person.find({ _id: { $in: ids } }, { roles: 1, name: 1, records: 1 }).lean<
      Pick<Person, '_id' | 'name' | 'roles' | 'records'>[]
    >(),
    body.service ? loadService(runtime.models, caller.organisationId, body.service) : null,
  ]);
  const holder = (id: string, role: Role) =>
    people.find(
      (p) =>
        p._id.toString() === id &&
        p.roles.some((r) => r.role === role && r.organisation.toString() === caller.organisationId),
    );
  const problems = wanted.flatMap(([path, id, role]) =>
    id && !holder(id, role) ? [{ path, message: `expected a ${role} of your organisation` }] : [],
  );
  if (body.service && !service?.active)
    problems.push({ path: 'service', message: 'expected an active service of your organisation' });
  const earliest = runtime.clock.now().getTime() - HOUR_MS;
  if (Date.parse(body.start) < earliest)
    problems.unshift({ path: 'start', message: 'must not be more than an hour in the past' });
  if (problems.length > 0) throw new HttpError(400, 'invalid body', problems);
  const client = body.clientId ? holder(body.clientId, 'client') : undefined;
  const start = new Date(body.start);
  const where = body.place
    ? { place: body.place }
    : homeVisitPlace(client ? asKnownTo(client, caller.organisationId) : { name: '' });
  return {
    ...where,
    end: body.end ? new Date(body.end) : addMinutes(start, service?.defaultMinutes ?? 60),
    requiredSkills: [
      ...new Set([...(body.requiredSkills ?? []), ...(service?.requiredSkills ?? [])]),
    ],
    ...(service ? { service: service.key } : {}),
  };
}
