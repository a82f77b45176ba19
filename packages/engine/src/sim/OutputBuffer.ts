import type { WorldOutput } from './WorldOutput.js';

/** One rendered output waiting for its time. */
export interface Pending {
  readonly t: number;
  readonly seq: number;
  readonly item: WorldOutput;
  /** Host whose activity produced it (-1: none), so isolation can withdraw it. */
  readonly src: number;
  /** Destination domain of a network record ('' when none), so a block can withdraw it. */
  readonly dom: string;
  /** Destination IP of a network record ('' when none). */
  readonly dip: string;
}

/**
 * Outputs already rendered but not yet due, as a min-heap on `(t, seq)`. A job firing at
 * time T renders records at T or a little later (a DNS answer, then the connection); they
 * wait here until no earlier record can still be produced.
 */
export class OutputBuffer {
  private heap: Pending[] = [];
  private nextSeq = 0;

  /** Number of outputs waiting. */
  get size(): number {
    return this.heap.length;
  }

  /** Time of the earliest waiting output, or +Infinity. */
  peekTime(): number {
    return this.heap[0]?.t ?? Number.POSITIVE_INFINITY;
  }

  /** Adds an output due at `t`. */
  push(t: number, item: WorldOutput, src: number, dom: string, dip: string): void {
    const p: Pending = { t, seq: this.nextSeq++, item, src, dom, dip };
    const h = this.heap;
    let i = h.length;
    h.push(p);
    while (i > 0) {
      const up = (i - 1) >> 1;
      const parent = h[up] as Pending;
      if (parent.t < t || (parent.t === t && parent.seq < p.seq)) break;
      h[i] = parent;
      i = up;
    }
    h[i] = p;
  }

  /** Removes and returns the earliest output. */
  pop(): Pending | undefined {
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
      if (r < n && earlier(h[r] as Pending, h[l] as Pending)) c = r;
      const child = h[c] as Pending;
      if (!earlier(child, last)) break;
      h[i] = child;
      i = c;
    }
    h[i] = last;
    return top;
  }

  /** Drops waiting outputs after `t` that match (a containment withdrew them). */
  withdraw(t: number, matches: (p: Pending) => boolean): number {
    const keep = this.heap.filter((p) => p.t <= t || !matches(p));
    const dropped = this.heap.length - keep.length;
    if (dropped > 0) {
      this.heap = keep.sort((a, b) => a.t - b.t || a.seq - b.seq);
    }
    return dropped;
  }

  /** Waiting outputs in order, plus the next sequence number (for snapshots). */
  snapshot(): { pending: Pending[]; nextSeq: number } {
    return {
      pending: [...this.heap].sort((a, b) => a.t - b.t || a.seq - b.seq),
      nextSeq: this.nextSeq,
    };
  }

  /** Rebuilds a buffer from a snapshot. */
  static restore(saved: { pending: readonly Pending[]; nextSeq: number }): OutputBuffer {
    const b = new OutputBuffer();
    b.heap = [...saved.pending].sort((a, b2) => a.t - b2.t || a.seq - b2.seq);
    b.nextSeq = saved.nextSeq;
    return b;
  }
}

function earlier(a: Pending, b: Pending): boolean {
  return a.t < b.t || (a.t === b.t && a.seq < b.seq);
}
