import type { Types } from 'mongoose';
import type { CompletionContext } from '../../../flows/completion';
import type { Shift } from '../../models/shift';
import { attendanceEntity, completionEntity, offerEntity } from './entities';
import { latestChange } from './change-log';
import { loadSnapshot } from './store';
import type { PlaceInLanguages } from './message-vars';
import type { EngineRuntime } from './types';

/** What the conversation needs to name a prompt and tell prompts apart by code. */
interface ShiftSummary {
  shiftId: string;
  shiftStart: Date;
  shiftEnd: Date;
  place: string;
  /** The place in each language, where it has them (placeInLanguage picks the reader's). */
  placeIn?: PlaceInLanguages;
}

export interface OpenOffer extends ShiftSummary {
  offerId: string;
  code: string;
  urgent: boolean;
  expiresAt: Date;
  state: 'offered';
}

/** An offer in any state, for answering a late YES ("sorry, it was just filled"). */
export interface RecentOffer extends ShiftSummary {
  offerId: string;
  code: string;
  urgent: boolean;
  expiresAt: Date;
  /** The offer flow's state: held (for quiet hours), offered, claiming, accepted, filled, declined, expired, withdrawn. */
  state: string;
}

export interface ActiveAssignment extends ShiftSummary {
  assignmentId: string;
  /** The worker's offer code, for "which one?". */
  code: string | null;
  seat: number;
  attendanceState: string | null;
  completionState: string | null;
}

export interface PendingConfirmation extends ShiftSummary {
  assignmentId: string;
  /** The supervisor's code: "OK K7P". */
  code: string;
  workerId: string;
  workerName: string;
  /** Reported minutes (capped at the shift's length). */
  minutes: number | null;
  state: string;
}

const ATTENDANCE_OPEN = ['booked', 'drop_pending', 'nudged'];
const COMPLETION_OPEN = ['working', 'done_asked', 'reported', 'reminded', 'escalated'];
const AWAITING_SUPERVISOR = ['reported', 'reminded', 'escalated'];
const DAY_MS = 86_400_000;
/** Places and confirmations older than this are no longer offered as answers. */
const RECENT_DAYS = 30;

/** Offers the person can still answer YES or NO to, oldest first. */
export async function openOffersFor(
  runtime: EngineRuntime,
  personId: string,
): Promise<OpenOffer[]> {
  const now = runtime.clock.now();
  const offers = await offersWithState(runtime, { person: personId, expiresAt: { $gt: now } });
  return offers.flatMap((o) =>
    o.state === 'offered' ? [{ ...o, state: 'offered' as const }] : [],
  );
}

/** The person's offers made since `since`, whatever became of them, oldest first. */
export async function recentOffersFor(
  runtime: EngineRuntime,
  personId: string,
  since: Date,
): Promise<RecentOffer[]> {
  return offersWithState(runtime, { person: personId, createdAt: { $gte: since } });
}

async function offersWithState(
  runtime: EngineRuntime,
  filter: Record<string, unknown>,
): Promise<RecentOffer[]> {
  const offers = await runtime.models.Offer.find(filter).sort({ createdAt: 1 }).lean();
  const shifts = await shiftsById(
    runtime,
    offers.map((o) => o.shift),
  );
  const items = await Promise.all(
    offers.map(async (offer): Promise<RecentOffer | null> => {
      const shift = shifts.get(offer.shift.toString());
      const id = offer._id.toString();
      const snapshot = await loadSnapshot(runtime, offerEntity(id));
      if (!shift || !snapshot) return null;
      const { code, urgent, expiresAt } = offer;
      // Not booked (yet): the offer's own place, a client's area rather than their street.
      const { area, ...summary } = shift;
      const place = area ?? summary.place;
      return { ...summary, place, offerId: id, code, urgent, expiresAt, state: snapshot.state };
    }),
  );
  return items.filter((item): item is RecentOffer => item !== null);
}

/** The person's places still in play: before check-in, or worked and not yet settled. */
export async function activeAssignmentsFor(
  runtime: EngineRuntime,
  personId: string,
  now: Date,
): Promise<ActiveAssignment[]> {
  const since = new Date(now.getTime() - RECENT_DAYS * DAY_MS);
  const assignments = await runtime.models.Assignment.find({
    person: personId,
    createdAt: { $gte: since },
  }).lean();
  const shifts = await shiftsById(
    runtime,
    assignments.map((a) => a.shift),
  );
  const items = await Promise.all(
    assignments.map(async (a): Promise<ActiveAssignment | null> => {
      const shift = shifts.get(a.shift.toString());
      if (!shift) return null;
      const id = a._id.toString();
      const [attendance, completion] = await Promise.all([
        loadSnapshot(runtime, attendanceEntity(id)),
        loadSnapshot(runtime, completionEntity(id)),
      ]);
      const attendanceState = attendance?.state ?? null;
      const completionState = completion?.state ?? null;
      const open =
        attendanceState === null ||
        ATTENDANCE_OPEN.includes(attendanceState) ||
        (attendanceState === 'checked_in' &&
          (completionState === null || COMPLETION_OPEN.includes(completionState)));
      if (!open) return null;
      const base = { ...shift, assignmentId: id, code: a.code ?? null, seat: a.seat };
      return { ...base, attendanceState, completionState };
    }),
  );
  return items
    .filter((item): item is ActiveAssignment => item !== null)
    .sort((a, b) => a.shiftStart.getTime() - b.shiftStart.getTime());
}

