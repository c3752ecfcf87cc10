import type { PlaceInLanguages } from '../engine/runtime/message-vars';
import { planInvitations } from '../engine/runtime/invitations';
import {
  draftShift,
  postedBatchId,
  postShift,
  type PostShiftInput,
} from '../engine/runtime/shifts';
import type { Cause, EngineRuntime } from '../engine/runtime/types';
import type { Programme } from '../models/programme';
import type { Shift } from '../models/shift';
import { checkBudget } from './budget';

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

/**
 * `reach`: how many people are invited. `heldUntil`: when the last invitation held for quiet
 * hours goes out; absent when every one goes at once.
 */
export interface BroadcastReach {
  reach: number;
  heldUntil?: Date;
}

export type BroadcastCheck =
  | ({ ok: true; neededCents: number; availableCents: number } & BroadcastReach)
  | { ok: false; reason: 'over_budget'; neededCents: number; availableCents: number }
  | { ok: false; reason: 'no_supervisor' | 'not_in_future' };

type TermsCheck =
  { ok: true; neededCents: number; availableCents: number } | Exclude<BroadcastCheck, { ok: true }>;

/** The checks a broadcast passes before anything is sent, by text or by API. */
async function checkTerms(
  runtime: EngineRuntime,
  programme: Programme,
  request: BroadcastRequest,
): Promise<TermsCheck> {
  if (programme.supervisors.length === 0) return { ok: false, reason: 'no_supervisor' };
  const now = runtime.clock.now();
  if (!(request.end > request.start) || request.end <= now) {
    return { ok: false, reason: 'not_in_future' };
  }
  const budget = await checkBudget(runtime, programme, request);
  if (!budget.ok) return budget;
  return { ok: true, neededCents: budget.neededCents, availableCents: budget.availableCents };
}

function reachOf(invitations: { sendAt?: Date | null }[], now: Date): BroadcastReach {
  const held = invitations
    .map((i) => i.sendAt?.getTime() ?? now.getTime())
    .filter((at) => at > now.getTime());
  return {
    reach: invitations.length,
    ...(held.length > 0 && { heldUntil: new Date(Math.max(...held)) }),
  };
}

/** The programme's shift for the broadcast, supervised by its first supervisor. */
function shiftInput(programme: Programme, request: BroadcastRequest): PostShiftInput {
  return {
    organisationId: programme.organisation.toString(),
    supervisorId: programme.supervisors[0]!.toString(),
    ...(request.coordinatorId !== undefined && { coordinatorId: request.coordinatorId }),
    programmeId: programme._id.toString(),
    place: request.place,
    ...(request.placeIn && { placeIn: request.placeIn }),
    start: request.start,
    end: request.end,
    places: request.slots,
  };
}

/**
 * The checks, and who the broadcast would reach if sent now: the same plan (planInvitations)
 * that makes its offers, so the preview's count is the number invited.
 */
export async function checkBroadcast(
  runtime: EngineRuntime,
  programme: Programme,
  request: BroadcastRequest,
): Promise<BroadcastCheck> {
  const terms = await checkTerms(runtime, programme, request);
  if (!terms.ok) return terms;
  const plan = await planInvitations(runtime, draftShift(runtime, shiftInput(programme, request)), {
    urgent: false,
    seatsTaken: 0,
  });
  return { ...terms, ...reachOf(plan.invitations, runtime.clock.now()) };
}

/**
 * Checks again (the budget may have moved since the coordinator was asked), then posts the
 * shift: places = slots, offered to every eligible participant at once, supervised by the
 * programme's first supervisor. The reach is who was invited. The sends are paced by the
 * outbound queue.
 */
export async function postBroadcast(
  runtime: EngineRuntime,
  programme: Programme,
  request: BroadcastRequest,
  cause: Cause,
): Promise<{ check: BroadcastCheck; shift?: Shift }> {
  const terms = await checkTerms(runtime, programme, request);
  if (!terms.ok) return { check: terms };
  const shift = await postShift(runtime, shiftInput(programme, request), cause);
  const batch = await runtime.models.OfferBatch.findById(postedBatchId(shift._id.toString()), {
    'choices.sendAt': 1,
  }).lean();
  return { check: { ...terms, ...reachOf(batch?.choices ?? [], runtime.clock.now()) }, shift };
}
