/**
 * A small in-process cache of documents by _id, with secondary keys (a phone number, an SMS
 * number) that point at an _id. What invalidation rests on:
 *  - forget(id) / forgetAll() are called after every write (directory-invalidation.ts);
 *  - a read that was in flight while its key was forgotten is not kept (the generation check),
 *    so a late answer cannot put back what a write made stale;
 *  - entries also age out after `maxAgeMs`, a net under anything a hook could miss;
 *  - absences are never cached: a new document is found on its first lookup.
 */
export class CachedLookups<Doc extends { _id: { toString(): string } }> {
  private readonly byId = new Map<string, { doc: Doc; at: number }>();
  private readonly keys = new Map<string, string>();
  private generation = 0;
  private readonly forgottenAt = new Map<string, number>();
  private everythingForgottenAt = 0;

  constructor(
    private readonly options: {
      maxEntries: number;
      maxAgeMs: number;
      /** The secondary keys a document is found by, e.g. ['phone:+1555…']. */
      keysOf: (doc: Doc) => string[];
    },
  ) {}

  /** The document with this _id, loading it when absent or aged. */
  async get(id: string, load: () => Promise<Doc | null>): Promise<Doc | null> {
    const hit = this.fresh(id);
    if (hit) return hit;
    return this.remember(id, load);
  }

  /** The document a secondary key points at, loading it when unknown. */
  async getBy(key: string, load: () => Promise<Doc | null>): Promise<Doc | null> {
    const id = this.keys.get(key);
    const hit = id === undefined ? undefined : this.fresh(id);
    if (hit && this.options.keysOf(hit).includes(key)) return hit;
    return this.remember(key, load);
  }

  /**
   * Makes sure every document of `ids` is held, loading the missing ones together (one query
   * for a fan-out to thousands instead of one each).
   */
  async warm(ids: string[], loadMany: (ids: string[]) => Promise<Doc[]>): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.fresh(id));
    if (missing.length > 0) await this.keepAll(() => loadMany(missing));
  }

  /** Runs a query of whole documents and holds what it found, as get() would. */
  async keepAll(load: () => Promise<Doc[]>): Promise<Doc[]> {
    const startedAt = this.generation;
    const docs = await load();
    for (const doc of docs) this.keep(doc, doc._id.toString(), startedAt);
    return docs;
  }

  forget(id: string): void {
    this.generation += 1;
    this.forgottenAt.set(id, this.generation);
    const entry = this.byId.get(id);
    this.byId.delete(id);
    if (entry) for (const key of this.options.keysOf(entry.doc)) this.keys.delete(key);
    if (this.forgottenAt.size > this.options.maxEntries) this.forgetAll();
  }

  forgetAll(): void {
    this.generation += 1;
    this.forgottenAt.clear();
    this.everythingForgottenAt = this.generation;
    this.byId.clear();
    this.keys.clear();
  }

  private fresh(id: string): Doc | undefined {
    const entry = this.byId.get(id);
    if (!entry) return undefined;
    if (performance.now() - entry.at > this.options.maxAgeMs) {
      this.forget(id);
      return undefined;
    }
    return entry.doc;
  }

  private async remember(lookup: string, load: () => Promise<Doc | null>): Promise<Doc | null> {
    const startedAt = this.generation;
    const doc = await load();
    if (doc) this.keep(doc, lookup, startedAt);
    return doc;
  }

  /** Holds a document read since `startedAt`, unless a write forgot it meanwhile. */
  private keep(doc: Doc, lookup: string, startedAt: number): void {
    const id = doc._id.toString();
    const stale =
      this.everythingForgottenAt > startedAt ||
      (this.forgottenAt.get(id) ?? 0) > startedAt ||
      (this.forgottenAt.get(lookup) ?? 0) > startedAt;
    if (stale) return;
    if (this.byId.size >= this.options.maxEntries) this.forgetAll();
    this.byId.set(id, { doc, at: performance.now() });
    for (const key of this.options.keysOf(doc)) this.keys.set(key, id);
  }
}
