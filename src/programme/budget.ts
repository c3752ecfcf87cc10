import { chargeCents } from '../domain/hours';
import { canBroadcast, type BroadcastBudgetCheck } from '../domain/programme';
import type { EngineRuntime } from '../engine/runtime/types';
import type { Programme } from '../models/programme';
import { programmeLedger } from './ledger';

const MINUTE_MS = 60_000;

export const slotMinutes = (start: Date, end: Date) =>
  Math.round((end.getTime() - start.getTime()) / MINUTE_MS);

/**
 * What the programme's shifts still open or filled have promised and not yet been charged: each
 * place worked in full, less the hours already confirmed on that shift.
 */
async function committedCents(runtime: EngineRuntime, programme: Programme): Promise<number> {
  const shifts = await runtime.models.Shift.find(
    { programme: programme._id, state: { $in: ['open', 'filled'] } },
    { start: 1, end: 1, places: 1 },
  ).lean();
  const confirmed = await runtime.models.WorkRecord.find(
    { kind: 'hours_confirmed', shift: { $in: shifts.map((s) => s._id) } },
    { shift: 1, minutes: 1 },
  ).lean();
  return shifts.reduce((sum, shift) => {
    const promised =
      shift.places * chargeCents(slotMinutes(shift.start, shift.end), programme.hourlyRateCents);
    const charged = confirmed
      .filter((r) => r.shift?.equals(shift._id))
      .reduce((cents, r) => cents + chargeCents(r.minutes ?? 0, programme.hourlyRateCents), 0);
    return sum + Math.max(0, promised - charged);
  }, 0);
}

/** Whether the budget pays for `slots` places from start to end, counting earlier promises. */
export async function checkBudget(
  runtime: EngineRuntime,
  programme: Programme,
  request: { slots: number; start: Date; end: Date },
): Promise<BroadcastBudgetCheck> {
  const [{ terms, state }, committed] = await Promise.all([
    programmeLedger(runtime, programme),
    committedCents(runtime, programme),
  ]);
  return canBroadcast(terms, state, {
    slots: request.slots,
    minutesPerSlot: slotMinutes(request.start, request.end),
    committedCents: committed,
  });
}
