import { buildCatalogue, complete, tryParse, type FieldCatalogue } from '@kunren/hunt';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError.js';
import { api } from '../../api/http.js';
import type { HuntResult } from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { useSimNow } from '../../components/SimClock.js';
import { errorText } from '../../components/errorText.js';
import { formatTime } from '../../lib/formatTime.js';
import { simIso } from '../../lib/simClock.js';
import {
  addFilter,
  clause,
  histogramQuery,
  isEventSearch,
  niceSpan,
} from '../../query/editQuery.js';
import { queryStore } from '../../query/queryStore.js';
import { addTimelineEntry, describeEvent } from './addTimelineEntry.js';
import { chartSpec } from './chartOption.js';
import { FieldSidebar } from './FieldSidebar.js';
import { flatten } from './flatten.js';
import { Histogram, type Bucket } from './Histogram.js';
import { UNZOOMED, zoomIn, zoomOut, type TimeRange, type Zoom } from './histogramKeys.js';
import { QueryEditor } from './QueryEditor.js';
import { ResultChart } from './ResultChart.js';
import { ResultsTable } from './ResultsTable.js';
import { StatsTable } from './StatsTable.js';

/** Orders events newest first by their ISO `@timestamp` (which sorts as text). */
function newestFirst(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const x = String(a['@timestamp'] ?? '');
  const y = String(b['@timestamp'] ?? '');
  return x < y ? 1 : x > y ? -1 : 0;
}

/** Takes the query another screen asked to open (see `openInvestigate`). */
function takePivot(): string | undefined {
  const q = sessionStorage.getItem('kunren.pivot');
  sessionStorage.removeItem('kunren.pivot');
  return q ?? undefined;
}

const EMPTY: Record<string, unknown>[] = [];
const DEFAULT_COLUMNS = ['@timestamp', 'event.dataset', 'host.name', 'message'];

interface Shown {
  /** The query that produced the result. */
  readonly query: string;
  readonly result: HuntResult;
  readonly rows: Record<string, unknown>[];
  readonly docs: Record<string, unknown>[];
  readonly ms: number;
}

