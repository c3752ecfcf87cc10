import type { Connection } from 'mongoose';
import type { ConditionalIndex } from '../db/indexes';

/** Registers every model on the connection; ensureIndexes() then creates their indexes. */
export function registerModels(_connection: Connection): void {}

/** Indexes only some servers support, each with the fallback used where they don't. */
export const CONDITIONAL_INDEXES: ConditionalIndex[] = [];
