import { useTranslation } from 'react-i18next';
import type { IncidentReport } from '../../api/types.js';

const LONG = ['summary', 'impact', 'actionsTaken', 'recommendations'] as const;

/** The structured report fields (NIST SP 800-61 style); read-only once submitted. */
export function ReportEditor({
  value,
  onChange,
  readOnly,
  formatTime,
}: {
  readonly value: IncidentReport;
  readonly onChange: (v: IncidentReport) => void;
  readonly readOnly: boolean;
  readonly formatTime: (iso: string) => string;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<IncidentReport>) => onChange({ ...value, ...patch });
  const timeline = value.timeline ?? [];
  const indicators = value.indicators ?? [];
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <label>
        {t('report.summary')}
        <textarea
          value={value.summary ?? ''}
          readOnly={readOnly}
          onChange={(e) => set({ summary: e.target.value })}
        />
      </label>
      <fieldset className="card">
        <legend>{t('report.timeline')}</legend>
        {timeline.length === 0 && <p className="muted">{t('report.timelineEmpty')}</p>}
        {timeline.map((e, i) => (
          <div key={i} className="row" style={{ marginBottom: 4 }}>
            <input
              aria-label={t('report.timeN', { n: i + 1 })}
              value={e.at}
              readOnly={readOnly}
              className="mono"
              style={{ width: 230 }}
              title={formatTime(e.at)}
              onChange={(ev) =>
                set({
                  timeline: timeline.map((x, j) => (j === i ? { ...x, at: ev.target.value } : x)),
                })
              }
            />
            <input
              aria-label={t('report.whatN', { n: i + 1 })}
              value={e.what}
              readOnly={readOnly}
              style={{ flex: 1 }}
              onChange={(ev) =>
                set({
                  timeline: timeline.map((x, j) => (j === i ? { ...x, what: ev.target.value } : x)),
                })
              }
            />
            {!readOnly && (
              <button
                type="button"
                aria-label={t('report.removeN', { n: i + 1 })}
                onClick={() => set({ timeline: timeline.filter((_, j) => j !== i) })}
              >
                −
              </button>
            )}
          </div>
        ))}
        {!readOnly && (
          <button
            type="button"
            onClick={() =>
              set({ timeline: [...timeline, { at: new Date().toISOString(), what: '' }] })
            }
          >
            {t('report.addEntry')}
          </button>
        )}
      </fieldset>
      <label>
        {t('report.assets')}
        <textarea
          value={(value.affectedAssets ?? []).join('\n')}
          readOnly={readOnly}
          onChange={(e) =>
            set({
              affectedAssets: e.target.value
                .split('\n')
                .filter((x, i, a) => x.trim() || i === a.length - 1),
            })
          }
        />
      </label>
      <fieldset className="card">
        <legend>{t('report.indicators')}</legend>
        {indicators.map((x, i) => (
          <div key={i} className="row" style={{ marginBottom: 4 }}>
            <input
              aria-label={t('report.indicatorKindN', { n: i + 1 })}
              value={x.kind}
              readOnly={readOnly}
              style={{ width: 120 }}
              onChange={(e) =>
                set({
                  indicators: indicators.map((y, j) =>
                    j === i ? { ...y, kind: e.target.value } : y,
                  ),
                })
              }
            />
            <input
              aria-label={t('report.indicatorValueN', { n: i + 1 })}
              value={x.value}
              readOnly={readOnly}
              className="mono"
              style={{ flex: 1 }}
              onChange={(e) =>
                set({
                  indicators: indicators.map((y, j) =>
                    j === i ? { ...y, value: e.target.value } : y,
                  ),
                })
              }
            />
            {!readOnly && (
              <button
                type="button"
                aria-label={t('report.removeN', { n: i + 1 })}
                onClick={() => set({ indicators: indicators.filter((_, j) => j !== i) })}
              >
                −
              </button>
            )}
          </div>
        ))}
        {!readOnly && (
          <button
            type="button"
            onClick={() => set({ indicators: [...indicators, { kind: 'domain', value: '' }] })}
          >
            {t('report.addIndicator')}
          </button>
        )}
      </fieldset>
      <label>
        {t('report.techniques')}
        <input
          value={(value.techniques ?? []).join(', ')}
          readOnly={readOnly}
          className="mono"
          placeholder="T1566.001, T1071.001"
          onChange={(e) =>
            set({
              techniques: e.target.value
                .split(/[,\s]+/)
                .map((x) => x.trim().toUpperCase())
                .filter(Boolean),
            })
          }
        />
      </label>
      {LONG.slice(1).map((k) => (
        <label key={k}>
          {t(`report.${k}`)}
          <textarea
            value={value[k] ?? ''}
            readOnly={readOnly}
            onChange={(e) => set({ [k]: e.target.value })}
          />
        </label>
      ))}
    </div>
  );
}
