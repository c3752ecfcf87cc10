import { postShift } from '../../src/engine/runtime/events';
import type { EngineRuntime } from '../../src/engine/runtime/types';
import { addDays, instantAtMinutes, parseClockTime, wallTime } from '../../src/domain/zoned-time';
import { idByName, type IdsByName } from './seed-ids';
import type { ShiftSeed } from './seed-schema';

const HOUR_MS = 3_600_000;

/**
 * Posts each shift through the engine, `day` days after today at `startsAt`, both in its
 * organisation's zone (so demo shifts fall in the daytime there whatever the hour of loading),
 * after the people exist: offers go out as in real use.
 */
export async function postSeedShifts(
  runtime: EngineRuntime,
  shifts: ShiftSeed[],
  ids: { organisations: IdsByName; people: IdsByName },
): Promise<void> {
  const now = runtime.clock.now();
  const person = (name: string) => idByName(ids.people, name, 'person').toString();
  for (const shift of shifts) {
    const organisationId = idByName(ids.organisations, shift.organisation, 'organisation');
    const { timeZone } = await runtime.directory.organisationOrFail(organisationId);
    const day = addDays(wallTime(now, timeZone), shift.day);
    const start = instantAtMinutes(day, parseClockTime(shift.startsAt), timeZone);
    await postShift(runtime, {
      organisationId: organisationId.toString(),
      supervisorId: person(shift.supervisor),
      ...(shift.coordinator ? { coordinatorId: person(shift.coordinator) } : {}),
      ...(shift.client ? { clientId: person(shift.client) } : {}),
      place: shift.place,
      start,
      end: new Date(start.getTime() + shift.hours * HOUR_MS),
      places: shift.places,
      requiredSkills: shift.requiredSkills,
      requiredBadges: shift.requiredBadges,
      urgent: shift.urgent,
    });
  }
}
