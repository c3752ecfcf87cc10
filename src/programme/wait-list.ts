import type { Types } from 'mongoose';
import { isDuplicateKeyError } from '../db/duplicate-key';
import type { EngineRuntime } from '../engine/runtime/types';
import type { Shift } from '../models/shift';

/**
 * Puts the person on the wait list of the offer's shift when it is a programme shift, and says
 * where they stand (1 = next). undefined for any other shift. Joining twice while waiting keeps
 * the first place.
 */
export async function joinWaitList(
  runtime: EngineRuntime,
  offerId: string,
): Promise<{ position: number } | undefined> {
  const { Offer, Shift, WaitListEntry } = runtime.models;
  const offer = await Offer.findById(offerId, { shift: 1, person: 1 }).lean();
  if (!offer) return undefined;
  const shift = await Shift.findById(offer.shift, { programme: 1 }).lean();
  if (!shift?.programme) return undefined;
  const key = { shift: offer.shift, person: offer.person };
  try {
    await WaitListEntry.create({ ...key, at: runtime.clock.now() });
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    // Offered a place from the list and lost it again: back in line, at the end.
    await WaitListEntry.updateOne(
      { ...key, offeredAt: { $exists: true } },
      { $set: { at: runtime.clock.now() }, $unset: { offeredAt: 1 } },
    );
  }
  const waiting = await waitingFor(runtime, offer.shift);
  const index = waiting.findIndex((w) => w.person.equals(offer.person));
  return { position: index + 1 };
}

/** Who waits for a place on the shift, first in line first. */
async function waitingFor(runtime: EngineRuntime, shift: Types.ObjectId) {
  return runtime.models.WaitListEntry.find({ shift, offeredAt: { $exists: false } }, { person: 1 })
    .sort({ at: 1, _id: 1 })
    .lean();
}

/** How many wait for a place on the shift. */
export async function waitingCount(runtime: EngineRuntime, shift: Types.ObjectId) {
  return (await waitingFor(runtime, shift)).length;
}

/**
 * The person's places on wait lists of shifts not yet over (1 = next), soonest shift first.
 */
export async function waitListPlaces(runtime: EngineRuntime, person: Types.ObjectId, now: Date) {
  const entries = await runtime.models.WaitListEntry.find(
    { person, offeredAt: { $exists: false } },
    { shift: 1 },
  ).lean();
  const places = await Promise.all(
    entries.map(async (entry) => {
      const shift = await runtime.directory.shift(entry.shift.toString());
      if (!shift || shift.end <= now || shift.state === 'cancelled') return [];
      const waiting = await waitingFor(runtime, entry.shift);
      const position = waiting.findIndex((w) => w.person.equals(person)) + 1;
      return position > 0 ? [{ shift, position }] : [];
    }),
  );
  return places.flat().sort((a, b) => a.shift.start.getTime() - b.shift.start.getTime());
}

/**
 * The first person waiting for a place on this shift, marked as offered. Their earlier offer
 * (closed as filled) is removed, so a fresh one can be made: one offer per person and shift.
 */
export async function takeNextOnWaitList(
  runtime: EngineRuntime,
  shift: Pick<Shift, '_id'>,
): Promise<string | undefined> {
  const { WaitListEntry, Offer } = runtime.models;
  const waiting = await WaitListEntry.find({ shift: shift._id, offeredAt: { $exists: false } })
    .sort({ at: 1, _id: 1 })
    .lean();
  for (const entry of waiting) {
    // Guarded by offeredAt, so two re-offers running at once never take the same person.
    const taken = await WaitListEntry.updateOne(
      { _id: entry._id, offeredAt: { $exists: false } },
      { $set: { offeredAt: runtime.clock.now() } },
    );
    if (taken.modifiedCount === 0) continue;
    await Offer.deleteOne({ shift: shift._id, person: entry.person });
    return entry.person.toString();
  }
  return undefined;
}
