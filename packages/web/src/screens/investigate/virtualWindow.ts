/** Layout of a virtualised list with fixed-height rows, some followed by a fixed-height detail. */
export interface VirtualLayout {
  /** First row to render. */
  readonly start: number;
  /** One past the last row to render. */
  readonly end: number;
  /** Total scroll height, px. */
  readonly height: number;
  /** Top of row `i`, px. */
  readonly top: (i: number) => number;
}

/**
 * Which rows of `count` are in view at `scrollTop` in a viewport of `viewport` px, with
 * `overscan` rows either side; `expanded` (sorted ascending) rows carry a detail panel of
 * `detailHeight` px below them.
 */
export function virtualWindow(p: {
  readonly count: number;
  readonly rowHeight: number;
  readonly scrollTop: number;
  readonly viewport: number;
  readonly expanded: readonly number[];
  readonly detailHeight: number;
  readonly overscan?: number;
}): VirtualLayout {
  const { count, rowHeight, expanded, detailHeight } = p;
  const overscan = p.overscan ?? 8;
  const expandedBefore = (i: number) => {
    let lo = 0;
    let hi = expanded.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((expanded[mid] as number) < i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const top = (i: number) => i * rowHeight + expandedBefore(i) * detailHeight;
  const height = count * rowHeight + expanded.filter((e) => e < count).length * detailHeight;
  const rowAt = (y: number) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (top(mid + 1) <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const first = rowAt(Math.max(0, p.scrollTop));
  const last = rowAt(Math.max(0, p.scrollTop + p.viewport));
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(count, last + 1 + overscan),
    height,
    top,
  };
}
