import type { Connection, Query, Schema } from 'mongoose';

/** What changed: a document of a kind, or (id undefined) any number of them. */
export type WriteNotice = (kind: string, id: string | undefined) => void;

const listeners = new WeakMap<Connection, Set<WriteNotice>>();

/** Hears every write made through mongoose on this connection to a schema that announces them. */
export function onWrites(connection: Connection, listener: WriteNotice): () => void {
  let set = listeners.get(connection);
  if (!set) listeners.set(connection, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

function tell(connection: Connection | undefined, kind: string, id: string | undefined): void {
  if (!connection) return;
  for (const listener of listeners.get(connection) ?? []) listener(kind, id);
}

const QUERY_WRITES: Array<
  | 'updateOne'
  | 'updateMany'
  | 'findOneAndUpdate'
  | 'replaceOne'
  | 'deleteOne'
  | 'deleteMany'
  | 'findOneAndDelete'
  | 'findOneAndReplace'
> = [
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndDelete',
  'findOneAndReplace',
];

/** The one document a write's filter names by _id, if it names exactly one. */
function idOfFilter(filter: Record<string, unknown>): string | undefined {
  const id = filter._id;
  if (typeof id === 'string') return id;
  if (id && typeof id === 'object' && 'toHexString' in id) return String(id);
  return undefined;
}

/**
 * Makes every mongoose write to documents of this schema announce itself after it is done, so
 * caches of them (src/directory) forget what changed: by _id where the write names one, else all.
 */
export function announceWrites(schema: Schema, kind: string): void {
  schema.post(
    QUERY_WRITES,
    { document: false, query: true },
    function (this: Query<unknown, unknown>) {
      tell(this.model.db, kind, idOfFilter(this.getFilter()));
    },
  );
  schema.post(['save', 'deleteOne', 'updateOne'], { document: true, query: false }, function (doc) {
    const document = doc as { _id?: unknown; db?: Connection };
    tell(document.db, kind, document._id === undefined ? undefined : String(document._id));
  });
  schema.post('bulkWrite', function () {
    tell((this as unknown as { db?: Connection }).db, kind, undefined);
  });
}