/** Reported hours waiting for this supervisor's OK or NO, with the code they quote. */
export async function pendingConfirmationsFor(
  runtime: EngineRuntime,
  supervisorId: string,
): Promise<PendingConfirmation[]> {
  const { Assignment, Person } = runtime.models;
  const since = new Date(runtime.clock.now().getTime() - RECENT_DAYS * DAY_MS);
  const assignments = await Assignment.find({
    supervisor: supervisorId,
    createdAt: { $gte: since },
  }).lean();
  const shifts = await shiftsById(
    runtime,
    assignments.map((a) => a.shift),
  );
  const people = await Person.find({ _id: { $in: assignments.map((a) => a.person) } }, { name: 1 });
  const names = new Map(people.map((p) => [p._id.toString(), p.name]));
  const items = await Promise.all(
    assignments.map(async (a): Promise<PendingConfirmation | null> => {
      const shift = shifts.get(a.shift.toString());
      const id = a._id.toString();
      const snapshot = await loadSnapshot<CompletionContext>(runtime, completionEntity(id));
      if (!shift || !snapshot || !AWAITING_SUPERVISOR.includes(snapshot.state)) return null;
      return {
        ...shift,
        assignmentId: id,
        code: snapshot.context.code,
        workerId: a.person.toString(),
        workerName: names.get(a.person.toString()) ?? '',
        minutes: snapshot.context.minutes,
        state: snapshot.state,
      };
    }),
  );
  return items
    .filter((item): item is PendingConfirmation => item !== null)
    .sort((a, b) => a.shiftStart.getTime() - b.shiftStart.getTime());
}

/**
 * The place the person lost as a no-show on a shift still under way, if any: the one a late HERE
 * is about. Its Assignment is gone; the no-show record names it.
 */
export async function noShowStillOnFor(
  runtime: EngineRuntime,
  personId: string,
  now: Date,
): Promise<string | undefined> {
  const since = new Date(now.getTime() - DAY_MS);
  const noShows = await runtime.models.WorkRecord.find(
    { person: personId, kind: 'no_show', at: { $gte: since } },
    { assignment: 1 },
  )
    .sort({ at: -1 })
    .lean();
  for (const { assignment } of noShows) {
    if (!assignment) continue;
    const id = assignment.toString();
    const snapshot = await loadSnapshot<{ shiftEnd: string }>(runtime, attendanceEntity(id));
    if (snapshot?.state === 'no_show' && new Date(snapshot.context.shiftEnd) > now) return id;
  }
  return undefined;
}

async function shiftsById(
  runtime: EngineRuntime,
  ids: Types.ObjectId[],
): Promise<Map<string, ShiftSummary & { area?: string }>> {
  const distinct = [...new Set(ids.map(String))];
  const found = await Promise.all(distinct.map((id) => runtime.directory.shift(id)));
  const shifts = found.filter((s): s is Shift => s !== null && s.state !== 'cancelled');
  return new Map(
    shifts.map((s) => [
      s._id.toString(),
      {
        shiftId: s._id.toString(),
        shiftStart: s.start,
        shiftEnd: s.end,
        place: s.place,
        ...(s.placeIn ? { placeIn: s.placeIn } : {}),
        ...(s.area ? { area: s.area } : {}),
      },
    ]),
  );
}

/**
 * The text the change that brought the entity to where it is sends `message` with, if it does:
 * its dedupeKey, and whether it is queued already (no PendingDispatch is left for the change).
 * A reply that says the same may take that key, so the person is told once, whichever is first.
 * Reads the small collection of changes in flight, never the texts, which grow with history.
 */
export async function latestNotice(
  runtime: EngineRuntime,
  entity: string,
  messages: readonly string[],
): Promise<{ dedupeKey: string; queued: boolean } | undefined> {
  const latest = await latestChange(runtime.models, entity);
  const notice = latest?.effects.find(
    (effect) => effect.type === 'send' && messages.includes(effect.message),
  );
  if (!latest || !notice || !('dedupeKey' in notice)) return undefined;
  const queued = !(await runtime.models.PendingDispatch.exists({ change: latest._id }));
  return { dedupeKey: notice.dedupeKey, queued };
}
