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
 * then the conditional ones the server supports. Creating an existing index is a no-op on
 * MongoDB and FerretDB alike. Runs at deploy (`npm run indexes`, src/create-indexes.ts), and at
 * start where CREATE_INDEXES_AT_START says so (the default outside production).
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

/**
 * The indexes the models declare, and the conditional ones the server supports, that the
 * database does not have yet, as "collection {keys}". Empty when every one is there.
 */
export async function missingIndexes(
  connection: Connection,
  capabilities: ServerCapabilities,
  conditional: ConditionalIndex[],
): Promise<string[]> {
  const wanted = [
    ...Object.values(connection.models).flatMap((model) =>
      model.schema
        .indexes()
        .map(([fields]) => ({ collection: model.collection.collectionName, fields })),
    ),
    ...conditional.filter((index) => capabilities[index.needs]),
  ];
  const present = new Map<string, Set<string>>();
  const keysIn = async (collection: string) => {
    if (!present.has(collection)) {
      const indexes = await connection
        .db!.collection(collection)
        .indexes()
        // A collection that does not exist yet has no indexes.
        .catch(() => []);
      present.set(collection, new Set(indexes.map((index) => JSON.stringify(index.key))));
    }
    return present.get(collection)!;
  };
  const missing: string[] = [];
  for (const { collection, fields } of wanted) {
    if (!(await keysIn(collection)).has(JSON.stringify(fields)))
      missing.push(`${collection} ${JSON.stringify(fields)}`);
  }
  return missing;
}
