import type { Connection, mongo } from 'mongoose';
import type { Logger } from '../log';
import type { ServerCapabilities } from './capabilities';

/**
 * An index that only some servers support (TTL, partial). Where the server lacks it the index
 * is not created, a warning says so, and the fallback named here does the work instead.
 */
export interface ConditionalIndex {
  collection: string;
  fields: Record<string, 1 | -1>;
  options: mongo.CreateIndexesOptions;
  needs: 'ttlIndexes' | 'partialIndexes';
  fallback: string;
}

/**
 * Creates every model's schema indexes (unique ones are what "only one may win" rests on),
 * then the conditional ones the server supports. Runs at start; creating an existing index
 * is a no-op on MongoDB and FerretDB alike.
 */
export async function ensureIndexes(
  connection: Connection,
  capabilities: ServerCapabilities,
  conditional: ConditionalIndex[],
  log: Logger,
): Promise<void> {
  for (const model of Object.values(connection.models)) {
    await model.createCollection().catch((error: { codeName?: string }) => {
      if (error.codeName !== 'NamespaceExists') throw error;
    });
    await model.createIndexes();
  }
  for (const index of conditional) {
    if (!capabilities[index.needs]) {
      log.warn(
        {
          collection: index.collection,
          fields: index.fields,
          server: capabilities.server,
          fallback: index.fallback,
        },
        `index skipped: ${capabilities.server} has no ${index.needs === 'ttlIndexes' ? 'TTL' : 'partial'} indexes`,
      );
      continue;
    }
    await connection.db!.collection(index.collection).createIndex(index.fields, index.options);
  }
}
