import type { Model } from 'mongoose';

/** More than this waits for the next batch: one insert command stays a bounded size. */
const MAX_BATCH = 500;
/** Batches in flight at once per collection: while they run, new documents gather for the next. */
const MAX_IN_FLIGHT = 2;

type Doc = Record<string, unknown>;

interface Waiting {
  doc: Doc;
  resolve: (inserted: Doc) => void;
  reject: (error: unknown) => void;
}

/** One document's failure inside a batch, shaped like the error a lone insert would throw. */
interface WriteErrorLike {
  index: number;
  code?: number;
  errmsg?: string;
  err?: { code?: number; errmsg?: string };
}

/**
 * Group commit for inserts: each caller inserts one document and learns its own outcome (a
 * duplicate key error is thrown to that caller alone), but documents arriving while earlier
 * batches are in flight go to the server together as one unordered insertMany. Under a burst
 * (200 YES in a second, 10,000 reminders in a minute) that is one command for many documents;
 * alone, a document goes at once. Every "only one wins" rule still rests on the unique indexes:
 * an unordered insert applies each document on its own.
 */
export class InsertBatcher<T> {
  private waiting: Waiting[] = [];
  private inFlight = 0;

  constructor(private readonly model: Model<T>) {}

  /**
   * Inserts one document, cast and validated as create() would, and answers it as stored (with
   * its _id and defaults); rejects as create() would.
   */
  insert(doc: Doc): Promise<Doc> {
    return new Promise<Doc>((resolve, reject) => {
      this.waiting.push({ doc, resolve, reject });
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      this.inFlight += 1;
      void this.send(batch).finally(() => {
        this.inFlight -= 1;
        this.flush();
      });
    }
  }

  private async send(batch: Waiting[]): Promise<void> {
    const docs: Doc[] = [];
    const valid: Waiting[] = [];
    const built = batch.map((item) => new this.model(item.doc));
    const checks = await Promise.allSettled(built.map((doc) => doc.validate()));
    checks.forEach((check, index) => {
      const item = batch[index]!;
      if (check.status === 'rejected') item.reject(check.reason);
      else {
        docs.push(built[index]!.toObject({ depopulate: true }) as Doc);
        valid.push(item);
      }
    });
    if (docs.length === 0) return;
    try {
      await this.model.collection.insertMany(docs, { ordered: false });
      valid.forEach((item, index) => item.resolve(docs[index]!));
    } catch (error) {
      const failed = writeErrorsOf(error);
      if (!failed) {
        for (const item of valid) item.reject(error);
        return;
      }
      valid.forEach((item, index) => {
        const own = failed.get(index);
        if (own) item.reject(own);
        else item.resolve(docs[index]!);
      });
    }
  }
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

const batchers = new WeakMap<Model<never>, InsertBatcher<never>>();

/**
 * Inserts one document through its collection's group commit: the hot paths' way to insert, so
 * concurrent jobs share insert commands. Resolves to the stored document.
 */
export function insertOne<T>(model: Model<T>, doc: Doc): Promise<Doc> {
  const key = model as unknown as Model<never>;
  let batcher = batchers.get(key);
  if (!batcher) batchers.set(key, (batcher = new InsertBatcher(key)));
  return batcher.insert(doc);
}
