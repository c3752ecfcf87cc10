import type { mongo } from 'mongoose';
import { onFinishedCommand } from '../db/command-monitor';
import type { Metrics } from './metrics';

/** Times every database command the client sends, by collection and command. */
export function observeDbCommands(client: mongo.MongoClient, metrics: Metrics): void {
  onFinishedCommand(client, ({ name, collection, durationMs, failed }) =>
    metrics.dbCommandDuration
      .labels(collection ?? '', name, failed ? 'failed' : 'ok')
      .observe(durationMs / 1000),
  );
}
