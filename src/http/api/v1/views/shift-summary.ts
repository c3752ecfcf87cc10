import type { z } from 'zod';
import type { Shift } from '../../../../models/shift';
import type { Runtime } from '../../../../runtime';
import { iso } from '../schemas/common';
import type { shiftSummary } from '../schemas/shift';
import { alertOf, type Alert } from './change-entry';
import { loadNames, type Names } from './names';
import type { Tenancy } from '../tenancy';
import { sees, type Viewer } from './shift-access';
import { loadShiftFlows, seatStates, type ShiftFlows } from './shift-flows';
import { shiftProgress } from './shift-progress';

export type ShiftSummaryView = z.input<typeof shiftSummary>;

/**
 * A shift for the board. Places and progress are the whole shift's; alerts and the wait list
 * count only what the viewer may see (on a shared shift, its own workers' no-shows, escalations,
 * drops, disputes, and those of them waiting for a place).
 */
export function summaryOf(
  shift: Shift,
  flows: ShiftFlows,
  viewer: Viewer,
  names: Names,
  now: Date,
): ShiftSummaryView {
  const seats = flows.seats.map((seat) => seatStates(flows, seat._id.toString()));
  const visibleTracks = [...flows.tracks.values()].filter((t) => sees(viewer, t.personId));
  const count = (alert: Alert) =>
    visibleTracks.filter((t) => t.steps.some((step) => alertOf(t.kind, step) === alert)).length;
  return {
    id: shift._id.toString(),
    organisationId: shift.organisation.toString(),
    organisationName: names.organisation(shift.organisation),
    place: shift.place,
    start: iso(shift.start),
    end: iso(shift.end),
    places: shift.places,
    filled: flows.seats.length,
    state: shift.state,
    progress: shiftProgress({
      cancelled: shift.state === 'cancelled',
      ended: shift.end.getTime() <= now.getTime(),
      nobodyLeft: Boolean(shift.unfilledAt),
      places: shift.places,
      seats,
    }),
    urgent: shift.urgent,
    requiredSkills: shift.requiredSkills,
    supervisor: names.person(shift.supervisor),
    client: shift.client ? names.person(shift.client) : null,
    shared: viewer.shared,
    alerts: {
      noShows: count('no_show'),
      escalations: count('escalated'),
      drops: count('dropped'),
      disputes: count('disputed'),
    },
    waitListed: flows.waiting.filter((e) => !e.offeredAt && sees(viewer, e.person.toString()))
      .length,
  };
}

export const namedInShift = (shift: Shift) => [shift.supervisor, shift.client];

/** Summaries of a page of shifts: a handful of queries, whatever the page's size. */
export async function loadSummaries(
  runtime: Runtime,
  shifts: Shift[],
  viewerOf: (shift: Shift) => Viewer,
  reader: Tenancy,
): Promise<ShiftSummaryView[]> {
  const [flows, names] = await Promise.all([
    loadShiftFlows(runtime, shifts, { offers: false }),
    loadNames(
      runtime,
      {
        people: shifts.flatMap(namedInShift),
        organisations: shifts.map((s) => s.organisation),
      },
      reader,
    ),
  ]);
  return shifts.map((shift) => {
    const own = flows.get(shift._id.toString());
    if (!own) throw new Error(`no flows loaded for shift ${shift._id.toString()}`);
    return summaryOf(shift, own, viewerOf(shift), names, runtime.clock.now());
  });
}
