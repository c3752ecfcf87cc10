import { endVisitDialog } from '../../../visits/end-dialog';
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
