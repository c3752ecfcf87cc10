/** More than this waits for the next batch: one command stays a bounded size. */
const MAX_BATCH = 500;
/** Batches in flight at once: while they run, new items gather for the next. */
const MAX_IN_FLIGHT = 2;

export interface Pending<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: callers submit one item each and wait for their own result, but items that
 * arrive while earlier batches are in flight are written together by one command. Under a
 * burst that is one command for many items; alone, an item goes at once. `write` settles every
 * item of its batch.
 */
export class GroupCommit<Item, Result> {
  private waiting: Pending<Item, Result>[] = [];
  private inFlight = 0;
  private lingering: NodeJS.Timeout | undefined;

  /**
   * `lingerMs`: for writes nobody waits on (a status callback's event), how long the first of a
   * batch may wait for others before it goes: fewer commands for a little latency.
   */
  constructor(
    private readonly write: (batch: Pending<Item, Result>[]) => Promise<void>,
    private readonly lingerMs = 0,
  ) {}

  submit(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.lingerMs === 0 || this.waiting.length >= MAX_BATCH) this.flush();
      else
        this.lingering ??= setTimeout(() => {
          this.lingering = undefined;
          this.flush();
        }, this.lingerMs);
    });
  }

  private flush(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      this.inFlight += 1;
      void this.write(batch)
        .catch((error: unknown) => {
          for (const pending of batch) pending.reject(error);
        })
        .finally(() => {
          this.inFlight -= 1;
          this.flush();
        });
    }
  }
}
