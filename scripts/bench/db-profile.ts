import type { mongo } from 'mongoose';
import { onFinishedCommand } from '../../src/db/command-monitor';

/**
 * Tallies the commands a MongoClient sends: count and total milliseconds per "command
 * collection", to see where a run waits on the database.
 */
export function watchCommands(client: mongo.MongoClient) {
  const tally = new Map<string, { count: number; totalMs: number; failed: number }>();
  onFinishedCommand(client, ({ name, collection, durationMs, failed }) => {
    const key = collection ? `${name} ${collection}` : name;
    const entry = tally.get(key) ?? { count: 0, totalMs: 0, failed: 0 };
    entry.count += 1;
    entry.totalMs += durationMs;
    if (failed) entry.failed += 1;
    tally.set(key, entry);
  });
  return {
    /** Every command kind, most time first: the counts sum to every command sent. */
    all() {
      return [...tally.entries()]
        .sort((a, b) => b[1].totalMs - a[1].totalMs)
        .map(([command, t]) => ({
          command,
          count: t.count,
          totalMs: Math.round(t.totalMs),
          meanMs: Math.round((t.totalMs / t.count) * 10) / 10,
          ...(t.failed > 0 && { failed: t.failed }),
        }));
    },
  };
}

/** The whole profile's count and time, printed beside it. */
export function totalOf(profile: { count: number; totalMs: number }[]) {
  return {
    commands: profile.reduce((sum, p) => sum + p.count, 0),
    totalMs: profile.reduce((sum, p) => sum + p.totalMs, 0),
  };
}
