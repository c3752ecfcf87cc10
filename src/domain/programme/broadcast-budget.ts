import { chargeCents } from '../hours';
import type { LedgerState } from './ledger';
import { assertWholeNonNegative, type ProgrammeTerms } from './terms';

export interface BroadcastRequest {
  slots: number;
  minutesPerSlot: number;
  /** Already promised to open slots of earlier broadcasts whose hours are not confirmed yet. */
  committedCents: number;
}

export type BroadcastBudgetCheck =
  | { ok: true; neededCents: number; availableCents: number }
  | { ok: false; reason: 'over_budget'; neededCents: number; availableCents: number };

/**
 * Whether the budget can pay for every slot of a broadcast if all are worked in full, counting
 * what earlier broadcasts already promised. Each slot is charged as one confirmation would be.
 */
export function canBroadcast(
  terms: ProgrammeTerms,
  state: LedgerState,
  request: BroadcastRequest,
): BroadcastBudgetCheck {
  assertWholeNonNegative(request.slots, 'slots');
  assertWholeNonNegative(request.minutesPerSlot, 'minutesPerSlot');
  assertWholeNonNegative(request.committedCents, 'committedCents');
  const neededCents = request.slots * chargeCents(request.minutesPerSlot, terms.hourlyRateCents);
  const availableCents = Math.max(0, state.remainingCents - request.committedCents);
  if (neededCents > availableCents) {
    return { ok: false, reason: 'over_budget', neededCents, availableCents };
  }
  return { ok: true, neededCents, availableCents };
}
