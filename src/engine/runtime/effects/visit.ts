import { endVisitDialog } from '../../../visits/end-dialog';
import { offerOtherTimes } from '../../../visits/unfilled-notice';
import type { Effect } from '../../types';
import type { ChangeRecord, EngineRuntime } from '../types';

type Visit = Extract<Effect, { type: 'visit' }>;

/** A client's visit dialog ended: book, move or call off what it agreed, or hand it over. */
export function runVisit(
  runtime: EngineRuntime,
  record: ChangeRecord,
  effect: Visit,
): Promise<void> {
  return endVisitDialog(runtime, record, effect);
}

/** A visit nobody has taken by its notice time: other times for the client, a word to the coordinator. */
export function runVisitUnfilled(
  runtime: EngineRuntime,
  effect: Extract<Effect, { type: 'visitUnfilled' }>,
): Promise<void> {
  return offerOtherTimes(runtime, effect);
}
