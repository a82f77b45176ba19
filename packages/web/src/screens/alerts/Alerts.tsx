import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { AlertView } from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { Failure } from '../../components/Failure.js';
import { useAction } from '../../components/useAction.js';
import { formatTime } from '../../lib/formatTime.js';
import { openInvestigate } from '../../lib/openInvestigate.js';
import { simIso } from '../../lib/simClock.js';
import { useResource } from '../../lib/useResource.js';
import { useLive } from '../../live/useLive.js';
import { countByRule, filterAlerts, type AlertFilter } from './alertQueue.js';
import { assigneeChoices } from './assigneeChoices.js';

const STATES = ['new', 'investigating', 'true-positive', 'false-positive', 'closed'] as const;
const PAGE = 100;

/** The alert queue from the built-in detection rules: by rule, then alert by alert with triage. */
export function Alerts() {
  const { t } = useTranslation();
  const { teamId, exercise, me, resync, timeZone, language } = useSession();
  const assignees = (current: string | null) =>
    assigneeChoices(exercise?.teams.find((x) => x.id === teamId)?.members ?? [], me.user, current);
  const alerts = useResource(
    () => api.get<AlertView[]>(`/api/teams/${teamId}/alerts`),
    [teamId, resync],
  );
  const action = useAction();
  const [filter, setFilter] = useState<AlertFilter>({ state: 'open' });
  const [shown, setShown] = useState(PAGE);
  useLive(teamId ? `team:${teamId}` : undefined, (f) => {
    if (f.type !== 'alert') return;
    alerts.set((old) => [f.alert, ...(old ?? []).filter((a) => a.id !== f.alert.id)]);
  });
  const list = useMemo(() => alerts.data ?? [], [alerts.data]);
  const rules = useMemo(() => countByRule(list), [list]);
  const visible = useMemo(() => filterAlerts(list, filter), [list, filter]);
  const open = rules.reduce((n, r) => n + r.open, 0);
  const set = (patch: AlertFilter) => {
    setFilter({ ...filter, ...patch });
    setShown(PAGE);
  };
  const triage = (a: AlertView, state: string, assignee: string | null) =>
    void action.run(async () => {
      const v = await api.patch<AlertView>(
        `/api/teams/${teamId}/alerts/${encodeURIComponent(a.id)}`,
        { state, assignee },
      );
      alerts.set((old) => old?.map((x) => (x.id === v.id ? v : x)));
    });

  return (
    <div>
      <h1>{t('nav.alerts')}</h1>
      <p className="muted">{t('alerts.summary', { total: list.length, open })}</p>
      {alerts.loading && !alerts.data && (
        <p aria-busy="true" className="muted">
          {t('app.loading')}
        </p>
      )}
      <Failure error={alerts.error ?? action.error} retry={alerts.reload} />
      {list.length === 0 ? (
        !alerts.loading && <p className="empty">{t('alerts.empty')}</p>
      ) : (
        <>
          <section aria-labelledby="h-rules">
            <h2 id="h-rules">{t('alerts.byRule')}</h2>
            <div style={{ maxHeight: 210, overflow: 'auto' }}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('alerts.rule')}</th>
                    <th scope="col">{t('alerts.severity')}</th>
                    <th scope="col">{t('alerts.count')}</th>
                    <th scope="col">{t('alerts.openCount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rules.map((r) => (
                    <tr key={r.ruleId} aria-selected={filter.ruleId === r.ruleId}>
                      <td>
                        <button
                          type="button"
                          className="link"
                          aria-pressed={filter.ruleId === r.ruleId}
                          onClick={() =>
                            set({ ruleId: filter.ruleId === r.ruleId ? undefined : r.ruleId })
                          }
                        >
                          {r.title}
                        </button>
                      </td>
                      <td>
                        <span className={`badge sev-${r.severity}`}>
                          {t(`severity.${r.severity}`, { defaultValue: r.severity })}
                        </span>
                      </td>
                      <td>{r.count}</td>
                      <td>{r.open}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <div
            className="row"
            role="group"
            aria-label={t('alerts.filters')}
            style={{ margin: '10px 0' }}
          >
            <select
              aria-label={t('alerts.severity')}
              value={filter.severity ?? ''}
              onChange={(e) => set({ severity: e.target.value || undefined })}
            >
              <option value="">{t('alerts.anySeverity')}</option>
              {['critical', 'high', 'medium', 'low'].map((s) => (
                <option key={s} value={s}>
                  {t(`severity.${s}`)}
                </option>
              ))}
            </select>
            <select
              aria-label={t('alerts.state')}
              value={filter.state ?? ''}
              onChange={(e) => set({ state: e.target.value || undefined })}
            >
              <option value="">{t('alerts.anyState')}</option>
              <option value="open">{t('alerts.openOnly')}</option>
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {t(`alerts.states.${s}`)}
                </option>
              ))}
            </select>
            <input
              type="search"
              aria-label={t('alerts.find')}
              placeholder={t('alerts.find')}
              value={filter.text ?? ''}
              onChange={(e) => set({ text: e.target.value })}
            />
            <span className="muted">
              {t('alerts.showing', {
                shown: Math.min(shown, visible.length),
                total: visible.length,
              })}
            </span>
          </div>
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
              {visible.slice(0, shown).map((a) => (
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
                      {assignees(a.assignee).map((u) => (
                        <option key={u.username} value={u.username}>
                          {u.displayName}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" onClick={() => openInvestigate(a.query)}>
                      {t('alerts.investigate')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown < visible.length && (
            <button type="button" style={{ marginTop: 8 }} onClick={() => setShown(shown + PAGE)}>
              {t('alerts.more', { count: Math.min(PAGE, visible.length - shown) })}
            </button>
          )}
        </>
      )}
    </div>
  );
}
