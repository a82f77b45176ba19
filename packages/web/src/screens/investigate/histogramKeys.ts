/** A keyboard selection of histogram buckets, from `anchor` to `cursor` (indices, either order). */
export interface BucketSelection {
  readonly anchor: number;
  readonly cursor: number;
}

/** What a key press on the histogram does. */
export type HistogramKeyResult =
  | { readonly kind: 'select'; readonly selection: BucketSelection }
  /** Zoom the time range to buckets `first`..`last` (inclusive indices). */
  | { readonly kind: 'zoom'; readonly first: number; readonly last: number }
  | { readonly kind: 'zoom-out' }
  | { readonly kind: 'none' };

const clamp = (i: number, count: number) => Math.max(0, Math.min(count - 1, i));

/**
 * The histogram's keyboard: ←/→ move the selected bucket (with Shift they extend the
 * selection), Home/End go to the first/last bucket, Enter zooms to the selection,
 * Escape or `-` zoom out. `count` is the number of buckets.
 */
export function histogramKey(
  key: string,
  shift: boolean,
  selection: BucketSelection | undefined,
  count: number,
): HistogramKeyResult {
  if (key === 'Escape' || key === '-' || key === 'Subtract') return { kind: 'zoom-out' };
  if (count === 0) return { kind: 'none' };
  const move = (to: number): HistogramKeyResult => {
    const cursor = clamp(to, count);
    return {
      kind: 'select',
      selection: { anchor: shift && selection ? selection.anchor : cursor, cursor },
    };
  };
  switch (key) {
    case 'ArrowRight':
      return move(selection ? selection.cursor + 1 : 0);
    case 'ArrowLeft':
      return move(selection ? selection.cursor - 1 : count - 1);
    case 'Home':
      return move(0);
    case 'End':
      return move(count - 1);
    case 'Enter':
      if (!selection) return { kind: 'none' };
      return {
        kind: 'zoom',
        first: clamp(Math.min(selection.anchor, selection.cursor), count),
        last: clamp(Math.max(selection.anchor, selection.cursor), count),
      };
    default:
      return { kind: 'none' };
  }
}

/** The time range (ms since the epoch) that buckets `first`..`last` cover. */
export function bucketRange(
  buckets: readonly { readonly t: number }[],
  spanMs: number,
  first: number,
  last: number,
): { from: number; to: number } {
  return { from: buckets[first]!.t, to: buckets[last]!.t + spanMs };
}

/** A time range, ms since the epoch. */
export interface TimeRange {
  readonly from: number;
  readonly to: number;
}

/** The zoom of the time range: the current one (null: the whole range) and those zoomed from. */
export interface Zoom {
  readonly range: TimeRange | null;
  readonly back: readonly (TimeRange | null)[];
}

/** Not zoomed: the whole range. */
export const UNZOOMED: Zoom = { range: null, back: [] };

/** Zooms into `range`, remembering the current range to come back to. */
export function zoomIn(zoom: Zoom, range: TimeRange): Zoom {
  return { range, back: [...zoom.back, zoom.range] };
}

/** Goes back to the range zoomed from (the whole range at the end); unchanged when unzoomed. */
export function zoomOut(zoom: Zoom): Zoom {
  if (zoom.range === null) return zoom;
  return { range: zoom.back[zoom.back.length - 1] ?? null, back: zoom.back.slice(0, -1) };
}
