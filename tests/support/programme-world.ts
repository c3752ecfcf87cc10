import { Types } from 'mongoose';
import type { Scenario } from './scenario';
import { seedOrganisation, seedPerson, testNumber } from './seed';

export interface ProgrammeWorld {
  org: Awaited<ReturnType<typeof seedOrganisation>>;
  cora: Awaited<ReturnType<typeof seedPerson>>;
  sam: Awaited<ReturnType<typeof seedPerson>>;
  participants: { id: string; phone: string }[];
  programmeId: Types.ObjectId;
}

export interface ProgrammeTerms {
  budgetCents: number;
  hourlyRateCents: number;
  minutesPerParticipant: number;
}

export const ROOMY_TERMS: ProgrammeTerms = {
  budgetCents: 100_000,
  hourlyRateCents: 2_000,
  minutesPerParticipant: 600,
};

/**
 * Riverside Outreach (no quiet hours unless `organisation` says) runs a programme: Cora
 * coordinates, Sam supervises, and `count` participants (no worker role: they are reached only
 * through the programme), "Participant 1" to "Participant N". `participant(i)` adds fields to
 * the i-th (0-based), e.g. a language or availability; `coordinator` to Cora.
 */
export async function seedProgramme(
  s: Scenario,
  count: number,
  terms: ProgrammeTerms,
  options: {
    organisation?: Record<string, unknown>;
    coordinator?: Record<string, unknown>;
    participant?: (index: number) => Record<string, unknown>;
  } = {},
): Promise<ProgrammeWorld> {
  const org = await seedOrganisation(s.models, { quietHours: null, ...options.organisation });
  const cora = await seedPerson(s.models, org, {
    name: 'Cora',
    roles: [{ organisation: org._id, role: 'coordinator' }],
    ...options.coordinator,
  });
  const sam = await seedPerson(s.models, org, {
    name: 'Sam',
    roles: [{ organisation: org._id, role: 'supervisor' }],
  });
  const people = await s.models.Person.insertMany(
    Array.from({ length: count }, (_, i) => ({
      name: `Participant ${i + 1}`,
      phone: testNumber(),
      organisation: org._id,
      roles: [],
      ...options.participant?.(i),
    })),
  );
  const programme = await s.models.Programme.create({
    organisation: org._id,
    name: 'Winter guaranteed work',
    slug: `winter-${new Types.ObjectId().toString()}`,
    ...terms,
    participants: people.map((p, i) => ({ person: p._id, payType: i % 2 ? 'stipend' : 'wage' })),
    workTypes: [{ id: 'trash', names: { en: 'trash pick', es: 'limpieza', fr: 'ramassage' } }],
    supervisors: [sam._id],
    coordinators: [cora._id],
    nextStepsMessage: { en: 'Call the workforce board at 555-0199 about spring jobs.' },
    createdAt: s.clock.now(),
  });
  return {
    org,
    cora,
    sam,
    participants: people.map((p) => ({ id: p._id.toString(), phone: p.phone! })),
    programmeId: programme._id,
  };
}
