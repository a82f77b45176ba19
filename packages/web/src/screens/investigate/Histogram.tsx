import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../lib/formatTime.js';

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
  /** Called with the dragged range (ms since epoch). */
  readonly onZoom: (from: number, to: number) => void;
}

const W = 1000;
const H = 90;

/** Matching events over time; drag across it to zoom the time range. */
export function Histogram(p: HistogramProps) {
  const { t } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ a: number; b: number }>();
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

  return (
    <figure className="histogram" style={{ margin: 0 }}>
      <svg
        ref={svg}
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('investigate.histogramLabel', { count: total })}
        onPointerDown={(e) => {
          (e.target as Element).setPointerCapture?.(e.pointerId);
          const m = msAt(e.clientX);
          setDrag({ a: m, b: m });
        }}
        onPointerMove={(e) => drag && setDrag({ a: drag.a, b: msAt(e.clientX) })}
        onPointerUp={up}
      >
        {p.buckets.map((b) => {
          const h = (b.count / max) * (H - 4);
          return (
            <rect
              key={b.t}
              className="bar"
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
      </svg>
      <figcaption className="row muted" style={{ fontSize: 12, justifyContent: 'space-between' }}>
        <span>{formatTime(p.from, p.timeZone, p.language)}</span>
        <span>{t('investigate.dragToZoom')}</span>
        <span>{formatTime(p.to, p.timeZone, p.language)}</span>
      </figcaption>
    </figure>
  );
}
