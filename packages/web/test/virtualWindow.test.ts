import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { virtualWindow } from '../src/screens/investigate/virtualWindow.js';

describe('virtualised results window', () => {
  it('10,000 rows: only the rows in view and the overscan are rendered', () => {
    const w = virtualWindow({
      count: 10_000,
      rowHeight: 28,
      scrollTop: 28 * 5000,
      viewport: 560,
      expanded: [],
      detailHeight: 320,
      overscan: 8,
    });
    expect(w.start).toBe(4992);
    expect(w.end).toBe(5029);
    expect(w.height).toBe(280_000);
  });

  it('an expanded row pushes the rows after it down by the detail height', () => {
    const w = virtualWindow({
      count: 100,
      rowHeight: 28,
      scrollTop: 0,
      viewport: 560,
      expanded: [2],
      detailHeight: 320,
    });
    expect(w.top(2)).toBe(56);
    expect(w.top(3)).toBe(84 + 320);
    expect(w.height).toBe(2800 + 320);
  });

  it('whatever the scroll and expanded rows, every row in the viewport is rendered, in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.uniqueArray(fc.nat(20_000), { maxLength: 20 }),
        fc.nat(700_000),
        fc.integer({ min: 100, max: 1500 }),
        (count, exp, scroll, viewport) => {
          const expanded = exp.filter((e) => e < count).sort((a, b) => a - b);
          const w = virtualWindow({
            count,
            rowHeight: 28,
            scrollTop: Math.min(scroll, 28 * count),
            viewport,
            expanded,
            detailHeight: 320,
          });
          expect(w.start).toBeGreaterThanOrEqual(0);
          expect(w.end).toBeLessThanOrEqual(count);
          expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(viewport / 28) + 1 + 16 + 1);
          for (let i = 0; i < count && i < 50; i++) expect(w.top(i + 1)).toBeGreaterThan(w.top(i));
          // A row whose box intersects the viewport lies inside [start, end).
          for (let i = w.start - 1; i <= w.end; i++) {
            if (i < 0 || i >= count) continue;
            const top = w.top(i);
            const visible =
              top + 28 > Math.min(scroll, 28 * count) &&
              top < Math.min(scroll, 28 * count) + viewport;
            if (visible) expect(i >= w.start && i < w.end).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
