import { parseDuration, type Distribution } from '@kunren/domain';

const ms = (text: string) => parseDuration(text) ?? 0;

/**
 * The range of sim ms a scenario distribution usually draws from: exact for a fixed
 * duration and a uniform; mean ± 2 sd for a normal (clamped at its min); up to its max
 * (or three means) for an exponential. For the white cell's timeline, never for the engine.
 */
export function distributionWindow(d: Distribution | undefined): { min: number; max: number } {
  if (d === undefined) return { min: 0, max: 0 };
  if (typeof d === 'string') return { min: ms(d), max: ms(d) };
  switch (d.dist) {
    case 'uniform':
      return { min: ms(d.min), max: ms(d.max) };
    case 'normal': {
      const floor = d.min !== undefined ? ms(d.min) : 0;
      return {
        min: Math.max(floor, ms(d.mean) - 2 * ms(d.sd)),
        max: Math.max(floor, ms(d.mean) + 2 * ms(d.sd)),
      };
    }
    case 'exponential':
      return { min: 0, max: d.max !== undefined ? ms(d.max) : 3 * ms(d.mean) };
    default: {
      const never: never = d;
      return never;
    }
  }
}
