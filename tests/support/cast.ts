import { postShift, type PostShiftInput } from '../../src/engine/runtime/events';
import { codeIn, type Scenario } from './scenario';
import { seedOrganisation, seedPerson } from './seed';

/** Steps for advancing a scenario's clock. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

type Organisation = Awaited<ReturnType<typeof seedOrganisation>>;
type Person = Awaited<ReturnType<typeof seedPerson>>;

/** The people the scenarios talk about, in the order they are seeded. */
const PEOPLE = {
  ana: { name: 'Ana', employmentType: 'full_time' },
  ben: { name: 'Ben', employmentType: 'part_time' },
  cleo: { name: 'Cleo', employmentType: 'on_call' },
  sam: { name: 'Sam', role: 'supervisor' },
  cora: { name: 'Cora', role: 'coordinator' },
} as const;

export type CastMember = keyof typeof PEOPLE;
export type Cast<N extends CastMember> = { org: Organisation } & { [K in N]: Person };

/**
 * Riverside Outreach (sequential offers, 30 minutes each, no quiet hours, unless `organisation`
 * says otherwise) and only the people asked for: every worker seeded is one the ranking may offer
 * a shift to. Ana is full-time, Ben part-time, Cleo on-call, Sam a supervisor, Cora a coordinator.
 */
export async function seedCast<N extends CastMember>(
  s: Scenario,
  people: readonly N[],
  organisation: Record<string, unknown> = {},
): Promise<Cast<N>> {
  const org = await seedOrganisation(s.models, {
    offerStrategy: { kind: 'sequential', expiryMinutes: 30 },
    quietHours: null,
    ...organisation,
  });
  const cast: Record<string, unknown> = { org };
  for (const key of Object.keys(PEOPLE) as CastMember[]) {
    if (!(people as readonly CastMember[]).includes(key)) continue;
    const who: { name: string; employmentType?: string; role?: string } = PEOPLE[key];
    cast[key] = await seedPerson(
      s.models,
      org,
      who.role
        ? { name: who.name, roles: [{ organisation: org._id, role: who.role }] }
        : { name: who.name, employmentType: who.employmentType },
    );
  }
  return cast as Cast<N>;
}

type Staff = { org: Organisation; sam: Person; cora?: Person };

async function post(
  s: Scenario,
  cast: Staff,
  shift: Pick<PostShiftInput, 'place' | 'start' | 'end'>,
) {
  const posted = await postShift(s.runtime, {
    organisationId: cast.org.id,
    supervisorId: cast.sam.id,
    coordinatorId: cast.cora?.id,
    ...shift,
    places: 1,
  });
  await s.settle();
  return posted;
}

/**
 * Posts Wed 25 Nov 2026, 9am-1pm in New York, Riverside Park, north gate, one place, supervised
 * by Sam (and coordinated by Cora when she is in the cast), and waits for its offers to go out.
 */
export const postWednesdayShift = (s: Scenario, cast: Staff) =>
  post(s, cast, {
    place: 'Riverside Park, north gate',
    start: new Date('2026-11-25T14:00:00Z'),
    end: new Date('2026-11-25T18:00:00Z'),
  });

/** Posts Thu 26 Nov 2026, 10am-2pm in New York, Food bank, Elm Street, like the Wednesday one. */
export const postThursdayShift = (s: Scenario, cast: Staff) =>
  post(s, cast, {
    place: 'Food bank, Elm Street',
    start: new Date('2026-11-26T15:00:00Z'),
    end: new Date('2026-11-26T19:00:00Z'),
  });

/** The worker reads the offer just texted to them and answers YES with its code. */
export async function takeOffer(s: Scenario, worker: Person): Promise<void> {
  const [offer] = s.inbox(worker.phone!);
  await s.text(worker.phone!, `YES ${codeIn(offer)}`);
}
