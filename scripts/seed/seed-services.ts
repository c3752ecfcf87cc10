import type { EngineRuntime } from '../../src/engine/runtime/types';
import { idByName, type IdsByName } from './seed-ids';
import type { ServiceSeed } from './seed-schema';

/** Creates each organisation's services (what clients book by text), active, as the admin API would. */
export async function createSeedServices(
  runtime: EngineRuntime,
  services: readonly ServiceSeed[],
  organisations: IdsByName,
): Promise<void> {
  if (services.length === 0) return;
  const createdAt = runtime.clock.now();
  await runtime.models.Service.insertMany(
    services.map(({ organisation, ...service }) => ({
      ...service,
      organisation: idByName(organisations, organisation, 'organisation'),
      active: true,
      createdAt,
    })),
  );
}
