import type { OfferBatch } from '../../../models/offer-batch';
import type { Shift } from '../../../models/shift';
import type { EngineRuntime } from '../types';
import { runNotify } from './send';

type Unfilled = NonNullable<OfferBatch['unfilled']>;

/**
 * Nobody is left to offer the shift's missing places: the board shows it unfilled, and its
 * coordinator is told how many are missing while the shift is still to come or under way. The
 * text's key names the moment (people offered, places missing), so the offers that close
 * together with nobody after them text once, and a later drop that nobody can cover texts again.
 */
export async function reportUnfilled(
  runtime: EngineRuntime,
  shift: Shift,
  unfilled: Unfilled,
): Promise<void> {
  const now = runtime.clock.now();
  if (!shift.unfilledAt) {
    await runtime.models.Shift.updateOne(
      { _id: shift._id, state: 'open' },
      { $set: { unfilledAt: now } },
    );
  }
  if (shift.end.getTime() <= now.getTime()) return;
  await runNotify(runtime, {
    type: 'notify',
    role: 'coordinator',
    shiftId: shift._id.toString(),
    message: 'unfilled.coordinator',
    vars: {
      count: unfilled.places,
      shiftStart: shift.start.toISOString(),
      shiftEnd: shift.end.toISOString(),
      place: shift.place,
    },
    dedupeKey: `shift:${shift._id.toString()}:unfilled:${unfilled.offered}:${unfilled.places}`,
  });
}

/** Someone new is offered the shift: it is no longer unfilled for want of people. */
export async function clearUnfilled(runtime: EngineRuntime, shift: Shift): Promise<void> {
  if (shift.unfilledAt) {
    await runtime.models.Shift.updateOne({ _id: shift._id }, { $unset: { unfilledAt: 1 } });
  }
}
