import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellText } from './flatten.js';

/** Props of an expanded event. */
export interface EventDetailProps {
  readonly row: Record<string, unknown>;
  readonly doc: Record<string, unknown>;
  readonly onFilter: (field: string, value: unknown, exclude: boolean) => void;
  readonly onPivot: (field: string, value: unknown) => void;
  readonly onTimeline?: () => void;
}

/** One event as a field list (filter in/out, pivot per value) or as JSON. */
export function EventDetail(p: EventDetailProps) {
  const { t } = useTranslation();
  const [json, setJson] = useState(false);
  const fields = Object.keys(p.row).sort();
  return (
    <div>
      <div className="row" role="group" aria-label={t('investigate.detailView')}>
        <button type="button" aria-pressed={!json} onClick={() => setJson(false)}>
          {t('investigate.fieldList')}
        </button>
        <button type="button" aria-pressed={json} onClick={() => setJson(true)}>
          JSON
        </button>
        {p.onTimeline && (
          <button type="button" onClick={p.onTimeline}>
            {t('investigate.addToTimeline')}
          </button>
        )}
      </div>
      {json ? (
        <pre className="mono">{JSON.stringify(p.doc, null, 2)}</pre>
      ) : (
        <table>
          <tbody>
            {fields.map((f) => {
              const v = p.row[f];
              const text = cellText(v);
              return (
                <tr key={f}>
                  <th scope="row" className="mono" style={{ position: 'static', width: '32%' }}>
                    {f}
                  </th>
                  <td className="mono">
                    <span style={{ wordBreak: 'break-all' }}>{text}</span>{' '}
                    <button
                      type="button"
                      className="link"
                      aria-label={t('investigate.filterIn', { field: f, value: text })}
                      title={t('investigate.filterIn', { field: f, value: text })}
                      onClick={() => p.onFilter(f, Array.isArray(v) ? v[0] : v, false)}
                    >
                      ⊕
                    </button>
                    <button
                      type="button"
                      className="link"
                      aria-label={t('investigate.filterOut', { field: f, value: text })}
                      title={t('investigate.filterOut', { field: f, value: text })}
                      onClick={() => p.onFilter(f, Array.isArray(v) ? v[0] : v, true)}
                    >
                      ⊖
                    </button>
                    <button
                      type="button"
                      className="link"
                      aria-label={t('investigate.pivot', { field: f, value: text })}
                      title={t('investigate.pivot', { field: f, value: text })}
                      onClick={() => p.onPivot(f, Array.isArray(v) ? v[0] : v)}
                    >
                      ↗
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
