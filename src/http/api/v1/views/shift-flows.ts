import type { Types } from 'mongoose';
import {
  attendanceEntity,
  completionEntity,
  offerEntity,
} from '../../../../engine/runtime/entities';
import type { Assignment } from '../../../../models/assignment';
import type { AssignmentHistory } from '../../../../models/assignment-history';
import type { CauseKind } from '../../../../models/change-record';
import type { Offer } from '../../../../models/offer';
import type { OfferBatch } from '../../../../models/offer-batch';
import type { Shift } from '../../../../models/shift';
import type { WaitListEntry } from '../../../../models/wait-list-entry';
import type { Runtime } from '../../../../runtime';

export type FlowKind = 'offer' | 'attendance' | 'completion';

/** A change record, as much of it as the views show. */
export interface Step {
  entity: string;
  version: number;
  from: string | null;
  to: string;
  at: Date;
  event: { type: string } | null;
  cause: { kind: CauseKind };
  snapshot: { context: CompletionFacts };
}

/** What a place's completion flow knows about the time worked. */
interface CompletionFacts {
  minutes?: number | null;
  checkedInAt?: string;
  checkInInferred?: boolean;
  finishedAt?: string | null;
  noDone?: boolean;
}

export const STEP_FIELDS = {
  entity: 1,
  version: 1,
  from: 1,
  to: 1,
  at: 1,
  'event.type': 1,
  'cause.kind': 1,
  'snapshot.context.minutes': 1,
  'snapshot.context.checkedInAt': 1,
  'snapshot.context.checkInInferred': 1,
  'snapshot.context.finishedAt': 1,
  'snapshot.context.noDone': 1,
} as const;

/** One flow of one offer or place: whose it is, and its changes, oldest first. */
export interface Track {
  kind: FlowKind;
  personId: string;
  steps: Step[];
}

/** Who one round of offers went to, and when: an OfferBatch, as much of it as the views read. */
export interface OfferRound {
  _id: string;
  at: Date;
  choices: { person: Types.ObjectId }[];
}

/**
 * What the engine did on one shift: its offers and their rounds, the places held now, their
 * flows, and (a programme's shift) its wait list.
 */
export interface ShiftFlows {
  /** Loaded only when asked for, as are the rounds. */
  offers: Offer[];
  /** The rounds of offers (each a batch some change asked for), oldest first. */
  rounds: OfferRound[];
  /** Places held now. */
  seats: Assignment[];
  /** Places given up or lost (drops, no-shows), as they were held. */
  released: AssignmentHistory[];
  /** By entity key; places given up (drops, no-shows) keep their flows here. */
  tracks: Map<string, Track>;
  /** A programme shift's wait list, in the order people joined (empty for other shifts). */
  waiting: WaitListEntry[];
}

const emptyFlows = (): ShiftFlows => ({
  offers: [],
  rounds: [],
  seats: [],
  released: [],
  tracks: new Map(),
  waiting: [],
});

const oldestFirst = (a: { at: Date; _id: unknown }, b: { at: Date; _id: unknown }) =>
  a.at.getTime() - b.at.getTime() || String(a._id).localeCompare(String(b._id));

interface Owner {
  shiftId: string;
  kind: FlowKind;
  personId: string;
}

/**
 * The flows of several shifts with one query per collection (the wait lists only for programme
 * shifts, and no query when there are none).
 */
