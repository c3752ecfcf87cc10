import { postShift } from '../../src/engine/runtime/events';
import type { EngineRuntime } from '../../src/engine/runtime/types';
import { idByName, type IdsByName } from './seed-ids';
import type { ShiftSeed } from './seed-schema';

const HOUR_MS = 3_600_000;

/**
 * Posts each shift through the engine, starting `startsInHours` after the top of the current
 * hour (so demo shifts start on the hour), after the people exist: offers go out as in real use.
 */
export async function postSeedShifts(
  runtime: EngineRuntime,
  shifts: ShiftSeed[],
  ids: { organisations: IdsByName; people: IdsByName },
): Promise<void> {
  const topOfHour = Math.floor(runtime.clock.now().getTime() / HOUR_MS) * HOUR_MS;
  const person = (name: string) => idByName(ids.people, name, 'person').toString();
  for (const shift of shifts) {
    const start = topOfHour + shift.startsInHours * HOUR_MS;
    await postShift(runtime, {
      organisationId: idByName(ids.organisations, shift.organisation, 'organisation').toString(),
      supervisorId: person(shift.supervisor),
      ...(shift.coordinator ? { coordinatorId: person(shift.coordinator) } : {}),
      ...(shift.client ? { clientId: person(shift.client) } : {}),
      place: shift.place,
      start: new Date(start),
      end: new Date(start + shift.hours * HOUR_MS),
      places: shift.places,
      requiredSkills: shift.requiredSkills,
      requiredBadges: shift.requiredBadges,
      urgent: shift.urgent,
    });
  }
}
