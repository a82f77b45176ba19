/** One scheduled entry: fires at sim time `t`; `seq` breaks ties in scheduling order. */
export interface QueueEntry<J> {
  readonly t: number;
  readonly seq: number;
  readonly job: J;
}

/**
 * The discrete-event queue: a binary min-heap ordered by `(t, seq)`, so entries due at the
 * same instant fire in the order they were scheduled, on every machine. Jobs are plain data
 * (no closures), so the queue snapshots as JSON.
 */
export class EventQueue<J> {
  private heap: QueueEntry<J>[] = [];
  private nextSeq = 0;

  /** Number of pending entries. */
  get size(): number {
    return this.heap.length;
  }

  /** Time of the earliest entry, or +Infinity when empty. */
  peekTime(): number {
    const top = this.heap[0];
    return top === undefined ? Number.POSITIVE_INFINITY : top.t;
  }

  /** Schedules `job` at sim time `t` (an integer number of ms). */
  push(t: number, job: J): void {
    const entry: QueueEntry<J> = { t, seq: this.nextSeq++, job };
    const h = this.heap;
    let i = h.length;
    h.push(entry);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = h[p] as QueueEntry<J>;
      if (!before(entry, parent)) break;
      h[i] = parent;
      i = p;
    }
    h[i] = entry;
  }

  /** Removes and returns the earliest entry. */
  pop(): QueueEntry<J> | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    const n = h.length;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && before(h[r] as QueueEntry<J>, h[l] as QueueEntry<J>)) c = r;
      const child = h[c] as QueueEntry<J>;
      if (!before(child, last)) break;
      h[i] = child;
      i = c;
    }
    h[i] = last;
    return top;
  }

  /** All pending entries in firing order, plus the next sequence number (for snapshots). */
  snapshot(): { entries: QueueEntry<J>[]; nextSeq: number } {
    const entries = [...this.heap].sort((a, b) => a.t - b.t || a.seq - b.seq);
    return { entries, nextSeq: this.nextSeq };
  }

  /** Rebuilds a queue from a snapshot; firing order is the same as the original's. */
  static restore<J>(saved: { entries: readonly QueueEntry<J>[]; nextSeq: number }): EventQueue<J> {
    const q = new EventQueue<J>();
    q.heap = [...saved.entries].sort((a, b) => a.t - b.t || a.seq - b.seq);
    q.nextSeq = saved.nextSeq;
    return q;
  }
}

function before<J>(a: QueueEntry<J>, b: QueueEntry<J>): boolean {
  return a.t < b.t || (a.t === b.t && a.seq < b.seq);
}
