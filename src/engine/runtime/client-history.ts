import type { RankingContext } from '../../domain/ranking-types';
import type { Shift } from '../../models/shift';
import type { EngineRuntime } from './types';

export type LastWorker = NonNullable<RankingContext['client']['lastWorker']>;

/** Earlier shifts of the client looked at, newest first, to find the last one that was done. */
const LOOKBACK_SHIFTS = 20;

/**
 * Who did the client's last visit before this shift, and whether it went well: the worker of the
 * newest earlier shift (same organisation, starting before this one) whose hours were confirmed
 * or disputed. `liked` when the hours were confirmed and that worker has no dispute and no
 * no-show on it. A disputed last visit means no one is preferred, not the visit before it.
 * A visit moved to a new time names its worker (`preferredWorker`), who is preferred instead.
 */
export async function lastWorkerFor(
  runtime: EngineRuntime,
  shift: Shift,
): Promise<LastWorker | undefined> {
  if (!shift.client) return undefined;
  // A moved visit goes first to the worker who had taken it.
  if (shift.preferredWorker) return { personId: shift.preferredWorker.toString(), liked: true };
  const { Shift: Shifts, WorkRecord } = runtime.models;
  const earlier = await Shifts.find(
    {
      organisation: shift.organisation,
      client: shift.client,
      start: { $lt: shift.start },
      _id: { $ne: shift._id },
    },
    { _id: 1 },
  )
    .sort({ start: -1, _id: -1 })
    .limit(LOOKBACK_SHIFTS)
    .lean();
  if (earlier.length === 0) return undefined;
  const records = await WorkRecord.find(
    {
      shift: { $in: earlier.map((s) => s._id) },
      kind: { $in: ['hours_confirmed', 'dispute', 'no_show'] },
    },
    { shift: 1, person: 1, kind: 1 },
  )
    .sort({ _id: 1 })
    .lean();
  for (const visit of earlier) {
    const facts = records.flatMap((r) =>
      r.person && r.shift?.equals(visit._id)
        ? [{ personId: r.person.toString(), kind: r.kind }]
        : [],
    );
    const done = facts.filter((f) => f.kind === 'hours_confirmed' || f.kind === 'dispute');
    const [first] = done;
    if (!first) continue;
    const wentWell = (personId: string) => {
      const kinds = facts.filter((f) => f.personId === personId).map((f) => f.kind);
      return (
        kinds.includes('hours_confirmed') &&
        !kinds.includes('dispute') &&
        !kinds.includes('no_show')
      );
    };
    const liked = done.find((f) => wentWell(f.personId));
    return { personId: (liked ?? first).personId, liked: liked !== undefined };
  }
  return undefined;
}
