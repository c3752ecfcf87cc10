import type { PlaceInLanguages } from '../engine/runtime/message-vars';
import { postShift } from '../engine/runtime/shifts';
import type { Cause, EngineRuntime } from '../engine/runtime/types';
import type { Programme } from '../models/programme';
import type { Shift } from '../models/shift';
import { checkBudget, slotMinutes } from './budget';
import { eligibleParticipants } from './participants';

export interface BroadcastRequest {
  slots: number;
  start: Date;
  end: Date;
  /** What the work is and where, as the offer names it: "trash pick, Riverside Park". */
  place: string;
  /** The same in each language, when the work type has a name in each. */
  placeIn?: PlaceInLanguages;
  coordinatorId?: string;
}

export type BroadcastCheck =
  | { ok: true; reach: number; neededCents: number; availableCents: number }
  | { ok: false; reason: 'over_budget'; neededCents: number; availableCents: number }
  | { ok: false; reason: 'no_supervisor' | 'not_in_future' };

/** The checks a broadcast passes before anything is sent, by text or by API. */
export async function checkBroadcast(
  runtime: EngineRuntime,
  programme: Programme,
  request: BroadcastRequest,
): Promise<BroadcastCheck> {
  if (programme.supervisors.length === 0) return { ok: false, reason: 'no_supervisor' };
  const now = runtime.clock.now();
  if (!(request.end > request.start) || request.end <= now) {
    return { ok: false, reason: 'not_in_future' };
  }
  const budget = await checkBudget(runtime, programme, request);
  if (!budget.ok) return budget;
  const reach = (
    await eligibleParticipants(runtime, programme, slotMinutes(request.start, request.end))
  ).length;
  return {
    ok: true,
    reach,
    neededCents: budget.neededCents,
    availableCents: budget.availableCents,
  };
}

/**
 * Checks again (the budget may have moved since the coordinator was asked), then posts the
 * shift: places = slots, offered to every eligible participant at once, supervised by the
 * programme's first supervisor. The sends are paced by the outbound queue.
 */
export async function postBroadcast(
  runtime: EngineRuntime,
  programme: Programme,
  request: BroadcastRequest,
  cause: Cause,
): Promise<{ check: BroadcastCheck; shift?: Shift }> {
  const check = await checkBroadcast(runtime, programme, request);
  if (!check.ok) return { check };
  const shift = await postShift(
    runtime,
    {
      organisationId: programme.organisation.toString(),
      supervisorId: programme.supervisors[0]!.toString(),
      ...(request.coordinatorId !== undefined && { coordinatorId: request.coordinatorId }),
      programmeId: programme._id.toString(),
      place: request.place,
      ...(request.placeIn && { placeIn: request.placeIn }),
      start: request.start,
      end: request.end,
      places: request.slots,
    },
    cause,
  );
  return { check, shift };
}
