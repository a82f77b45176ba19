import { useTranslation } from 'react-i18next';
import { api } from '../api/http.js';
import type { AlertView } from '../api/types.js';
import { useSession } from '../app/SessionContext.js';
import { Failure } from '../components/Failure.js';
import { useAction } from '../components/useAction.js';
import { formatTime } from '../lib/formatTime.js';
import { openInvestigate } from '../lib/openInvestigate.js';
import { simIso } from '../lib/simClock.js';
import { useResource } from '../lib/useResource.js';
import { useLive } from '../live/useLive.js';

const STATES = ['new', 'investigating', 'true-positive', 'false-positive', 'closed'] as const;

/** The alert queue from the built-in detection rules: severity, ATT&CK, triage state, assignee. */
export function Alerts() {
  const { t } = useTranslation();
  const { teamId, exercise, me, resync, timeZone, language } = useSession();
  const alerts = useResource(
    () => api.get<AlertView[]>(`/api/teams/${teamId}/alerts`),
    [teamId, resync],
  );
  const action = useAction();
  useLive(teamId ? `team:${teamId}` : undefined, (f) => {
    if (f.type !== 'alert') return;
    alerts.set((old) => {
      const rest = (old ?? []).filter((a) => a.id !== f.alert.id);
      return [f.alert, ...rest].sort((a, b) => b.simTime - a.simTime);
    });
  });
  const triage = (a: AlertView, state: string, assignee: string | null) =>
    void action.run(async () => {
      const v = await api.patch<AlertView>(
        `/api/teams/${teamId}/alerts/${encodeURIComponent(a.id)}`,
        { state, assignee },
      );
      alerts.set((old) => old?.map((x) => (x.id === v.id ? v : x)));
    });
  const list = alerts.data ?? [];
  const open = list.filter((a) => a.state !== 'closed' && a.state !== 'false-positive').length;
  return (
    <div>
      <h1>{t('nav.alerts')}</h1>
      <p className="muted">{t('alerts.summary', { total: list.length, open })}</p>
      <Failure error={alerts.error ?? action.error} retry={alerts.reload} />
      {list.length === 0 && !alerts.loading ? (
        <p className="empty">{t('alerts.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('alerts.time')}</th>
              <th scope="col">{t('alerts.severity')}</th>
              <th scope="col">{t('alerts.rule')}</th>
              <th scope="col">ATT&amp;CK</th>
              <th scope="col">{t('alerts.host')}</th>
              <th scope="col">{t('alerts.state')}</th>
              <th scope="col">{t('alerts.assignee')}</th>
              <th scope="col">
                <span className="sr-only">{t('alerts.investigate')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => (
              <tr key={a.id}>
                <td>
                  {exercise
                    ? formatTime(simIso(exercise.start, a.simTime), timeZone, language)
                    : ''}
                </td>
                <td>
                  <span className={`badge sev-${a.severity}`}>
                    {t(`severity.${a.severity}`, { defaultValue: a.severity })}
                  </span>
                </td>
                <td>{a.title}</td>
                <td className="mono">{a.techniques.join(', ')}</td>
                <td className="mono">{a.host ?? ''}</td>
                <td>
                  <select
                    aria-label={t('alerts.stateOf', { title: a.title })}
                    value={a.state}
                    disabled={action.busy}
                    onChange={(e) => triage(a, e.target.value, a.assignee)}
                  >
                    {STATES.map((s) => (
                      <option key={s} value={s}>
                        {t(`alerts.states.${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={t('alerts.assigneeOf', { title: a.title })}
                    value={a.assignee ?? ''}
                    disabled={action.busy}
                    onChange={(e) => triage(a, a.state, e.target.value || null)}
                  >
                    <option value="">{t('alerts.unassigned')}</option>
                    <option value={me.user.username}>{me.user.username}</option>
                    {a.assignee && a.assignee !== me.user.username && (
                      <option value={a.assignee}>{a.assignee}</option>
                    )}
                  </select>
                </td>
                <td>
                  <button type="button" onClick={() => openInvestigate(`event.id:"${a.eventId}"`)}>
                    {t('alerts.investigate')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
