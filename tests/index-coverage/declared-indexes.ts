import mongoose from 'mongoose';
import { CONDITIONAL_INDEXES, registerModels } from '../../src/models';
import type { IndexSpec } from './index-serves';

const keysOf = (fields: Record<string, unknown>) =>
  Object.entries(fields).map(([field, direction]): [string, 1 | -1] => [
    field,
    direction === -1 ? -1 : 1,
  ]);

/**
 * The indexes the models declare, by collection: what ensureIndexes creates on MongoDB, read
 * from the schemas without a server. Conditional ones (TTL, partial) count: production has them.
 */
export function declaredIndexes(): Map<string, IndexSpec[]> {
  const connection = mongoose.createConnection();
  const byCollection = new Map<string, IndexSpec[]>();
  const add = (collection: string, index: IndexSpec) =>
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), index]);
  for (const model of Object.values(registerModels(connection))) {
    for (const [fields, options] of model.schema.indexes()) {
      const { sparse, unique } = options as { sparse?: boolean; unique?: boolean };
      add(model.collection.collectionName, {
        keys: keysOf(fields),
        sparse: Boolean(sparse),
        unique: Boolean(unique),
      });
    }
  }
  for (const index of CONDITIONAL_INDEXES) {
    add(index.collection, {
      keys: keysOf(index.fields),
      sparse: Boolean(index.options.sparse),
      unique: Boolean(index.options.unique),
    });
  }
  return byCollection;
}
