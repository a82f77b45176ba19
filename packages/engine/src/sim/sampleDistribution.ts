import { parseDuration, type Distribution } from '@kunren/domain';
import type { Rng } from '../rng/Rng.js';

const cache = new Map<string, number>();

/** Milliseconds of a duration string (cached; 0 when malformed). */
export function durationMs(text: string): number {
  let v = cache.get(text);
  if (v === undefined) {
    v = parseDuration(text) ?? 0;
    cache.set(text, v);
  }
  return v;
}

/** Draws a delay in whole ms from a distribution (a fixed duration draws nothing). */
export function sampleDistribution(d: Distribution | undefined, r: Rng): number {
  if (d === undefined) return 0;
  if (typeof d === 'string') return durationMs(d);
  switch (d.dist) {
    case 'uniform': {
      const lo = durationMs(d.min);
      const hi = durationMs(d.max);
      return Math.round(lo + r.float() * Math.max(0, hi - lo));
    }
    case 'normal': {
      const v = durationMs(d.mean) + r.normal() * durationMs(d.sd);
      return Math.round(Math.max(d.min !== undefined ? durationMs(d.min) : 0, v));
    }
    case 'exponential': {
      const v = r.exponential(durationMs(d.mean));
      return Math.round(d.max !== undefined ? Math.min(durationMs(d.max), v) : v);
    }
    default:
      return 0;
  }
}
