import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText } from './flatten.js';
import { virtualWindow } from './virtualWindow.js';
import { EventDetail } from './EventDetail.js';

const ROW = 28;
const DETAIL = 320;

/** Props of the results table. */
export interface ResultsTableProps {
  /** Flattened rows (dotted field names). */
  readonly rows: readonly Record<string, unknown>[];
  /** Original documents, for the JSON view (same order as rows). */
  readonly docs: readonly Record<string, unknown>[];
  readonly columns: readonly string[];
  readonly formatTime: (iso: string) => string;
  readonly onFilter: (field: string, value: unknown, exclude: boolean) => void;
  readonly onPivot: (field: string, value: unknown) => void;
  readonly onTimeline?: (row: Record<string, unknown>) => void;
}

function width(col: string): number {
  if (col === '@timestamp') return 170;
  if (col === 'message') return 420;
  return 180;
}

/**
 * The results as a virtualised table: only the rows in view are in the DOM (10,000 rows
 * render like 40), each expandable (Enter or click) into its field list and JSON.
 */
export function ResultsTable(p: ResultsTableProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [expanded, setExpanded] = useState<number[]>([]);
  useEffect(() => {
    setExpanded([]);
    setScrollTop(0);
    if (box.current) box.current.scrollTop = 0;
  }, [p.rows]);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    setViewport(el.clientHeight || 600);
    const ro =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => setViewport(el.clientHeight || 600));
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);
  useEffect(() => {
    // The time from the hunt response to the rows on screen (benchmark, docs/benchmarks.md).
    if (p.rows.length === 0 || performance.getEntriesByName('kunren.hunt-response').length === 0)
      return;
    requestAnimationFrame(() => {
      performance.mark('kunren.results-painted');
      performance.measure(
        'kunren.render-results',
        'kunren.hunt-response',
        'kunren.results-painted',
      );
      performance.clearMarks('kunren.hunt-response');
    });
  }, [p.rows]);

  const layout = useMemo(
    () =>
      virtualWindow({
        count: p.rows.length,
        rowHeight: ROW,
        scrollTop,
        viewport,
        expanded,
        detailHeight: DETAIL,
      }),
    [p.rows.length, scrollTop, viewport, expanded],
  );
  const toggle = (i: number) =>
    setExpanded((e) =>
      e.includes(i) ? e.filter((x) => x !== i) : [...e, i].sort((a, b) => a - b),
    );
  const total = p.columns.reduce((s, c) => s + width(c), 32);

  const items = [];
  for (let i = layout.start; i < layout.end; i++) {
    const row = p.rows[i] as Record<string, unknown>;
    const open = expanded.includes(i);
    items.push(
      <div
        key={`r${i}`}
        className="vrow"
        role="row"
        aria-rowindex={i + 2}
        aria-expanded={open}
        style={{ top: layout.top(i), height: ROW, width: total }}
      >
        <div role="cell" style={{ width: 32 }}>
          <button
            type="button"
            className="cellbtn"
            aria-label={
              open
                ? t('investigate.collapseRow', { n: i + 1 })
                : t('investigate.expandRow', { n: i + 1 })
            }
            onClick={() => toggle(i)}
          >
            {open ? '▾' : '▸'}
          </button>
        </div>
        {p.columns.map((c) => {
          const v = row[c];
          const text = c === '@timestamp' && typeof v === 'string' ? p.formatTime(v) : cellText(v);
          return (
            <div key={c} role="cell" style={{ width: width(c) }} title={cellText(v)}>
              {text}
            </div>
          );
        })}
      </div>,
    );
    if (open)
      items.push(
        <div key={`d${i}`} className="vdetail" style={{ top: layout.top(i) + ROW, height: DETAIL }}>
          <EventDetail
            row={row}
            doc={p.docs[i] ?? row}
            onFilter={p.onFilter}
            onPivot={p.onPivot}
            {...(p.onTimeline ? { onTimeline: () => p.onTimeline?.(row) } : {})}
          />
        </div>,
      );
  }

  return (
    <div
      className="vtable"
      ref={box}
      role="table"
      aria-label={t('investigate.results')}
      aria-rowcount={p.rows.length + 1}
      tabIndex={0}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="vhead" role="row" aria-rowindex={1} style={{ width: total }}>
        <div role="columnheader" style={{ width: 32 }}>
          <span className="sr-only">{t('investigate.expand')}</span>
        </div>
        {p.columns.map((c) => (
          <div key={c} role="columnheader" style={{ width: width(c) }}>
            {c}
          </div>
        ))}
      </div>
      <div style={{ height: layout.height, position: 'relative', width: total }}>{items}</div>
    </div>
  );
}
