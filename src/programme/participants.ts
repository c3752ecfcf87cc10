import { eligibleForSlot, hoursLeftMessageVars, type HoursLeftVars } from '../domain/programme';
import type { EngineRuntime } from '../engine/runtime/types';
import type { PersonDoc } from '../directory/directory';
import type { Programme } from '../models/programme';
import { programmeLedger } from './ledger';

/**
 * The participants a slot of `minutesPerSlot` may be offered to: those whose hours left cover
 * the whole slot and who still take texts. Returns their Person documents.
 */
export async function eligibleParticipants(
  runtime: EngineRuntime,
  programme: Programme,
  minutesPerSlot: number,
) {
  const { state } = await programmeLedger(runtime, programme);
  const ids = programme.participants
    .map((p) => p.person.toString())
    .filter((id) => eligibleForSlot(state, { id }, minutesPerSlot));
  return runtime.directory.keepPeople(() =>
    runtime.models.Person.find({ _id: { $in: ids }, optedOut: { $ne: true } }).lean<PersonDoc[]>(),
  );
}

/** "You have 6 of 10 hours left" for a participant of a programme; undefined for anyone else. */
export async function participantHoursLeft(
  runtime: EngineRuntime,
  personId: string,
): Promise<HoursLeftVars | undefined> {
  const programme = await runtime.models.Programme.findOne({ 'participants.person': personId })
    .sort({ createdAt: -1 })
    .lean();
  if (!programme) return undefined;
  const { state } = await programmeLedger(runtime, programme);
  return hoursLeftMessageVars(state, { id: personId });
}
