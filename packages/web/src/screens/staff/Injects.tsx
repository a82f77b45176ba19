import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { Counterpart } from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { Failure } from '../../components/Failure.js';
import { useAction } from '../../components/useAction.js';
import { localize } from '../../i18n/localize.js';
import { useResource } from '../../lib/useResource.js';
import { InjectTimelineTable } from './InjectTimelineTable.js';

/** The inject timeline with send-now, and the composer for manual injects. */
export function Injects() {
  const { t } = useTranslation();
  const { exercise, language } = useSession();
  const teams = exercise?.teams ?? [];
  const firstTeam = teams[0]?.id;
  const parties = useResource(
    () => api.get<Counterpart[]>(`/api/teams/${firstTeam}/counterparts`),
    [firstTeam],
  );
  const [version, setVersion] = useState(0);
  const [to, setTo] = useState<string[]>([]);
  const [from, setFrom] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [severity, setSeverity] = useState('info');
  const [sent, setSent] = useState<string>();
  const send = useAction();
  if (!exercise) return null;
  return (
    <div>
      <h1>{t('nav.injects')}</h1>
      <InjectTimelineTable parties={parties.data ?? []} version={version} />
      <div style={{ marginTop: 12, maxWidth: 720 }}>
        <form
          className="card"
          aria-labelledby="h-compose-inject"
          onSubmit={(e) => {
            e.preventDefault();
            void send.run(async () => {
              const r = await api.post<{ delivered: number }>(
                `/api/exercises/${exercise.id}/injects`,
                {
                  ...(to.length ? { teams: to } : {}),
                  from,
                  subject,
                  body,
                  severity,
                },
              );
              setSent(t('injects.sent', { count: r.delivered }));
              setSubject('');
              setBody('');
              setVersion((v) => v + 1);
            });
          }}
        >
          <h2 id="h-compose-inject">{t('injects.compose')}</h2>
          <fieldset>
            <legend>{t('injects.to')}</legend>
            <p className="muted" style={{ margin: 0 }}>
              {t('injects.allTeams')}
            </p>
            {teams.map((tm) => (
              <label key={tm.id} className="inline">
                <input
                  type="checkbox"
                  checked={to.includes(tm.id)}
                  onChange={(e) =>
                    setTo(e.target.checked ? [...to, tm.id] : to.filter((x) => x !== tm.id))
                  }
                />{' '}
                {tm.name}
              </label>
            ))}
          </fieldset>
          <label>
            {t('injects.from')}
            <select
              aria-label={t('injects.from')}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              required
            >
              <option value="">{t('inbox.choose')}</option>
              {parties.data?.map((p) => (
                <option key={p.id} value={p.id}>
                  {localize(p.name, language)} ({localize(p.organisation, language)})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('injects.severity')}
            <select
              aria-label={t('injects.severity')}
              value={severity}
              onChange={(e) => setSeverity(e.target.value)}
            >
              {['info', 'warning', 'urgent'].map((s) => (
                <option key={s} value={s}>
                  {t(`severity.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('inbox.subject')}
            <input
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              required
              maxLength={200}
            />
          </label>
          <label>
            {t('inbox.body')}
            <textarea value={body} onChange={(e) => setBody(e.target.value)} required />
          </label>
          <Failure error={send.error} />
          {sent && (
            <p role="status" className="ok">
              {sent}
            </p>
          )}
          <button type="submit" className="primary" disabled={send.busy || !from}>
            {t('injects.sendNow')}
          </button>
        </form>
      </div>
    </div>
  );
}
