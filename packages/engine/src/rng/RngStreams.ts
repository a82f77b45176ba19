import { hashString } from './hashString.js';
import { Rng, type RngState } from './Rng.js';

/** Saved states of the streams drawn from so far, in creation order. */
export type RngStreamsSnapshot = [string, RngState][];

/**
 * A seeded generator split into named streams: `streams.get('background/browse/rhartono')`.
 * Each stream's seed is a hash of (root seed, name), so adding a behaviour (a new name)
 * never shifts the draws of another.
 */
export class RngStreams {
  private readonly streams = new Map<string, Rng>();
  private readonly root: number;

  /** @param seed the world's seed text, e.g. `42/team-a`. */
  constructor(seed: string) {
    this.root = hashString(seed, 0x5eed);
  }

  /** The stream of that name, created on first use. */
  get(name: string): Rng {
    let r = this.streams.get(name);
    if (!r) {
      r = Rng.fromKey(hashString(name, this.root), this.root);
      this.streams.set(name, r);
    }
    return r;
  }

  /** The states of all streams created so far. */
  snapshot(): RngStreamsSnapshot {
    const out: RngStreamsSnapshot = [];
    for (const [name, r] of this.streams) out.push([name, r.state()]);
    return out;
  }

  /** Puts saved stream states back (streams not in the snapshot start fresh on first use). */
  restore(saved: RngStreamsSnapshot): void {
    this.streams.clear();
    for (const [name, state] of saved) this.streams.set(name, new Rng(state));
  }
}
