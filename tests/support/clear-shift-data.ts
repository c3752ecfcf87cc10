import { forgetSeenChanges } from '../../src/engine/runtime/change-log';
import type { Runtime } from '../../src/runtime';

/**
 * Empties what shifts leave behind, so rounds of a load test start alike: FerretDB 1.x reads by
 * scanning, and a collection that grows round after round would slow each round down.
 */
export async function clearShiftData(
  runtime: Runtime,
  also: (keyof Runtime['models'])[] = [],
): Promise<void> {
  const m = runtime.models;
  const collections = [
    m.ChangeRecord,
    m.PendingDispatch,
    m.Shift,
    m.Offer,
    m.OfferBatch,
    m.Assignment,
    m.AssignmentHistory,
    m.Timer,
    m.OnceKey,
    m.WorkRecord,
    m.ShortCode,
    m.OutboundMessage,
    ...also.map((name) => m[name]),
  ];
  for (const model of collections) await model.collection.deleteMany({});
  // Raw deletes bypass the write notices the in-process caches listen to.
  runtime.directory.forgetEverything();
  forgetSeenChanges(m);
  await runtime.timersQueue.obliterate({ force: true });
  await runtime.outboundQueue.obliterate({ force: true });
}
