import type { Models } from '../../src/models';

/**
 * How each timer ended ('fired', 'cancelled', or 'pending' with none), and whether its event
 * moved its entity: 'handled' when a change record was caused by it.
 */
export async function timerOutcomes(
  models: Models,
  timerIds: string[],
): Promise<Map<string, { state: string; outcome: 'handled' | 'not handled' }>> {
  const [ends, changes] = await Promise.all([
    models.TimerEnd.find({ _id: { $in: timerIds } }).lean(),
    models.ChangeRecord.find(
      { 'cause.kind': 'timer', 'cause.ref': { $in: timerIds } },
      { cause: 1 },
    ).lean(),
  ]);
  const state = new Map(ends.map((e) => [e._id, e.state]));
  const handled = new Set(changes.map((c) => c.cause.ref));
  return new Map(
    timerIds.map((id) => [
      id,
      { state: state.get(id) ?? 'pending', outcome: handled.has(id) ? 'handled' : 'not handled' },
    ]),
  );
}
