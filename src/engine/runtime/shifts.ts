import type { Types } from 'mongoose';
import { offerFlow } from '../../../flows/offer';
import { isDuplicateKeyError } from '../../db/duplicate-key';
import type { Shift } from '../../models/shift';
import { runOfferNext } from './effects/offer-next';
import { textPerson } from './effects/send';
import { runCancelTimer } from './effects/timers';
import { pendingTimers } from './timer-ends';
import { attendanceEntity, offerEntity } from './entities';
import type { PlaceInLanguages } from './message-vars';
import { applyEvent } from './store';
import type { Cause, EngineRuntime } from './types';

export interface PostShiftInput {
  organisationId: string;
  supervisorId: string;
  clientId?: string;
  coordinatorId?: string;
  place: string;
  /** The place in each language, where its words have translations; texts use the reader's. */
  placeIn?: PlaceInLanguages;
  /** What offers show instead of the place (a client's area, not their street). */
  area?: string;
  accessNotes?: string;
  /** The service's name in each language. */
  task?: { en?: string; es?: string; fr?: string };
  start: Date;
  end: Date;
  places: number;
  requiredSkills?: string[];
  requiredBadges?: string[];
  /** A replacement wanted soon: on-call workers first, urgent texts. */
  urgent?: boolean;
  /** A guaranteed-work programme's shift: offered to its participants with hours left, at once. */
  programmeId?: string;
  /** A client's visit: the catalogue service's key and the dialog that booked it. */
  service?: string;
  visitRequestId?: string;
  preferredWorkerId?: string;
  /**
   * A caller that may repeat the post (an effect run again after a crash) names the shift: the
   * second post finds it and offers nothing new.
   */
  id?: Types.ObjectId;
}

/** The OfferBatch of the offers made when the shift was posted: who it first went to. */
export const postedBatchId = (shiftId: string): string => `shift:${shiftId}:posted`;

/** Records a shift and offers it with the organisation's strategy. */
export async function postShift(
  runtime: EngineRuntime,
  input: PostShiftInput,
  cause: Cause = { kind: 'api' },
): Promise<Shift> {
  const shift = await createOnce(runtime, shiftFields(runtime, input));
  const shiftId = shift._id.toString();
  await runOfferNext(
    runtime,
    { shiftId, urgent: shift.urgent, dedupeKey: postedBatchId(shiftId) },
    { ...cause, ref: cause.ref ?? `shift:${shiftId}` },
  );
  return shift;
}

/** The shift `postShift` would record, built in memory and stored nowhere (a preview's). */
export function draftShift(runtime: EngineRuntime, input: PostShiftInput): Shift {
  return new runtime.models.Shift(shiftFields(runtime, input)).toObject();
}

function shiftFields(runtime: EngineRuntime, input: PostShiftInput) {
  if (!(input.end.getTime() > input.start.getTime()))
    throw new RangeError('a shift must end after it starts');
  return {
    ...(input.id ? { _id: input.id } : {}),
    organisation: input.organisationId,
    client: input.clientId,
    supervisor: input.supervisorId,
    coordinator: input.coordinatorId,
    place: input.place,
    ...(input.placeIn && { placeIn: input.placeIn }),
    area: input.area,
    accessNotes: input.accessNotes,
    task: input.task,
    start: input.start,
    end: input.end,
    places: input.places,
    requiredSkills: input.requiredSkills ?? [],
    requiredBadges: input.requiredBadges ?? [],
    urgent: input.urgent ?? false,
    programme: input.programmeId,
    service: input.service,
    visitRequest: input.visitRequestId,
    preferredWorker: input.preferredWorkerId,
    state: 'open',
    createdAt: runtime.clock.now(),
  };
}

async function createOnce(
  runtime: EngineRuntime,
  fields: Record<string, unknown> & { _id?: Types.ObjectId },
): Promise<Shift> {
  try {
    return (await runtime.models.Shift.create(fields)).toObject();
  } catch (error) {
    if (!fields._id || !isDuplicateKeyError(error)) throw error;
    return runtime.models.Shift.findById(fields._id).orFail().lean<Shift>();
  }
}

/**
 * Cancels a shift: open offers are withdrawn through their flow; booked workers are told and
 * their attendance timers cancelled. (The attendance flow has no cancelled state yet, so a
 * booked worker's flow stays where it is, with nothing left to fire.)
 */
export async function cancelShift(
  runtime: EngineRuntime,
  shiftId: string,
  cause: Cause,
): Promise<{ withdrawnOffers: number; toldWorkers: number }> {
  const { Shift: Shifts, Offer, Assignment } = runtime.models;
  const shift = await Shifts.findById(shiftId).orFail().lean();
  await Shifts.updateOne({ _id: shift._id }, { $set: { state: 'cancelled' } });
  // The offer flow takes "cancelled" only where the offer is still open.
  const offers = await Offer.find({ shift: shift._id }, { _id: 1 }).lean();
  const results = await Promise.all(
    offers.map((o) =>
      applyEvent(
        runtime,
        offerFlow,
        offerEntity(o._id.toString()),
        { type: 'shift.cancelled' },
        cause,
      ),
    ),
  );
  const assignments = await Assignment.find({ shift: shift._id }).lean();
  for (const assignment of assignments) {
    const entity = attendanceEntity(assignment._id.toString());
    const timers = await pendingTimers(runtime.models, { entity });
    for (const timer of timers)
      await runCancelTimer(runtime, { type: 'cancelTimer', id: timer.timerId });
    await textPerson(runtime, assignment.person.toString(), shiftId, {
      message: 'offer.withdrawn',
      vars: {
        shiftStart: shift.start.toISOString(),
        shiftEnd: shift.end.toISOString(),
        place: shift.place,
      },
      dedupeKey: `${entity}:shift-cancelled`,
    });
  }
  return {
    withdrawnOffers: results.filter((r) => r.handled).length,
    toldWorkers: assignments.length,
  };
}
