import type { EngineRuntime } from '../../src/engine/runtime/types';
import { idByName, type IdsByName } from './seed-ids';
import type { Seed } from './seed-schema';

/**
 * Creates each guaranteed-work programme with its participants, supervisors and coordinators,
 * who must all be people of the programme's organisation (as the admin API requires).
 */
export async function createSeedProgrammes(
  runtime: EngineRuntime,
  seed: Pick<Seed, 'people' | 'programmes'>,
  ids: { organisations: IdsByName; people: IdsByName },
): Promise<void> {
  const organisationOf = new Map(seed.people.map((p) => [p.name, p.organisation]));
  for (const { organisation, hoursPerParticipant, ...programme } of seed.programmes) {
    const member = (name: string) => {
      const theirs = organisationOf.get(name);
      if (theirs && theirs !== organisation) {
        throw new Error(`seed: "${name}" is not of organisation "${organisation}"`);
      }
      return idByName(ids.people, name, 'person');
    };
    await runtime.models.Programme.create({
      ...programme,
      organisation: idByName(ids.organisations, organisation, 'organisation'),
      minutesPerParticipant: Math.round(hoursPerParticipant * 60),
      participants: programme.participants.map(({ person, payType }) => ({
        person: member(person),
        payType,
      })),
      supervisors: programme.supervisors.map(member),
      coordinators: programme.coordinators.map(member),
      createdAt: runtime.clock.now(),
    });
  }
}