export async function loadShiftFlows(
  runtime: Runtime,
  shifts: Pick<Shift, '_id' | 'programme'>[],
  options: { offers: boolean },
): Promise<Map<string, ShiftFlows>> {
  const { Assignment, AssignmentHistory, ChangeRecord, WaitListEntry } = runtime.models;
  const shiftIds = shifts.map((s) => s._id);
  const inShifts = { shift: { $in: shiftIds } };
  const programmeShifts = shifts.filter((s) => s.programme).map((s) => s._id);
  const [{ offers, rounds }, seats, released, waiting] = await Promise.all([
    options.offers ? loadOffers(runtime, inShifts) : { offers: [], rounds: [] },
    Assignment.find(inShifts).lean(),
    AssignmentHistory.find(inShifts).lean(),
    programmeShifts.length > 0
      ? WaitListEntry.find({ shift: { $in: programmeShifts } }).lean<WaitListEntry[]>()
      : Promise.resolve([]),
  ]);
  const byShift = new Map(shiftIds.map((id) => [id.toString(), emptyFlows()]));
  const flowsOf = (shift: Types.ObjectId) => byShift.get(shift.toString()) ?? emptyFlows();
  const owners = new Map<string, Owner>();
  for (const offer of offers) {
    flowsOf(offer.shift).offers.push(offer);
    owners.set(offerEntity(offer._id.toString()), ownerOf(offer, 'offer'));
  }
  for (const round of rounds.sort(oldestFirst)) flowsOf(round.shift).rounds.push(round);
  for (const entry of waiting.sort(oldestFirst)) flowsOf(entry.shift).waiting.push(entry);
  for (const seat of seats) flowsOf(seat.shift).seats.push(seat);
  for (const place of released) flowsOf(place.shift).released.push(place);
  const places = [
    ...seats.map((s) => ({ id: s._id, shift: s.shift, person: s.person })),
    ...released.map((r) => ({ id: r.assignment, shift: r.shift, person: r.person })),
  ];
  for (const place of places) {
    const id = place.id.toString();
    owners.set(attendanceEntity(id), ownerOf(place, 'attendance'));
    owners.set(completionEntity(id), ownerOf(place, 'completion'));
  }
  const steps =
    owners.size === 0
      ? []
      : await ChangeRecord.find({ entity: { $in: [...owners.keys()] } }, STEP_FIELDS).lean<
          Step[]
        >();
  for (const step of steps.sort((a, b) => a.version - b.version)) {
    const owner = owners.get(step.entity);
    if (!owner) continue;
    const { tracks } = byShift.get(owner.shiftId) ?? emptyFlows();
    const track = tracks.get(step.entity) ?? {
      kind: owner.kind,
      personId: owner.personId,
      steps: [],
    };
    track.steps.push(step);
    tracks.set(step.entity, track);
  }
  return byShift;
}

/**
 * The shifts' offers, then their rounds: read in that order, so the round of every offer read is
 * there too (a round is recorded before its offers are made).
 */
async function loadOffers(runtime: Runtime, inShifts: { shift: { $in: Types.ObjectId[] } }) {
  const offers = await runtime.models.Offer.find(inShifts).lean();
  const rounds = await runtime.models.OfferBatch.find(inShifts, {
    shift: 1,
    at: 1,
    'choices.person': 1,
  }).lean<(OfferRound & Pick<OfferBatch, 'shift'>)[]>();
  return { offers, rounds };
}

function ownerOf(record: { shift: Types.ObjectId; person: Types.ObjectId }, kind: FlowKind): Owner {
  return { shiftId: record.shift.toString(), kind, personId: record.person.toString() };
}

/** The flow's current state; null when it never started. */
export const currentState = (track: Track | undefined): string | null =>
  track?.steps.at(-1)?.to ?? null;

/** The states of a place held now, and its in and out times once the worker is checked in. */
export function seatStates(flows: ShiftFlows, assignmentId: string) {
  const completion = flows.tracks.get(completionEntity(assignmentId));
  const facts: CompletionFacts = completion?.steps.at(-1)?.snapshot.context ?? {};
  return {
    attendance: currentState(flows.tracks.get(attendanceEntity(assignmentId))),
    completion: currentState(completion),
    minutes: facts.minutes ?? null,
    checkedInAt: facts.checkedInAt ?? null,
    checkInInferred: facts.checkInInferred ?? false,
    finishedAt: facts.finishedAt ?? null,
    noDone: facts.noDone ?? false,
  };
}
