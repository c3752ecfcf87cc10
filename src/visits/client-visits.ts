import type { Types } from 'mongoose';
import type { VisitRequestContext } from '../../flows/visit-request';
import { loadDraft } from '../conversation/visit-dialog/stored-draft';
import { EMPTY_DRAFT } from '../conversation/visit-request';
import type { VisitRequestDraft } from '../conversation/visit-request/types';
import { minutesOfDay, wallTime } from '../domain/zoned-time';
import type { EngineRuntime } from '../engine/runtime/types';
import { loadSnapshot } from '../engine/runtime/store';
import type { Shift } from '../models/shift';

export interface ClientVisit {
  shift: Shift;
  /** The worker holding the visit, when someone does. */
  workerName?: string;
}

/** The client's visits with this organisation that have not ended, soonest first. */
export async function upcomingVisits(
  runtime: EngineRuntime,
  clientId: Types.ObjectId,
  organisationId: Types.ObjectId,
  now: Date,
): Promise<ClientVisit[]> {
  const { Shift: Shifts, Assignment, Person } = runtime.models;
  const shifts = await Shifts.find({
    client: clientId,
    organisation: organisationId,
    state: { $ne: 'cancelled' },
    end: { $gt: now },
  })
    .sort({ start: 1, _id: 1 })
    .lean<Shift[]>();
  const assignments = await Assignment.find(
    { shift: { $in: shifts.map((s) => s._id) } },
    { shift: 1, person: 1 },
  ).lean();
  const workers = await Person.find(
    { _id: { $in: assignments.map((a) => a.person) } },
    { name: 1 },
  ).lean();
  return shifts.map((shift) => {
    const held = assignments.find((a) => a.shift.equals(shift._id));
    const worker = held && workers.find((w) => w._id.equals(held.person));
    return worker ? { shift, workerName: worker.name } : { shift };
  });
}

/** The client's latest visit with this organisation, past or booked. */
export function lastVisit(
  runtime: EngineRuntime,
  clientId: Types.ObjectId,
  organisationId: Types.ObjectId,
): Promise<Shift | null> {
  return runtime.models.Shift.findOne({
    client: clientId,
    organisation: organisationId,
    state: { $ne: 'cancelled' },
  })
    .sort({ start: -1, _id: -1 })
    .lean<Shift>()
    .exec();
}

/** The dialog that booked a visit, as it stood when it ended (its draft: service, place, …). */
export async function bookingOf(
  runtime: EngineRuntime,
  shift: Shift,
): Promise<VisitRequestContext | undefined> {
  if (!shift.visitRequest) return undefined;
  const snapshot = await loadSnapshot<VisitRequestContext>(
    runtime,
    `visit:${shift.visitRequest.toString()}`,
  );
  return snapshot?.context;
}

/** A booked visit as a draft: what it was booked as, at the time it now has. */
export async function draftOfVisit(
  runtime: EngineRuntime,
  shift: Shift,
  timeZone: string,
): Promise<VisitRequestDraft> {
  const booking = await bookingOf(runtime, shift);
  const booked = booking?.draft ? loadDraft(booking.draft) : EMPTY_DRAFT;
  const wall = wallTime(shift.start, timeZone);
  const minutes = Math.round((shift.end.getTime() - shift.start.getTime()) / 60_000);
  const { repeat: _repeat, ...single } = booked;
  return {
    ...single,
    serviceId: shift.service ?? booked.serviceId,
    date: { year: wall.year, month: wall.month, day: wall.day },
    startMinutes: minutesOfDay(wall),
    saidMinutes: minutes,
    durationMinutes: minutes,
    start: shift.start,
    end: shift.end,
    missing: [],
  };
}
