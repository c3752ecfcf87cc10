import { createHash } from 'node:crypto';
import { offerFlow, type OfferContext, type OfferEvent } from '../../../../flows/offer';
import { isDuplicateKeyError } from '../../../db/duplicate-key';
import type { Shift } from '../../../models/shift';
import { waitListAndTell } from '../../../programme/wait-list-notice';
import { waitingCount } from '../../../programme/wait-list';
import { runNotify } from './send';
import type { Effect } from '../../types';
import { latestChange } from '../change-log';
import { eachLimit } from '../concurrently';
import { offerEntity } from '../entities';
import { applyEvent } from '../store';
import type { Cause, ChangeRecord, EngineRuntime } from '../types';

type ClaimSeat = Extract<Effect, { type: 'claimSeat' }>;
type ReleaseSeat = Extract<Effect, { type: 'releaseSeat' }>;
type SeatAnswer = Extract<
  OfferEvent,
  { type: 'seat.claimed' | 'seat.full' | 'seat.already_held' | 'shift.cancelled' }
>;

/**
 * Takes a free seat for the person by inserting an Assignment (unique shift + seat, unique
 * shift + person), answers the offer that asked, and when that was the last seat tells every
 * other open offer the shift is filled.
 */
export async function runClaimSeat(
  runtime: EngineRuntime,
  record: ChangeRecord,
  effect: ClaimSeat,
): Promise<void> {
  const cause: Cause = { kind: 'system', ref: `change:${record._id}` };
  const shift = await runtime.directory.shift(effect.shiftId);
  if (!shift) throw new Error(`claimSeat: no shift ${effect.shiftId}`);
  const offer = record.snapshot.context as OfferContext;
  const answer = await takeSeat(runtime, shift, effect.personId, offer);
  await applyEvent(runtime, offerFlow, record.entity, answer, cause, { known: record });
  if (answer.type === 'seat.claimed') await fillIfFull(runtime, shift, cause);
  if (answer.type === 'seat.full' && shift.programme) await waitListAndTell(runtime, offer.offerId);
}

async function takeSeat(
  runtime: EngineRuntime,
  shift: Shift,
  personId: string,
  offer: OfferContext,
): Promise<SeatAnswer> {
  const { Assignment } = runtime.models;
  if (shift.state === 'cancelled') return { type: 'shift.cancelled' };
  const taken = new Set(
    (await Assignment.find({ shift: shift._id }, { seat: 1 }).lean()).map((a) => a.seat),
  );
  for (let seat = 1; seat <= shift.places; seat += 1) {
    if (taken.has(seat)) continue;
    try {
      await Assignment.create({
        shift: shift._id,
        seat,
        person: personId,
        offer: offer.offerId,
        supervisor: shift.supervisor,
        code: offer.code,
        createdAt: runtime.clock.now(),
      });
      return { type: 'seat.claimed', seat };
    } catch (error) {
      // Someone took this seat, or this person holds one already: either way, not this one.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  // A replayed claim (the first one's answer was lost) finds the seat it took.
  const held = await Assignment.exists({ shift: shift._id, person: personId });
  return held ? { type: 'seat.already_held' } : { type: 'seat.full' };
}

/**
 * Tells the shift's open offers it is filled, once all its seats are taken. The seats are read
 * after this claim's insert, so whichever claim takes the last seat sees them all; claimers who
 * see the same full set race for one OnceKey, and the winner tells the offers. (If it dies
 * before it is done, an offer left open learns "filled" when its YES finds no seat.)
 */
export async function fillIfFull(
  runtime: EngineRuntime,
  shift: Shift,
  cause: Cause,
): Promise<void> {
  const { Assignment, Offer, OnceKey, Shift: Shifts } = runtime.models;
  const seats = await Assignment.find({ shift: shift._id }, { _id: 1 }).lean();
  if (seats.length < shift.places) return;
  const holders = seats
    .map((s) => s._id.toString())
    .sort()
    .join(',');
  const digest = createHash('sha256').update(holders).digest('hex').slice(0, 32);
  try {
    await OnceKey.create({ _id: `shift:${shift._id}:filled:${digest}`, at: runtime.clock.now() });
  } catch (error) {
    if (isDuplicateKeyError(error)) return;
    throw error;
  }
  await Shifts.updateOne({ _id: shift._id, state: 'open' }, { $set: { state: 'filled' } });
  if (shift.programme) await tellCoordinatorFilled(runtime, shift);
  const offers = await Offer.find({ shift: shift._id }, { _id: 1 }).lean();
  await eachLimit(offers, 8, async (offer) => {
    const known = await latestChange(runtime.models, offerEntity(offer._id.toString()));
    // Held offers close too, unsent; one being claimed learns it from its claim.
    if (known?.to !== 'offered' && known?.to !== 'held') return;
    await applyEvent(runtime, offerFlow, known.entity, { type: 'shift.filled' }, cause, { known });
  });
}

/**
 * "10/10 filled, 2 waiting", once per shift: who is on the wait list as the last place goes.
 * Later YES join the list without another text; a place refilled after a drop is reported as
 * "<name> is covering" (flows/attendance-transitions.ts), not as a second fill.
 */
async function tellCoordinatorFilled(runtime: EngineRuntime, shift: Shift) {
  const waiting = await waitingCount(runtime, shift._id);
  await runNotify(runtime, {
    type: 'notify',
    role: 'coordinator',
    shiftId: shift._id.toString(),
    message: 'programme.filled',
    vars: {
      filled: shift.places,
      slots: shift.places,
      waiting,
      shiftStart: shift.start.toISOString(),
      shiftEnd: shift.end.toISOString(),
      place: shift.place,
    },
    dedupeKey: `shift:${shift._id}:filled:coordinator`,
  });
}

/**
 * Frees the person's seat: the Assignment is copied to assignment_history, then deleted (one
 * atomic single-document delete), so the seat number can be taken again by exactly one insert.
 */
export async function runReleaseSeat(
  runtime: EngineRuntime,
  record: ChangeRecord,
  effect: ReleaseSeat,
): Promise<void> {
  const { Assignment, AssignmentHistory, Shift: Shifts } = runtime.models;
  const assignment = await Assignment.findOne({
    shift: effect.shiftId,
    person: effect.personId,
  }).lean();
  if (!assignment) return;
  try {
    await AssignmentHistory.create({
      assignment: assignment._id,
      shift: assignment.shift,
      seat: assignment.seat,
      person: assignment.person,
      takenAt: assignment.createdAt,
      releasedAt: runtime.clock.now(),
      releasedBy: `change:${record._id}`,
    });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  await Assignment.deleteOne({ _id: assignment._id });
  await Shifts.updateOne({ _id: effect.shiftId, state: 'filled' }, { $set: { state: 'open' } });
}
