import type { Types } from 'mongoose';
import { createApiKey } from '../../src/http/api/v1/auth/api-keys';
import type { EngineRuntime } from '../../src/engine/runtime/types';
import { assignNumber } from '../../src/messaging/number-ownership';
import demo from './demo-region.json';
import { idByName, type IdsByName } from './seed-ids';
import { createSeedProgrammes } from './seed-programmes';
import { seedSchema, type Seed } from './seed-schema';
import { createSeedServices } from './seed-services';
import { postSeedShifts } from './seed-shifts';

export { seedSchema, type Seed };

/** An admin API key made for each seeded organisation; shown once, never stored in clear. */
export interface SeededKey {
  organisationId: string;
  organisationName: string;
  key: string;
}

/**
 * `keys`: an admin key per organisation. `operatorKey`: the platform operator's (the queue
 * dashboard, the simulator's shared clock), made in the first organisation as `npm run admin`
 * would make one, since a key belongs to an organisation.
 */
export type SeedResult =
  { status: 'loaded'; keys: SeededKey[]; operatorKey: SeededKey } | { status: 'skipped' };

/** The demo region, validated. */
export const demoSeed = (): Seed => seedSchema.parse(demo);

/**
 * Loads a seed into an empty database (does nothing when an organisation already exists):
 * organisations, partnerships, people, an admin key per organisation and the operator's, the programmes, the
 * services clients book by text, then the shifts, posted through the engine so their offers go out as in real use.
 */
export async function loadSeed(
  runtime: EngineRuntime,
  seed: Seed = demoSeed(),
): Promise<SeedResult> {
  const { models } = runtime;
  if (await models.Organisation.exists({})) return { status: 'skipped' };
  const organisations: IdsByName = new Map();
  for (const { name, smsNumbers, whatsappNumbers, ...settings } of seed.organisations) {
    const { _id } = await models.Organisation.create({ name, ...settings });
    organisations.set(name, _id);
    // Claimed as the operator's command does, so no other organisation can be given them.
    const at = runtime.clock.now();
    for (const number of smsNumbers)
      await assignNumber(models, { organisation: _id, channel: 'sms', number, at });
    for (const number of whatsappNumbers)
      await assignNumber(models, { organisation: _id, channel: 'whatsapp', number, at });
  }
  for (const { provider, client, chargeCentsPerHour } of seed.partnerships) {
    await models.Partnership.create({
      provider: idByName(organisations, provider, 'organisation'),
      client: idByName(organisations, client, 'organisation'),
      chargeCentsPerHour,
    });
  }
  const people = await createPeople(runtime, seed.people, organisations);
  const seedKey = async (
    [organisationName, organisation]: [string, Types.ObjectId],
    role: 'admin' | 'operator',
  ): Promise<SeededKey> => {
    const name = `demo ${role} (seed)`;
    const made = await createApiKey(models, { organisation, role, name }, runtime.clock.now());
    return { organisationId: organisation.toString(), organisationName, key: made.key };
  };
  const keys: SeededKey[] = [];
  for (const entry of organisations) keys.push(await seedKey(entry, 'admin'));
  const operatorKey = await seedKey([...organisations][0]!, 'operator');
  await createSeedProgrammes(runtime, seed, { organisations, people });
  await createSeedServices(runtime, seed.services, organisations);
  await postSeedShifts(runtime, seed.shifts, { organisations, people });
  return { status: 'loaded', keys, operatorKey };
}

async function createPeople(
  runtime: EngineRuntime,
  people: Seed['people'],
  organisations: IdsByName,
): Promise<IdsByName> {
  const names = new Set<string>();
  const documents = people.map(({ organisation: name, roles, ...person }) => {
    if (names.has(person.name)) throw new Error(`seed: two people are named "${person.name}"`);
    names.add(person.name);
    const organisation = idByName(organisations, name, 'organisation');
    return { ...person, organisation, roles: roles.map((role) => ({ organisation, role })) };
  });
  const created = await runtime.models.Person.insertMany(documents);
  return new Map(created.map((person) => [person.name, person._id]));
}
