import {
  attendanceContext,
  attendanceFlow,
  type AttendanceContext,
} from '../../../flows/attendance';
import { completionContext, completionFlow } from '../../../flows/completion';
import type { OfferContext } from '../../../flows/offer';
import { completionEntity } from './entities';
import { attendanceSettingsOf, completionSettingsOf } from './organisation-settings';
import { codeFor } from './short-codes';
import { startFlow } from './store';
import type { Cause, ChangeRecord, EngineRuntime } from './types';
import { asKnownTo } from '../../models/person';

/**
 * Where one flow hands over to the next: an accepted offer starts attendance for the new
 * Assignment; a check-in starts completion. Starting is idempotent (version 0 is unique).
 */
export async function followUps(runtime: EngineRuntime, record: ChangeRecord): Promise<void> {
  if (record.from === record.to) return;
  const cause: Cause = { kind: 'system', ref: `change:${record._id}` };
  if (record.flow === 'offer' && record.to === 'accepted') {
    await startAttendance(runtime, record.snapshot.context as OfferContext, cause);
  }
  if (record.flow === 'attendance' && record.to === 'checked_in') {
    await startCompletion(runtime, record.snapshot.context as AttendanceContext, cause);
  }
}

async function startAttendance(runtime: EngineRuntime, offer: OfferContext, cause: Cause) {
  const { Assignment } = runtime.models;
  const assignment = await Assignment.findOne({
    shift: offer.shiftId,
    person: offer.personId,
  }).lean();
  if (!assignment) {
    runtime.log.warn({ offerId: offer.offerId }, 'accepted offer without an assignment');
    return;
  }
  const shift = await runtime.directory.shiftOrFail(offer.shiftId);
  const [person, organisation, replacing] = await Promise.all([
    runtime.directory.personOrFail(offer.personId),
    runtime.directory.organisationOrFail(shift.organisation),
    placeLeftBy(runtime, offer),
  ]);
  const context = attendanceContext({
    ...attendanceSettingsOf(organisation),
    assignmentId: assignment._id.toString(),
    shiftId: offer.shiftId,
    personId: offer.personId,
    workerName: asKnownTo(person, organisation._id).name,
    shiftStart: shift.start.toISOString(),
    shiftEnd: shift.end.toISOString(),
    place: shift.place,
    ...(shift.client ? { clientId: shift.client.toString() } : {}),
    ...(replacing ? { replacing } : {}),
    ...(shift.programme ? { programmeSlot: true } : {}),
  });
  await startFlow(runtime, attendanceFlow, context, cause);
}

/**
 * Whether the offer filled a place someone left (a seat on the shift was released before): after
 * a no-show, or else a drop. Only replacements are offered urgently or from a programme's wait
 * list (urgent only when the slot is near), so only they are looked up.
 */
async function placeLeftBy(
  runtime: EngineRuntime,
  offer: OfferContext,
): Promise<AttendanceContext['replacing']> {
  if (!offer.urgent && !offer.fromWaitList) return undefined;
  const { AssignmentHistory, WorkRecord } = runtime.models;
  const [released, noShow] = await Promise.all([
    AssignmentHistory.exists({ shift: offer.shiftId }),
    WorkRecord.exists({ shift: offer.shiftId, kind: 'no_show' }),
  ]);
  if (!released) return undefined;
  return noShow ? 'no_show' : 'drop';
}

async function startCompletion(
  runtime: EngineRuntime,
  attendance: AttendanceContext,
  cause: Cause,
) {
  const { Partnership } = runtime.models;
  const shift = await runtime.directory.shiftOrFail(attendance.shiftId);
  const [worker, organisation] = await Promise.all([
    runtime.directory.personOrFail(attendance.personId),
    runtime.directory.organisationOrFail(shift.organisation),
  ]);
  const employers = worker.roles.filter((r) => r.role === 'worker').map((r) => r.organisation);
  const ownWorker = employers.some((o) => o.equals(shift.organisation));
  const partnership = ownWorker
    ? null
    : await Partnership.findOne({
        client: shift.organisation,
        provider: { $in: employers },
      }).lean();
  const entity = completionEntity(attendance.assignmentId);
  const code = await codeFor(runtime, shift.supervisor.toString(), entity);
  const context = completionContext({
    ...completionSettingsOf(organisation),
    assignmentId: attendance.assignmentId,
    shiftId: attendance.shiftId,
    personId: attendance.personId,
    workerName: attendance.workerName,
    shiftStart: attendance.shiftStart,
    shiftEnd: attendance.shiftEnd,
    place: attendance.place,
    ...(attendance.clientId ? { clientId: attendance.clientId } : {}),
    // Attendance flows started before arrival times were kept have neither.
    ...(attendance.checkedInAt ? { checkedInAt: attendance.checkedInAt } : {}),
    ...(attendance.checkInInferred ? { checkInInferred: true } : {}),
    code,
    rateCentsPerHour: partnership?.chargeCentsPerHour ?? organisation.chargeCentsPerHour,
    ...(partnership ? { providerOrganisationId: partnership.provider.toString() } : {}),
  });
  await startFlow(runtime, completionFlow, context, cause);
}
