/** An item waiting to be committed with its group, and its caller's promise. */
interface Pending<T> {
  readonly item: T;
  readonly resolve: () => void;
  readonly reject: (e: unknown) => void;
}

/**
 * Group commit for a writer that does one thing at a time. The items added within one turn
 * of the event loop (one append per team on a tick of the drill) are handed to `commit`
 * together, in the order they came; when a group fails, its items are committed again one
 * at a time, so a bad one fails only its own caller. {@link exclusive} runs other work on
 * the writer in the same queue.
 */
export class GroupCommit<T> {
  private lock: Promise<unknown> = Promise.resolve();
  /** The group still taking items (until its turn comes or exclusive work is queued). */
  private open: Pending<T>[] | undefined;

  /** @param commit stores a group of items, all or none */
  constructor(private readonly commit: (items: readonly T[]) => Promise<void>) {}

  /** Queues `item` with this turn's group; settles when it is stored or has failed. */
  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let group = this.open;
      if (!group) {
        const g: Pending<T>[] = [];
        void this.queue(async () => {
          // one turn of the loop: the items added by this turn's other callbacks join
          await new Promise<void>((r) => setImmediate(r));
          if (this.open === g) this.open = undefined;
          await this.drain(g);
        });
        this.open = group = g;
      }
      group.push({ item, resolve, reject });
    });
  }

  /** Runs `fn` alone, after all work queued before it; items added later form a new group. */
  exclusive<R>(fn: () => Promise<R>): Promise<R> {
    this.open = undefined;
    return this.queue(fn);
  }

  private queue<R>(fn: () => Promise<R>): Promise<R> {
    const run = this.lock.then(fn, fn);
    this.lock = run.catch(() => undefined);
    return run;
  }

  private async drain(group: readonly Pending<T>[]): Promise<void> {
    try {
      await this.commit(group.map((p) => p.item));
      for (const p of group) p.resolve();
      return;
    } catch (e) {
      if (group.length === 1) {
        group[0]!.reject(e);
        return;
      }
    }
    for (const p of group) {
      try {
        await this.commit([p.item]);
        p.resolve();
      } catch (e) {
        p.reject(e);
      }
    }
  }
}
