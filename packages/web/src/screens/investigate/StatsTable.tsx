import { useTranslation } from 'react-i18next';
import { cellText } from './flatten.js';

/** An aggregated result as a table; each label value pivots to a new query. */
export function StatsTable(p: {
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
  readonly onPivot: (field: string, value: unknown) => void;
  readonly formatTime: (iso: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ overflow: 'auto', maxHeight: '100%' }}>
      <table aria-label={t('investigate.results')}>
        <thead>
          <tr>
            {p.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.slice(0, 2000).map((r, i) => (
            <tr key={i}>
              {p.columns.map((c) => {
                const v = r[c];
                if (c === '@timestamp' && typeof v === 'string')
                  return <td key={c}>{p.formatTime(v)}</td>;
                if (typeof v === 'number' || v === null || v === undefined)
                  return (
                    <td key={c} className="mono">
                      {cellText(v)}
                    </td>
                  );
                return (
                  <td key={c} className="mono">
                    <button
                      type="button"
                      className="link"
                      title={t('investigate.pivot', { field: c, value: cellText(v) })}
                      onClick={() => p.onPivot(c, v)}
                    >
                      {cellText(v)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
