import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../lib/formatTime.js';
import { bucketRange, histogramKey, type BucketSelection } from './histogramKeys.js';

/** One bar: bucket start (ms since epoch) and count. */
export interface Bucket {
  readonly t: number;
  readonly count: number;
}

/** Props of the histogram. */
export interface HistogramProps {
  readonly buckets: readonly Bucket[];
  readonly spanMs: number;
  readonly from: number;
  readonly to: number;
  readonly timeZone: string;
  readonly language: string;
  /** Called with the dragged or keyboard-selected range (ms since epoch). */
  readonly onZoom: (from: number, to: number) => void;
  /** Called on Escape or `-` (back to the previous range). */
  readonly onZoomOut?: () => void;
}

const W = 1000;
const H = 90;

/**
 * Matching events over time; drag across it to zoom the time range, or focus it and use
 * the keyboard (arrows select buckets, Enter zooms, Escape or `-` zoom out).
 */
export function Histogram(p: HistogramProps) {
  const { t } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  const helpId = useId();
  const [drag, setDrag] = useState<{ a: number; b: number }>();
  const [selection, setSelection] = useState<BucketSelection>();
  useEffect(() => setSelection(undefined), [p.buckets]);
  const max = Math.max(1, ...p.buckets.map((b) => b.count));
  const range = Math.max(1, p.to - p.from);
  const x = (ms: number) => ((ms - p.from) / range) * W;
  const msAt = (clientX: number) => {
    const r = svg.current?.getBoundingClientRect();
    if (!r) return p.from;
    return p.from + ((clientX - r.left) / r.width) * range;
  };
  const total = p.buckets.reduce((s, b) => s + b.count, 0);

  const up = (e: PointerEvent) => {
    if (!drag) return;
    const a = Math.min(drag.a, msAt(e.clientX));
    const b = Math.max(drag.a, msAt(e.clientX));
    setDrag(undefined);
    if (b - a > range / 200) p.onZoom(Math.floor(a), Math.ceil(b));
  };

  const lo = selection ? Math.min(selection.anchor, selection.cursor) : -1;
  const hi = selection ? Math.max(selection.anchor, selection.cursor) : -1;
  const picked = selection ? bucketRange(p.buckets, p.spanMs, lo, hi) : undefined;
  const key = (e: KeyboardEvent) => {
    const r = histogramKey(e.key, e.shiftKey, selection, p.buckets.length);
    if (r.kind === 'none') return;
    e.preventDefault();
    if (r.kind === 'select') setSelection(r.selection);
    else if (r.kind === 'zoom') {
      const z = bucketRange(p.buckets, p.spanMs, r.first, r.last);
      setSelection(undefined);
      p.onZoom(z.from, z.to);
    } else {
      setSelection(undefined);
      p.onZoomOut?.();
    }
  };

  return (
    <figure className="histogram" style={{ margin: 0 }}>
      <div
        className="histogram-focus"
        tabIndex={0}
        role="group"
        aria-label={t('investigate.histogramLabel', { count: total })}
        aria-describedby={helpId}
        onKeyDown={key}
        onBlur={() => setSelection(undefined)}
      >
        <svg
          ref={svg}
          viewBox={`0 0 ${W} ${H}`}
          preserveAspectRatio="none"
          aria-hidden="true"
          onPointerDown={(e) => {
            (e.target as Element).setPointerCapture?.(e.pointerId);
            const m = msAt(e.clientX);
            setDrag({ a: m, b: m });
          }}
          onPointerMove={(e) => drag && setDrag({ a: drag.a, b: msAt(e.clientX) })}
          onPointerUp={up}
        >
          {p.buckets.map((b, i) => {
            const h = (b.count / max) * (H - 4);
            return (
              <rect
                key={b.t}
                className={i >= lo && i <= hi ? 'bar picked' : 'bar'}
                x={x(b.t)}
                y={H - h}
                width={Math.max(1, x(b.t + p.spanMs) - x(b.t) - 1)}
                height={h}
              >
                <title>
                  {formatTime(b.t, p.timeZone, p.language)}: {b.count}
                </title>
              </rect>
            );
          })}
          {drag && (
            <rect
              className="sel"
              x={x(Math.min(drag.a, drag.b))}
              y={0}
              width={Math.abs(x(drag.b) - x(drag.a))}
              height={H}
            />
          )}
          {picked && (
            <rect
              className="sel"
              x={x(picked.from)}
              y={0}
              width={x(picked.to) - x(picked.from)}
              height={H}
            />
          )}
        </svg>
      </div>
      <span className="sr-only" role="status" aria-live="polite">
        {picked
          ? t('investigate.histogramPicked', {
              from: formatTime(picked.from, p.timeZone, p.language),
              to: formatTime(picked.to, p.timeZone, p.language),
              count: p.buckets.slice(lo, hi + 1).reduce((n, b) => n + b.count, 0),
            })
          : ''}
      </span>
      <figcaption className="row muted" style={{ fontSize: 12, justifyContent: 'space-between' }}>
        <span>{formatTime(p.from, p.timeZone, p.language)}</span>
        <span id={helpId}>
          {t('investigate.dragToZoom')} · {t('investigate.histogramKeys')}
        </span>
        <span>{formatTime(p.to, p.timeZone, p.language)}</span>
      </figcaption>
    </figure>
  );
}
