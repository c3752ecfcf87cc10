import type { mongo } from 'mongoose';

/** One database command the driver sent and got an answer (or an error) for. */
export interface FinishedCommand {
  /** find, update, aggregate, insert, … */
  name: string;
  /** The collection it targets, when it names one. */
  collection: string | undefined;
  durationMs: number;
  failed: boolean;
  /** The command document as sent (filter, sort, updates…). */
  command: mongo.Document;
}

/**
 * Calls `listener` for every command the client finishes: the driver's command monitoring,
 * which reports only on a client opened with `monitorCommands: true` (connectMongo does).
 * Returns a function that stops listening.
 */
export function onFinishedCommand(
  client: mongo.MongoClient,
  listener: (finished: FinishedCommand) => void,
): () => void {
  // The driver numbers requests across the process, so the id pairs start and end.
  const started = new Map<number, mongo.CommandStartedEvent>();
  const onStarted = (e: mongo.CommandStartedEvent) => started.set(e.requestId, e);
  const finish = (e: mongo.CommandSucceededEvent | mongo.CommandFailedEvent, failed: boolean) => {
    const start = started.get(e.requestId);
    started.delete(e.requestId);
    if (!start) return;
    const target = start.command[start.commandName] as unknown;
    listener({
      name: start.commandName,
      collection: typeof target === 'string' ? target : undefined,
      durationMs: e.duration,
      failed,
      command: start.command,
    });
  };
  const onSucceeded = (e: mongo.CommandSucceededEvent) => finish(e, false);
  const onFailed = (e: mongo.CommandFailedEvent) => finish(e, true);
  client.on('commandStarted', onStarted);
  client.on('commandSucceeded', onSucceeded);
  client.on('commandFailed', onFailed);
  return () => {
    client.off('commandStarted', onStarted);
    client.off('commandSucceeded', onSucceeded);
    client.off('commandFailed', onFailed);
  };
}
