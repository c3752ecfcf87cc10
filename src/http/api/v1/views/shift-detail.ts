import type { z } from 'zod';
import type { Shift } from '../../../../models/shift';
import type { WaitListEntry } from '../../../../models/wait-list-entry';
import type { Runtime } from '../../../../runtime';
import { iso } from '../schemas/common';
import type { shiftDetail } from '../schemas/shift';
import { changeEntry } from './change-entry';
import { loadNames, type Names } from './names';
import type { Tenancy } from '../tenancy';
import { sees, type Viewer } from './shift-access';
import { attendanceEntity, offerEntity } from '../../../../engine/runtime/entities';
import {
  currentState,
  loadShiftFlows,
  seatStates,
  type FlowKind,
  type ShiftFlows,
} from './shift-flows';
import { namedInShift, summaryOf } from './shift-summary';

export type ShiftDetailView = z.input<typeof shiftDetail>;

/** Same instant: the offer before the place it led to, attendance before completion. */
const KIND_ORDER: Record<FlowKind, number> = { offer: 0, attendance: 1, completion: 2 };

/** A shift with who was offered it and why, who holds its places, and everything that happened. */
export async function loadShiftDetail(
  runtime: Runtime,
  shift: Shift,
  viewer: Viewer,
  reader: Tenancy,
): Promise<ShiftDetailView> {
  const flows = (await loadShiftFlows(runtime, [shift._id], { offers: true })).get(
    shift._id.toString(),
  );
  if (!flows) throw new Error(`no flows loaded for shift ${shift._id.toString()}`);
  // Only a programme's shift has a wait list: no query for the others.
  const waiting = shift.programme
    ? await runtime.models.WaitListEntry.find({ shift: shift._id })
        .sort({ at: 1, _id: 1 })
        .lean<WaitListEntry[]>()
    : [];
  const names = await loadNames(
    runtime,
    {
      people: [
        ...namedInShift(shift),
        ...flows.offers.map((o) => o.person),
        ...[...flows.tracks.values()].map((t) => t.personId),
        ...waiting.map((entry) => entry.person),
      ],
      organisations: [shift.organisation],
    },
    reader,
  );
  return {
    ...summaryOf(shift, flows, viewer, names, runtime.clock.now()),
    offers: offersOf(flows, viewer, names),
    assignments: assignmentsOf(flows, viewer, names),
    releasedPlaces: releasedPlacesOf(flows, viewer, names),
    waitList: waitListOf(waiting)
      .filter(({ entry }) => sees(viewer, entry.person.toString()))
      .map(({ entry, position }) => ({
        position,
        person: names.person(entry.person),
        joinedAt: iso(entry.at),
        offeredAt: entry.offeredAt ? iso(entry.offeredAt) : null,
      })),
    history: historyOf(flows, viewer, names),
  };
}

function offersOf(flows: ShiftFlows, viewer: Viewer, names: Names) {
  return flows.offers
    .filter((offer) => sees(viewer, offer.person.toString()))
    .sort((a, b) => a.rank - b.rank || a.createdAt.getTime() - b.createdAt.getTime())
    .map((offer) => {
      const id = offer._id.toString();
      return {
        id,
        person: names.person(offer.person),
        rank: offer.rank,
        reasons: offer.reasons,
        // An offer whose flow has not started yet (it is being made) has no state to show.
        state: currentState(flows.tracks.get(offerEntity(id))) ?? 'unknown',
        code: offer.code,
        urgent: offer.urgent,
        expiresAt: iso(offer.expiresAt),
        createdAt: iso(offer.createdAt),
      };
    });
}

/** In the order people joined; a place (1 = next) for those not yet offered one, as STATUS says. */
function waitListOf(entries: WaitListEntry[]) {
  let waiting = 0;
  return entries.map((entry) => ({ entry, position: entry.offeredAt ? null : ++waiting }));
}

/** Places given up or lost, by seat and then when they were taken: who, and how it ended. */
function releasedPlacesOf(flows: ShiftFlows, viewer: Viewer, names: Names) {
  return flows.released
    .filter((place) => sees(viewer, place.person.toString()))
    .sort((a, b) => a.seat - b.seat || a.takenAt.getTime() - b.takenAt.getTime())
    .map((place) => ({
      seat: place.seat,
      person: names.person(place.person),
      attendance: currentState(flows.tracks.get(attendanceEntity(place.assignment.toString()))),
      takenAt: iso(place.takenAt),
      releasedAt: iso(place.releasedAt),
    }));
}

function assignmentsOf(flows: ShiftFlows, viewer: Viewer, names: Names) {
  return flows.seats
    .filter((seat) => sees(viewer, seat.person.toString()))
    .sort((a, b) => a.seat - b.seat)
    .map((seat) => {
      const id = seat._id.toString();
      return { id, seat: seat.seat, person: names.person(seat.person), ...seatStates(flows, id) };
    });
}

function historyOf(flows: ShiftFlows, viewer: Viewer, names: Names) {
  const lines = [...flows.tracks.values()]
    .filter((track) => sees(viewer, track.personId))
    .flatMap((track) => track.steps.map((step) => ({ track, step })));
  lines.sort(
    (a, b) =>
      a.step.at.getTime() - b.step.at.getTime() ||
      KIND_ORDER[a.track.kind] - KIND_ORDER[b.track.kind] ||
      a.step.version - b.step.version,
  );
  return lines.map(({ track, step }) =>
    changeEntry(step, track.kind, names.person(track.personId)),
  );
}
