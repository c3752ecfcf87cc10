import type { Model } from 'mongoose';
import { GroupCommit, type Pending } from './group-commit';

type Doc = Record<string, unknown>;
type AnyModel = Model<Doc>;

/** One document's failure inside a batch, shaped like the error a lone insert would throw. */
interface WriteErrorLike {
  index: number;
  code?: number;
  errmsg?: string;
  err?: { code?: number; errmsg?: string };
}

const inserters = new WeakMap<AnyModel, GroupCommit<Doc, Doc>>();

/**
 * Facts written where nobody waits for them to answer a person: a status callback's event,
 * what became of a send, of a text received. Their inserts linger a little to share commands.
 */
const LINGER_MS: Record<string, number> = {
  MessageStatusEvent: 25,
  SendOutcome: 25,
  InboundMessage: 25,
};
const deleters = new WeakMap<AnyModel, Map<string, GroupCommit<unknown, void>>>();

/**
 * Inserts one document through its collection's group commit (src/db/group-commit.ts): the hot
 * paths' way to insert, so concurrent jobs share insert commands. The document is cast and
 * validated as create() would, and resolves as stored (with its _id and defaults); a duplicate
 * key rejects this caller alone, as an unordered insert applies each document on its own, so
 * every "only one wins" rule still rests on the unique indexes.
 */
export function insertOne<T>(model: Model<T>, doc: Doc): Promise<Doc> {
  const key = model as unknown as AnyModel;
  let inserter = inserters.get(key);
  if (!inserter) {
    inserter = new GroupCommit((batch) => insertBatch(key, batch), LINGER_MS[key.modelName]);
    inserters.set(key, inserter);
  }
  return inserter.submit(doc);
}

/** Deletes the documents whose `field` is `value`, sharing deleteMany commands with other callers. */
export function deleteWhere<T>(model: Model<T>, field: string, value: unknown): Promise<void> {
  const key = model as unknown as AnyModel;
  let byField = deleters.get(key);
  if (!byField) deleters.set(key, (byField = new Map()));
  let deleter = byField.get(field);
  if (!deleter) {
    deleter = new GroupCommit<unknown, void>(async (batch) => {
      await key.collection.deleteMany({ [field]: { $in: batch.map((p) => p.item) } });
      for (const pending of batch) pending.resolve();
    });
    byField.set(field, deleter);
  }
  return deleter.submit(value);
}

async function insertBatch(model: AnyModel, batch: Pending<Doc, Doc>[]): Promise<void> {
  const docs: Doc[] = [];
  const valid: Pending<Doc, Doc>[] = [];
  const built = batch.map((pending) => new model(pending.item));
  const checks = await Promise.allSettled(built.map((doc) => doc.validate()));
  checks.forEach((check, index) => {
    const pending = batch[index]!;
    if (check.status === 'rejected') pending.reject(check.reason);
    else {
      docs.push(built[index]!.toObject({ depopulate: true }) as Doc);
      valid.push(pending);
    }
  });
  if (docs.length === 0) return;
  try {
    await model.collection.insertMany(docs, { ordered: false });
    valid.forEach((pending, index) => pending.resolve(docs[index]!));
  } catch (error) {
    const failed = writeErrorsOf(error);
    // Each document is its own failure or success only when the server accounts for all of them;
    // otherwise (a write concern error, a connection lost mid-command) none is known stored.
    if (!failed || insertedCountOf(error) + failed.size !== docs.length) throw error;
    valid.forEach((pending, index) => {
      const own = failed.get(index);
      if (own) pending.reject(own);
      else pending.resolve(docs[index]!);
    });
  }
}

/** How many documents a failed insertMany stored, by the driver's count; 0 when it has none. */
function insertedCountOf(error: unknown): number {
  const result = (error as { result?: { insertedCount?: unknown } }).result;
  return typeof result?.insertedCount === 'number' ? result.insertedCount : 0;
}

/** Per-document errors of an unordered insertMany, as errors of their own; undefined: not that. */
function writeErrorsOf(error: unknown): Map<number, Error & { code?: number }> | undefined {
  const writeErrors = (error as { writeErrors?: WriteErrorLike[] | WriteErrorLike }).writeErrors;
  if (!writeErrors) return undefined;
  const list = Array.isArray(writeErrors) ? writeErrors : [writeErrors];
  return new Map(
    list.map((w) => {
      const code = w.code ?? w.err?.code;
      const own = Object.assign(new Error(w.errmsg ?? w.err?.errmsg ?? 'insert failed'), { code });
      return [w.index, own];
    }),
  );
}
