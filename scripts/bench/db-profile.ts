import type { CommandFailedEvent, CommandStartedEvent, CommandSucceededEvent } from 'mongodb';

interface Watchable {
  on(event: 'commandStarted', listener: (e: CommandStartedEvent) => void): unknown;
  on(event: 'commandSucceeded', listener: (e: CommandSucceededEvent) => void): unknown;
  on(event: 'commandFailed', listener: (e: CommandFailedEvent) => void): unknown;
}

/**
 * Tallies the commands a MongoClient (opened with monitorCommands) sends: count and total
 * milliseconds per "command collection", to see where a run waits on the database.
 */
export function watchCommands(client: Watchable) {
  const names = new Map<number, string>();
  const tally = new Map<string, { count: number; totalMs: number; failed: number }>();
  client.on('commandStarted', (e) => {
    const target = e.command[e.commandName] as unknown;
    names.set(e.requestId, `${e.commandName} ${typeof target === 'string' ? target : ''}`.trim());
  });
  const done = (e: CommandSucceededEvent | CommandFailedEvent, failed: boolean) => {
    const name = names.get(e.requestId) ?? e.commandName;
    names.delete(e.requestId);
    const entry = tally.get(name) ?? { count: 0, totalMs: 0, failed: 0 };
    entry.count += 1;
    entry.totalMs += e.duration;
    if (failed) entry.failed += 1;
    tally.set(name, entry);
  };
  client.on('commandSucceeded', (e) => done(e, false));
  client.on('commandFailed', (e) => done(e, true));
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
