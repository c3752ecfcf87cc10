import type { EngineRuntime } from '../engine/runtime/types';
import type { Shift } from '../models/shift';
import { slotMinutes } from './budget';
import { eligibleParticipants } from './participants';

/** Who a programme shift is offered to: its participants whose hours left cover the shift. */
export async function programmeCandidates(runtime: EngineRuntime, shift: Shift) {
  const programme = await runtime.models.Programme.findById(shift.programme).lean();
  if (!programme) return [];
  return eligibleParticipants(runtime, programme, slotMinutes(shift.start, shift.end));
}
