import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http.js';
import type { ShareView } from '../api/types.js';
import { useSession } from '../app/SessionContext.js';
import { Failure } from '../components/Failure.js';
import { useAction } from '../components/useAction.js';
import { formatTime } from '../lib/formatTime.js';
import { useResource } from '../lib/useResource.js';
import { useLive } from '../live/useLive.js';

const KINDS = ['ipv4', 'domain', 'url', 'sha256', 'md5', 'email', 'filename'] as const;
const TLPS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;

/** Saves a STIX bundle as a `.json` file. */
function download(name: string, bundle: unknown): void {
  const blob = new Blob([JSON.stringify(bundle, null, 2)], { type: 'application/stix+json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function indicatorCount(bundle: unknown): number {
  const objects = (bundle as { objects?: { type?: string }[] } | undefined)?.objects ?? [];
  return objects.filter((o) => o.type === 'indicator').length;
}

/** Evidence collected, and indicators shared with partner teams (STIX 2.1 export). */
export function Evidence() {
  const { t } = useTranslation();
  const { teamId, resync, timeZone, language } = useSession();
  const evidence = useResource(
    () => api.get<unknown[]>(`/api/teams/${teamId}/evidence`),
    [teamId, resync],
  );
  const shares = useResource(
    () => api.get<ShareView[]>(`/api/teams/${teamId}/shares`),
    [teamId, resync],
  );
  const [rows, setRows] = useState<{ kind: (typeof KINDS)[number]; value: string }[]>([
    { kind: 'domain', value: '' },
  ]);
  const [tlp, setTlp] = useState<(typeof TLPS)[number]>('amber');
  const share = useAction();
  useLive(teamId ? `team:${teamId}` : undefined, (f) => {
    if (f.type === 'share') shares.reload();
    if (f.type === 'action') evidence.reload();
  });
  const items = Array.isArray(evidence.data) ? evidence.data : [];

  return (
    <div>
      <h1>{t('nav.evidence')}</h1>
      <section aria-labelledby="h-ev">
        <h2 id="h-ev">{t('evidence.collected', { count: items.length })}</h2>
        <Failure error={evidence.error} retry={evidence.reload} />
        {items.length === 0 ? (
          <p className="muted">{t('evidence.none')}</p>
        ) : (
          <ul className="list">
            {items.map((e, i) => {
              const o = (e ?? {}) as Record<string, unknown>;
              return (
                <li key={i}>
                  <strong>
                    {String(o.title ?? o.kind ?? o.action ?? t('evidence.item', { n: i + 1 }))}
                  </strong>{' '}
                  {o.target !== undefined && <code>{String(o.target)}</code>}
                  <details>
                    <summary>{t('evidence.details')}</summary>
                    <pre className="mono" style={{ whiteSpace: 'pre-wrap' }}>
                      {typeof o.content === 'string' ? o.content : JSON.stringify(e, null, 2)}
                    </pre>
                  </details>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <form
        className="card"
        aria-labelledby="h-share"
        onSubmit={(e) => {
          e.preventDefault();
          void share.run(async () => {
            await api.post(`/api/teams/${teamId}/shares`, {
              indicators: rows
                .filter((r) => r.value.trim())
                .map((r) => ({ kind: r.kind, value: r.value.trim() })),
              tlp,
            });
            setRows([{ kind: 'domain', value: '' }]);
            shares.reload();
          });
        }}
      >
        <h2 id="h-share">{t('evidence.share')}</h2>
        <p className="muted">{t('evidence.shareHelp')}</p>
        {rows.map((r, i) => (
          <div className="row" key={i}>
            <select
              aria-label={t('evidence.kindN', { n: i + 1 })}
              value={r.kind}
              onChange={(e) =>
                setRows(
                  rows.map((x, j) =>
                    j === i ? { ...x, kind: e.target.value as (typeof KINDS)[number] } : x,
                  ),
                )
              }
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`evidence.kind.${k}`)}
                </option>
              ))}
            </select>
            <input
              aria-label={t('evidence.valueN', { n: i + 1 })}
              value={r.value}
              onChange={(e) =>
                setRows(rows.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))
              }
              style={{ flex: 1 }}
              className="mono"
            />
            <button
              type="button"
              aria-label={t('evidence.removeN', { n: i + 1 })}
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
              disabled={rows.length === 1}
            >
              −
            </button>
          </div>
        ))}
        <div className="row" style={{ marginTop: 6 }}>
          <button type="button" onClick={() => setRows([...rows, { kind: 'domain', value: '' }])}>
            {t('evidence.addIndicator')}
          </button>
          <label className="inline">
            TLP&nbsp;
            <select
              aria-label="TLP"
              value={tlp}
              onChange={(e) => setTlp(e.target.value as (typeof TLPS)[number])}
            >
              {TLPS.map((x) => (
                <option key={x} value={x}>
                  TLP:{x.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            className="primary"
            disabled={share.busy || !rows.some((r) => r.value.trim())}
          >
            {t('evidence.shareButton')}
          </button>
        </div>
        <Failure error={share.error} />
      </form>
      <section aria-labelledby="h-shares">
        <h2 id="h-shares">{t('evidence.shares')}</h2>
        {(shares.data ?? []).length === 0 ? (
          <p className="muted">{t('evidence.noShares')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('evidence.when')}</th>
                <th scope="col">{t('evidence.direction')}</th>
                <th scope="col">{t('evidence.indicators')}</th>
                <th scope="col">
                  <span className="sr-only">{t('evidence.export')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shares.data?.map((s) => (
                <tr key={s.id}>
                  <td>{formatTime(s.sharedAt, timeZone, language)}</td>
                  <td>{t(`evidence.${s.direction}`)}</td>
                  <td>{indicatorCount(s.bundle)}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => download(`kunren-${s.id}.stix.json`, s.bundle)}
                    >
                      {t('evidence.export')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
