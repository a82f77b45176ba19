import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldPresence, topValues } from './fieldStats.js';
import { cellText } from './flatten.js';

/** Props of the field sidebar. */
export interface FieldSidebarProps {
  readonly rows: readonly Record<string, unknown>[];
  readonly columns: readonly string[];
  readonly onToggleColumn: (field: string) => void;
  readonly onFilter: (field: string, value: unknown, exclude: boolean) => void;
}

/** The fields of the results: choose columns, see top values, filter in or out. */
export function FieldSidebar(p: FieldSidebarProps) {
  const { t } = useTranslation();
  const [find, setFind] = useState('');
  const [open, setOpen] = useState<string>();
  const fields = useMemo(() => fieldPresence(p.rows), [p.rows]);
  const shown = fields.filter((f) => f.name.toLowerCase().includes(find.toLowerCase()));
  const tops = useMemo(() => (open ? topValues(p.rows, open, 5) : []), [p.rows, open]);

  return (
    <aside className="fieldbar" aria-label={t('investigate.fields')}>
      <input
        type="search"
        aria-label={t('investigate.findField')}
        placeholder={t('investigate.findField')}
        value={find}
        onChange={(e) => setFind(e.target.value)}
        style={{ width: '100%', marginBottom: 6 }}
      />
      {fields.length === 0 && <p className="muted">{t('investigate.noFields')}</p>}
      <ul>
        {shown.slice(0, 300).map((f) => (
          <li key={f.name} className="field">
            <div className="row" style={{ flexWrap: 'nowrap', gap: 2 }}>
              <input
                type="checkbox"
                checked={p.columns.includes(f.name)}
                aria-label={t('investigate.showColumn', { field: f.name })}
                onChange={() => p.onToggleColumn(f.name)}
              />
              <button
                type="button"
                aria-expanded={open === f.name}
                onClick={() => setOpen(open === f.name ? undefined : f.name)}
                title={t('investigate.presentIn', { count: f.count })}
              >
                {f.name}
              </button>
            </div>
            {open === f.name && (
              <ul className="topvalues" aria-label={t('investigate.topValues', { field: f.name })}>
                {tops.map((v) => {
                  const text = cellText(v.value);
                  return (
                    <li key={text}>
                      <span className="v" title={text}>
                        {text}
                      </span>
                      <span className="muted">{Math.round(v.share * 100)}%</span>
                      <button
                        type="button"
                        className="link"
                        aria-label={t('investigate.filterIn', { field: f.name, value: text })}
                        onClick={() => p.onFilter(f.name, v.value, false)}
                      >
                        ⊕
                      </button>
                      <button
                        type="button"
                        className="link"
                        aria-label={t('investigate.filterOut', { field: f.name, value: text })}
                        onClick={() => p.onFilter(f.name, v.value, true)}
                      >
                        ⊖
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
