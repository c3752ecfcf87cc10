import type { Types } from 'mongoose';
import { offerEntity } from './entities';
import { loadSnapshot } from './store';
import type { EngineRuntime } from './types';

/** Each offer's current state, read from its flow's latest change record. */
export async function offerStates(
  runtime: EngineRuntime,
  offerIds: Types.ObjectId[],
): Promise<Map<string, string>> {
  const states = await Promise.all(
    offerIds.map(async (id) => {
      const snapshot = await loadSnapshot(runtime, offerEntity(id.toString()));
      return [id.toString(), snapshot?.state ?? 'unknown'] as const;
    }),
  );
  return new Map(states);
}

/**
 * States in which an offer is still in play: waiting to be texted (held for quiet hours), open
 * to an answer, or being answered.
 */
export const OPEN_OFFER_STATES: readonly string[] = ['held', 'offered', 'claiming'];
