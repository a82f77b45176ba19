import { describe, expect, it } from 'vitest';
import {
  bucketRange,
  histogramKey,
  UNZOOMED,
  zoomIn,
  zoomOut,
  type BucketSelection,
} from '../src/screens/investigate/histogramKeys.js';

/** Presses `keys` from no selection over `count` buckets; returns the selection and last result. */
function press(keys: readonly string[], count = 5) {
  let selection: BucketSelection | undefined;
  let last = histogramKey('', false, selection, count);
  for (const k of keys) {
    const [key, shift] = k.startsWith('Shift+') ? [k.slice(6), true] : [k, false];
    last = histogramKey(key, shift, selection, count);
    if (last.kind === 'select') selection = last.selection;
  }
  return { selection, last };
}

describe('the histogram keyboard', () => {
  it('→ selects the first bucket, ← the last, and they move one bucket at a time', () => {
    expect(press(['ArrowRight']).selection).toEqual({ anchor: 0, cursor: 0 });
    expect(press(['ArrowLeft']).selection).toEqual({ anchor: 4, cursor: 4 });
    expect(press(['ArrowRight', 'ArrowRight', 'ArrowRight']).selection).toEqual({
      anchor: 2,
      cursor: 2,
    });
  });

  it('stops at either end', () => {
    expect(press(['End', 'ArrowRight', 'ArrowRight']).selection?.cursor).toBe(4);
    expect(press(['Home', 'ArrowLeft']).selection?.cursor).toBe(0);
  });

  it('Shift+arrows extend the selection from where it started; a plain arrow collapses it', () => {
    expect(press(['ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight']).selection).toEqual({
      anchor: 0,
      cursor: 2,
    });
    expect(press(['End', 'Shift+ArrowLeft', 'ArrowLeft']).selection).toEqual({
      anchor: 2,
      cursor: 2,
    });
  });

  it('Enter zooms to the selected buckets in time order, and does nothing with none', () => {
    expect(press(['End', 'Shift+ArrowLeft', 'Shift+ArrowLeft', 'Enter']).last).toEqual({
      kind: 'zoom',
      first: 2,
      last: 4,
    });
    expect(press(['Enter']).last).toEqual({ kind: 'none' });
  });

  it('Escape and - zoom out, even on an empty histogram; other keys do nothing', () => {
    for (const key of ['Escape', '-', 'Subtract'])
      expect(histogramKey(key, false, undefined, 0)).toEqual({ kind: 'zoom-out' });
    expect(histogramKey('ArrowRight', false, undefined, 0)).toEqual({ kind: 'none' });
    expect(histogramKey('a', false, { anchor: 1, cursor: 1 }, 5)).toEqual({ kind: 'none' });
  });

  it('the selected buckets cover their start to the end of the last one', () => {
    const buckets = [{ t: 0 }, { t: 60_000 }, { t: 120_000 }];
    expect(bucketRange(buckets, 60_000, 1, 2)).toEqual({ from: 60_000, to: 180_000 });
  });
});

describe('zooming in and back out', () => {
  it('goes back through the ranges it zoomed from, then stays on the whole range', () => {
    const a = { from: 0, to: 100 };
    const b = { from: 10, to: 20 };
    const twice = zoomIn(zoomIn(UNZOOMED, a), b);
    expect(twice.range).toEqual(b);
    const once = zoomOut(twice);
    expect(once.range).toEqual(a);
    const whole = zoomOut(once);
    expect(whole).toEqual(UNZOOMED);
    expect(zoomOut(whole)).toBe(whole);
  });
});
