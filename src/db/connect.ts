import mongoose, { type Connection } from 'mongoose';
import type { Logger } from '../log';
import { StartupError } from '../startup-error';

/** mongodb://user:secret@host/db → mongodb://user:***@host/db */
export function safeMongoUri(uri: string): string {
  return uri.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/**
 * Opens a mongoose connection, retrying while the server comes up (a container starting
 * beside us), then fails with one StartupError that names the server and the reason.
 */
export async function connectMongo(
  uri: string,
  log: Logger,
  { attempts = 5, delayMs = 1_000, serverSelectionTimeoutMS = 3_000 } = {},
): Promise<Connection> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const connection = mongoose.createConnection(uri, {
      serverSelectionTimeoutMS,
      autoIndex: false,
      autoCreate: false,
      // Per-command timings for /metrics (src/metrics/db-commands.ts) and the benchmarks.
      monitorCommands: true,
    });
    try {
      await connection.asPromise();
      log.info({ server: safeMongoUri(uri), attempt }, 'mongodb connected');
      return connection;
    } catch (error) {
      lastError = error;
      await connection.close().catch(() => undefined);
      log.warn(
        { server: safeMongoUri(uri), attempt, attempts, err: (error as Error).message },
        'mongodb not reachable yet',
      );
      if (attempt < attempts)
        await new Promise((resolve) => setTimeout(resolve, delayMs * attempt));
    }
  }
  throw new StartupError(
    `MongoDB is not reachable at ${safeMongoUri(uri)} after ${attempts} attempts: ${(lastError as Error).message}`,
    { cause: lastError },
  );
}
