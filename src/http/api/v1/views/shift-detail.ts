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
import { changeOfEffectKey } from '../../../../engine/effect-key';
import { attendanceEntity, offerEntity } from '../../../../engine/runtime/entities';
import {
  currentState,
  loadShiftFlows,
  seatStates,
  type FlowKind,
  type OfferRound,
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
  const flows = (await loadShiftFlows(runtime, [shift], { offers: true })).get(
    shift._id.toString(),
  );
  if (!flows) throw new Error(`no flows loaded for shift ${shift._id.toString()}`);
  const names = await loadNames(
    runtime,
    {
      people: [
        ...namedInShift(shift),
        ...flows.offers.map((o) => o.person),
        ...[...flows.tracks.values()].map((t) => t.personId),
        ...flows.waiting.map((entry) => entry.person),
      ],
      organisations: [shift.organisation],
    },
    reader,
  );
  return {
    ...summaryOf(shift, flows, viewer, names, runtime.clock.now()),
    ...offersOf(flows, viewer, names),
    assignments: assignmentsOf(flows, viewer, names),
    releasedPlaces: releasedPlacesOf(flows, viewer, names),
    waitList: waitListOf(flows.waiting)
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

/**
 * Who was offered the shift, in the order they were offered it: round by round (the shift's
 * posting, then each re-offer after a decline, an expiry, a no-show or a drop), and within a
 * round by the ranking. `rank` counts across the rounds, so no two offers share one; `rounds`
 * says when each round the viewer sees an offer of began, and after what.
 */
function offersOf(flows: ShiftFlows, viewer: Viewer, names: Names) {
  // A person re-offered a place from the wait list has a new offer in a later round: the last.
  const roundOf = new Map<string, number>();
  flows.rounds.forEach((round, index) => {
    for (const choice of round.choices) roundOf.set(choice.person.toString(), index);
  });
  const placed = flows.offers.map((offer) => {
    const index = roundOf.get(offer.person.toString());
    // Every offer is made from its round's record (runOfferNext): nothing else inserts one.
    if (index === undefined)
      throw new Error(`no round of offers for offer ${offer._id.toString()}`);
    return { offer, index };
  });
  placed.sort(
    (a, b) =>
      a.index - b.index ||
      a.offer.rank - b.offer.rank ||
      a.offer.createdAt.getTime() - b.offer.createdAt.getTime(),
  );
  // Numbered from 1 over the rounds that offered anyone (a round may have found nobody).
  const numbers = new Map(
    [...new Set(placed.map((p) => p.index))].map((index, n) => [index, n + 1]),
  );
  const offers = placed
    .map(({ offer, index }, order) => ({ offer, round: numbers.get(index) ?? 0, rank: order + 1 }))
    .filter(({ offer }) => sees(viewer, offer.person.toString()))
    .map(({ offer, round, rank }) => {
      const id = offer._id.toString();
      return {
        id,
        person: names.person(offer.person),
        rank,
        round,
        reasons: offer.reasons,
        // An offer whose flow has not started yet (it is being made) has no state to show.
        state: currentState(flows.tracks.get(offerEntity(id))) ?? 'unknown',
        code: offer.code,
        urgent: offer.urgent,
        expiresAt: iso(offer.expiresAt),
        createdAt: iso(offer.createdAt),
      };
    });
  const shown = new Set(offers.map((o) => o.round));
  const rounds = [...numbers]
    .filter(([, round]) => shown.has(round))
    .map(([index, round]) => {
      const batch = flows.rounds[index]!;
      return { round, at: iso(batch.at), after: causeOf(flows, batch, viewer, names) };
    });
  return { offers, rounds };
}

/** The change a round of offers came after, if it was one the viewer may see (null: the posting). */
function causeOf(flows: ShiftFlows, round: OfferRound, viewer: Viewer, names: Names) {
  const change = changeOfEffectKey(round._id);
  const track = change && flows.tracks.get(change.entity);
  const step = track?.steps.find((s) => s.version === change?.version);
  if (!track || !step || !sees(viewer, track.personId)) return null;
  return changeEntry(step, track.kind, names.person(track.personId));
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
