import type { RngStreamsSnapshot } from '../rng/RngStreams.js';
import type { QueueEntry } from '../sim/EventQueue.js';
import type { Job } from '../sim/Job.js';
import type { Pending } from '../sim/OutputBuffer.js';
import type { WorldState } from '../state/WorldState.js';

/**
 * A world frozen as plain JSON (it round-trips through `JSON.stringify`/`JSON.parse`):
 * restoring it with the same scenario and running on gives exactly what the original
 * world would have given.
 */
export interface WorldSnapshot {
  readonly format: 'kunren/world@1';
  readonly scenario: { readonly id: string; readonly version: string };
  readonly seed: number;
  readonly team: string;
  readonly state: WorldState;
  readonly queue: { readonly entries: QueueEntry<Job>[]; readonly nextSeq: number };
  readonly streams: RngStreamsSnapshot;
  readonly out: { readonly pending: Pending[]; readonly nextSeq: number };
}