/** Investigate, in the manner of Kibana Discover: query, histogram, fields, results. */
export function Investigate() {
  const { t } = useTranslation();
  const { teamId, exercise, me, timeZone, language } = useSession();
  const simNow = useSimNow();
  const store = useMemo(() => queryStore(localStorage, me.user.username), [me.user.username]);
  const [query, setQuery] = useState(() => takePivot() ?? store.history()[0] ?? '');
  const [zoom, setZoom] = useState<Zoom>(UNZOOMED);
  const range = zoom.range;
  const [shown, setShown] = useState<Shown>();
  const [buckets, setBuckets] = useState<{
    buckets: Bucket[];
    spanMs: number;
    from: number;
    to: number;
  }>();
  const [error, setError] = useState<{ text: string; span?: { start: number; end: number } }>();
  const [busy, setBusy] = useState(false);
  const [columns, setColumns] = useState<string[]>(DEFAULT_COLUMNS);
  const [view, setView] = useState<'table' | 'chart'>('table');
  const [notice, setNotice] = useState<string>();
  const [saveName, setSaveName] = useState('');
  const [history, setHistory] = useState(() => store.history());
  const [saved, setSaved] = useState(() => store.saved());
  const generation = useRef(0);

  const run = useCallback(
    // `r` null: the whole range (a default parameter would turn `undefined` into the current one).
    async (q: string, r: TimeRange | null = range) => {
      if (!teamId || !exercise) return;
      // An empty query means every event; the API wants at least one character.
      q = q.trim() === '' ? '*' : q;
      const parsed = tryParse(q);
      if (!parsed.ok) {
        const e = parsed.error;
        setError({
          text: t('investigate.errorAt', {
            message: e.message,
            start: e.span.start + 1,
            hint: e.hint ?? '',
          }),
          span: e.span,
        });
        return;
      }
      setError(undefined);
      setNotice(undefined);
      setBusy(true);
      store.remember(q);
      setHistory(store.history());
      const mine = ++generation.current;
      const to = r ? new Date(r.to).toISOString() : undefined;
      const from = r ? new Date(r.from).toISOString() : undefined;
      const body = { query: q, limit: 10_000, ...(from ? { from } : {}), ...(to ? { to } : {}) };
      const started = performance.now();
      const main = api.post<HuntResult>(`/api/teams/${teamId}/hunt`, body).then((result) => {
        if (mine !== generation.current) return;
        performance.mark('kunren.hunt-response');
        const docs = result.rawEvents ? [...result.rows].sort(newestFirst) : [...result.rows];
        const rows = result.rawEvents ? docs.map(flatten) : docs;
        setShown({ query: q, result, rows, docs, ms: Math.round(performance.now() - started) });
        return result;
      });
      const hist = isEventSearch(q)
        ? main.then(async (result) => {
            if (!result || mine !== generation.current) return;
            const a = Date.parse(result.range.from);
            const b = Math.max(a + 1000, Date.parse(result.range.to));
            const span = niceSpan(b - a, 60);
            const h = await api.post<HuntResult>(`/api/teams/${teamId}/hunt`, {
              query: histogramQuery(q, span),
              from: result.range.from,
              to: result.range.to,
              limit: 10_000,
            });
            if (mine !== generation.current) return;
            setBuckets({
              buckets: h.rows.map((row) => ({
                t: Date.parse(String(row['@timestamp'])),
                count: Number(row['count'] ?? row['count()'] ?? 0),
              })),
              spanMs: span,
              from: a,
              to: b,
            });
          })
        : Promise.resolve(setBuckets(undefined));
      try {
        await Promise.all([main, hist]);
      } catch (e) {
        if (mine === generation.current) {
          const err = e instanceof ApiError ? e : new ApiError('client.failed', 0, String(e));
          const m = /\(at (\d+)–(\d+)\)/.exec(err.message);
          setError({
            text: errorText(t, err),
            ...(m ? { span: { start: Number(m[1]), end: Number(m[2]) } } : {}),
          });
        }
      } finally {
        if (mine === generation.current) setBusy(false);
      }
    },
    [teamId, exercise, range, store, t],
  );

  useEffect(() => {
    void run(query);
    // Runs the last query once when the screen opens.
  }, [teamId]);

  // The sidebar and the completion catalogue follow the results at a lower priority, so a
  // large answer paints its first rows before the field statistics are computed.
  const deferredRows = useDeferredValue(shown?.rows);
  // The ECS catalogue with the fields seen in the results marked as present in the store.
  const catalogue: FieldCatalogue = useMemo(() => {
    const columns = new Map<
      string,
      { type: 'string' | 'long' | 'double' | 'boolean' | 'timestamp'; array: boolean }
    >();
    for (const row of deferredRows?.slice(0, 200) ?? [])
      for (const [k, v] of Object.entries(row))
        if (!columns.has(k))
          columns.set(k, {
            type:
              typeof v === 'number'
                ? Number.isInteger(v)
                  ? 'long'
                  : 'double'
                : typeof v === 'boolean'
                  ? 'boolean'
                  : k === '@timestamp'
                    ? 'timestamp'
                    : 'string',
            array: Array.isArray(v),
          });
    return buildCatalogue(columns);
  }, [deferredRows]);
  const suggestAt = useCallback(
    (src: string, caret: number) => complete(src, caret, catalogue, 12),
    [catalogue],
  );

  const filter = (field: string, value: unknown, exclude: boolean) => {
    const q = addFilter(query, field, value, exclude);
    setQuery(q);
    void run(q);
  };
  const pivot = (field: string, value: unknown) => {
    const q = clause(field, value);
    setQuery(q);
    setZoom(UNZOOMED);
    void run(q, null);
  };
  const timeline = async (row: Record<string, unknown>) => {
    if (!teamId) return;
    try {
      await addTimelineEntry(
        teamId,
        String(row['@timestamp'] ?? simIso(exercise?.start ?? '', simNow ?? 0)),
        describeEvent(row),
      );
      setNotice(t('investigate.addedToTimeline'));
    } catch (e) {
      setNotice(e instanceof ApiError ? errorText(t, e) : String(e));
    }
  };
  const fmt = useCallback(
    (iso: string) => formatTime(iso, timeZone, language),
    [timeZone, language],
  );
  const spec = useMemo(
    () =>
      shown && !shown.result.rawEvents
        ? chartSpec(
            shown.result.columns.map((c) => c.name),
            shown.rows,
          )
        : undefined,
    [shown],
  );

  return (
    <section className="investigate" aria-labelledby="investigate-title">
      <div className="querybar">
        <h1 id="investigate-title" className="sr-only">
          {t('nav.investigate')}
        </h1>
        <div className="row" style={{ alignItems: 'flex-start', flexWrap: 'nowrap' }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <QueryEditor
              value={query}
              onChange={(v) => {
                setQuery(v);
                if (error?.span) setError(undefined);
              }}
              onRun={() => void run(query)}
              complete={suggestAt}
              error={error?.span}
            />
          </div>
          <button
            type="button"
            className="primary"
            onClick={() => void run(query)}
            disabled={busy}
            title={t('investigate.runHint')}
          >
            {busy ? t('investigate.running') : t('investigate.run')}
          </button>
        </div>
        <div className="row" style={{ marginTop: 4, fontSize: 13 }}>
          <select
            aria-label={t('investigate.history')}
            value=""
            onChange={(e) => {
              if (e.target.value) {
                setQuery(e.target.value);
                void run(e.target.value);
              }
            }}
          >
            <option value="">{t('investigate.history')}</option>
            {history.map((h) => (
              <option key={h} value={h}>
                {h.slice(0, 90)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('investigate.saved')}
            value=""
            onChange={(e) => {
              if (e.target.value) {
                setQuery(e.target.value);
                void run(e.target.value);
              }
            }}
          >
            <option value="">{t('investigate.saved')}</option>
            {saved.map((s) => (
              <option key={s.name} value={s.query}>
                {s.name}
              </option>
            ))}
          </select>
          <input
            aria-label={t('investigate.saveName')}
            placeholder={t('investigate.saveName')}
            value={saveName}
            onChange={(e) => setSaveName(e.target.value)}
            style={{ width: 160 }}
          />
          <button
            type="button"
            disabled={!saveName.trim() || !query.trim()}
            onClick={() => {
              store.save(saveName.trim(), query);
              setSaved(store.saved());
              setSaveName('');
            }}
          >
            {t('investigate.save')}
          </button>
          {range && (
            <button
              type="button"
              onClick={() => {
                setZoom(UNZOOMED);
                void run(query, null);
              }}
            >
              {t('investigate.resetRange')}
            </button>
          )}
          <span className="spacer" />
          {shown && (
            <span className="muted" role="status">
              {t('investigate.summary', { count: shown.rows.length, ms: shown.ms })}
              {shown.result.truncated ? ` ${t('investigate.truncated')}` : ''}
            </span>
          )}
        </div>
        {error && (
          <p role="alert" className="error" style={{ margin: '4px 0' }}>
            {error.text}
          </p>
        )}
        {notice && (
          <p role="status" className="ok" style={{ margin: '4px 0' }}>
            {notice}
          </p>
        )}
        {buckets && shown?.result.rawEvents && (
          <Histogram
            {...buckets}
            timeZone={timeZone}
            language={language}
            onZoom={(from, to) => {
              const next = zoomIn(zoom, { from, to });
              setZoom(next);
              void run(query, next.range);
            }}
            onZoomOut={() => {
              const next = zoomOut(zoom);
              if (next === zoom) return;
              setZoom(next);
              void run(query, next.range);
            }}
          />
        )}
      </div>
      <FieldSidebar
        rows={deferredRows ?? EMPTY}
        columns={columns}
        onToggleColumn={(f) =>
          setColumns((c) => (c.includes(f) ? c.filter((x) => x !== f) : [...c, f]))
        }
        onFilter={filter}
      />
      <div className="results" data-shown-query={shown?.query}>
        {!shown ? (
          <p className="empty">{busy ? t('investigate.running') : t('investigate.empty')}</p>
        ) : shown.rows.length === 0 ? (
          <p className="empty">{t('investigate.noResults')}</p>
        ) : shown.result.rawEvents ? (
          <ResultsTable
            rows={shown.rows}
            docs={shown.docs}
            columns={columns}
            formatTime={fmt}
            onFilter={filter}
            onPivot={pivot}
            onTimeline={(row) => void timeline(row)}
          />
        ) : (
          <>
            <div className="row" role="group" aria-label={t('investigate.resultView')}>
              <button
                type="button"
                aria-pressed={view === 'table'}
                onClick={() => setView('table')}
              >
                {t('investigate.table')}
              </button>
              <button
                type="button"
                aria-pressed={view === 'chart'}
                disabled={!spec}
                onClick={() => setView('chart')}
              >
                {t('investigate.chart')}
              </button>
            </div>
            {view === 'chart' && spec ? (
              <ResultChart
                spec={spec}
                label={t('investigate.chartLabel', { query })}
                formatCategory={spec.kind === 'line' ? fmt : undefined}
              />
            ) : (
              <StatsTable
                columns={shown.result.columns.map((c) => c.name)}
                rows={shown.rows}
                onPivot={pivot}
                formatTime={fmt}
              />
            )}
          </>
        )}
      </div>
    </section>
  );
}
