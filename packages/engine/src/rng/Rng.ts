import { hex8 } from './hashString.js';

/** The four 32-bit words of a generator's state, as stored in snapshots. */
export type RngState = [number, number, number, number];

/**
 * One seeded random stream (sfc32: small, fast, 128-bit state, passes PractRand). Its
 * state is four integers, so it snapshots as plain JSON. Never shared between behaviours:
 * each behaviour draws from its own named stream (see {@link RngStreams}).
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(state: RngState) {
    this.a = state[0] >>> 0;
    this.b = state[1] >>> 0;
    this.c = state[2] >>> 0;
    this.d = state[3] >>> 0;
  }

  /** Seeds a stream from a 32-bit key and mixes it in (the first draws are discarded). */
  static fromKey(key: number, salt: number): Rng {
    const r = new Rng([salt, key, key ^ 0xdeadbeef, 1]);
    for (let i = 0; i < 12; i++) r.u32();
    return r;
  }

  /** The current state (a copy). */
  state(): RngState {
    return [this.a, this.b, this.c, this.d];
  }

  /** A uniform unsigned 32-bit integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A uniform float in [0, 1). */
  float(): number {
    return this.u32() / 4294967296;
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** A uniform integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** A uniformly chosen element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)] as T;
  }

  /** An element chosen with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const it of items) total += weight(it);
    let x = this.float() * total;
    for (const it of items) {
      x -= weight(it);
      if (x < 0) return it;
    }
    return items[items.length - 1] as T;
  }

  /** A standard normal deviate (Box–Muller, one of the pair). */
  normal(): number {
    const u = 1 - this.float();
    const v = this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** An exponential deviate with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.float()) * mean;
  }

  /** `n` lowercase hex digits (n ≤ 64). */
  hex(n: number): string {
    let s = '';
    while (s.length < n) s += hex8(this.u32());
    return s.slice(0, n);
  }
}
