import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { ActionView, ResponseActionView } from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { Confirm } from '../../components/Confirm.js';
import { Failure } from '../../components/Failure.js';
import { useAction } from '../../components/useAction.js';
import { localize } from '../../i18n/localize.js';
import { formatTime } from '../../lib/formatTime.js';
import { openInvestigate } from '../../lib/openInvestigate.js';
import { simIso } from '../../lib/simClock.js';
import { useResource } from '../../lib/useResource.js';
import { useLive } from '../../live/useLive.js';
import { consequenceOf } from './consequence.js';
import { countUsers, readAssets, serviceName, serviceState } from './observedAssets.js';

/** Hosts, users and services the team can observe, and response actions with their consequence. */
export function Assets() {
  const { t } = useTranslation();
  const { teamId, exercise, resync, language, timeZone } = useSession();
  const assets = useResource(
    async () => readAssets(await api.get<unknown>(`/api/teams/${teamId}/assets`)),
    [teamId, resync],
  );
  const actions = useResource(
    () => api.get<ResponseActionView[]>(`/api/teams/${teamId}/response-actions`),
    [teamId],
  );
  const log = useResource(
    () => api.get<ActionView[]>(`/api/teams/${teamId}/actions`),
    [teamId, resync],
  );
  const [actionId, setActionId] = useState('');
  const [target, setTarget] = useState('');
  const [find, setFind] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string>();
  const act = useAction();
  useLive(teamId ? `team:${teamId}` : undefined, (f) => {
    if (f.type === 'action') {
      log.reload();
      assets.reload();
    }
  });

  const chosen = actions.data?.find((a) => a.id === actionId);
  const data = assets.data ?? { hosts: [], users: [], services: [], userCounts: countUsers([]) };
  const consequence = useMemo(
    () => (chosen ? consequenceOf(chosen, target, data) : undefined),
    [chosen, target, data],
  );
  const hosts = data.hosts.filter(
    (h) => !find || h.name.includes(find) || (h.ip ?? '').includes(find),
  );

  const prepare = (kind: string, value: string) => {
    const first = actions.data?.find((a) => a.target === kind);
    if (first) setActionId(first.id);
    setTarget(value);
    document.getElementById('action-form')?.scrollIntoView({ block: 'nearest' });
  };

  const take = () =>
    void act.run(async () => {
      setConfirming(false);
      const r = await api.post<ActionView>(`/api/teams/${teamId}/actions`, {
        action: actionId,
        target: target.trim(),
      });
      setDone(
        t('assets.done', {
          action: chosen ? localize(chosen.name, language) : actionId,
          target: r.target,
        }),
      );
      log.reload();
      assets.reload();
    });

  return (
    <div>
      <h1>{t('nav.assets')}</h1>
      <Failure error={assets.error ?? actions.error ?? act.error} retry={assets.reload} />
      <section className="card" id="action-form" aria-labelledby="h-act">
        <h2 id="h-act">{t('assets.respond')}</h2>
        <div className="row">
          <label>
            {t('assets.action')}
            <select
              aria-label={t('assets.action')}
              value={actionId}
              onChange={(e) => setActionId(e.target.value)}
            >
              <option value="">{t('assets.chooseAction')}</option>
              {actions.data?.map((a) => (
                <option key={a.id} value={a.id}>
                  {localize(a.name, language)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {chosen
              ? t(`assets.target.${chosen.target}`, { defaultValue: t('assets.targetAny') })
              : t('assets.targetAny')}
            <input
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              list="asset-targets"
            />
          </label>
          <button
            type="button"
            className="primary"
            disabled={!chosen || !target.trim() || act.busy}
            onClick={() => setConfirming(true)}
          >
            {t('assets.take')}
          </button>
        </div>
        {chosen && <p className="muted">{localize(chosen.description, language)}</p>}
        <datalist id="asset-targets">
          {(chosen?.target === 'user'
            ? data.users.map((u) => u.username)
            : data.hosts.map((h) => h.name)
          )
            .slice(0, 500)
            .map((v) => (
              <option key={v} value={v} />
            ))}
        </datalist>
        {done && (
          <p role="status" className="ok">
            {done}
          </p>
        )}
      </section>
      {confirming && chosen && consequence && (
        <Confirm
          title={t('assets.confirmTitle', { action: localize(chosen.name, language), target })}
          confirmLabel={t('assets.confirm', { action: localize(chosen.name, language) })}
          danger={consequence.stops.length > 0 || consequence.disruptsHost || consequence.locksOut}
          onCancel={() => setConfirming(false)}
          onConfirm={take}
        >
          {consequence.stops.map((s) => (
            <p key={s.id} className="warn">
              {t('assets.stopsService', {
                target,
                service: serviceName(s, language),
                people: s.users ?? 0,
              })}
            </p>
          ))}
          {consequence.disruptsHost && consequence.stops.length === 0 && (
            <p>{t('assets.hostOffline', { target })}</p>
          )}
          {consequence.locksOut && <p>{t('assets.locksOut', { target })}</p>}
          <p>{t('assets.costLine', { cost: consequence.cost, time: consequence.executionTime })}</p>
        </Confirm>
      )}
      <section aria-labelledby="h-hosts">
        <div className="row">
          <h2 id="h-hosts">{t('assets.hosts', { count: data.hosts.length })}</h2>
          <input
            type="search"
            aria-label={t('assets.findHost')}
            placeholder={t('assets.findHost')}
            value={find}
            onChange={(e) => setFind(e.target.value)}
          />
        </div>
        {data.hosts.length === 0 ? (
          <p className="empty">{assets.loading ? t('app.loading') : t('assets.noHosts')}</p>
        ) : (
          <div style={{ maxHeight: 320, overflow: 'auto' }}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('assets.name')}</th>
                  <th scope="col">IP</th>
                  <th scope="col">{t('assets.role')}</th>
                  <th scope="col">{t('assets.criticality')}</th>
                  <th scope="col">{t('assets.state')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('assets.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {hosts.slice(0, 300).map((h) => (
                  <tr key={h.name}>
                    <td className="mono">{h.name}</td>
                    <td className="mono">{h.ip ?? ''}</td>
                    <td>{h.role ?? ''}</td>
                    <td>
                      {h.criticality
                        ? t(`severity.${h.criticality}`, { defaultValue: h.criticality })
                        : ''}
                    </td>
                    <td>
                      {h.state
                        ? t(`assets.host-${h.state}`, { defaultValue: h.state })
                        : h.isolated
                          ? t('assets.isolated')
                          : ''}
                    </td>
                    <td className="row">
                      <button
                        type="button"
                        onClick={() => prepare('host', h.name)}
                        aria-label={t('assets.respondTo', { target: h.name })}
                      >
                        {t('assets.respondShort')}
                      </button>
                      <button
                        type="button"
                        onClick={() => openInvestigate(`host.name:"${h.name}"`)}
                        aria-label={t('assets.huntFor', { target: h.name })}
                      >
                        {t('assets.hunt')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <div className="split">
        <section aria-labelledby="h-services">
          <h2 id="h-services">{t('assets.services')}</h2>
          {data.services.length === 0 ? (
            <p className="muted">{t('assets.noServices')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('assets.service')}</th>
                  <th scope="col">{t('assets.state')}</th>
                  <th scope="col">{t('assets.runsOn')}</th>
                  <th scope="col">{t('assets.people')}</th>
                </tr>
              </thead>
              <tbody>
                {data.services.map((s) => {
                  const state = serviceState(s);
                  const minutes = Math.round((s.downtimeMs ?? 0) / 60_000);
                  return (
                    <tr key={s.id}>
                      <td>
                        <strong>{serviceName(s, language)}</strong>
                        {minutes > 0 && (
                          <div className="muted">{t('assets.downtime', { minutes })}</div>
                        )}
                      </td>
                      <td>
                        {state && (
                          <span
                            className={`badge ${state === 'down' ? 'sev-critical' : state === 'degraded' ? 'sev-medium' : 'ok'}`}
                          >
                            {t(`assets.${state}`)}
                          </span>
                        )}
                      </td>
                      <td className="mono">{s.hosts.join(', ')}</td>
                      <td>{s.users ?? '—'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
        <section aria-labelledby="h-log">
          <h2 id="h-log">{t('assets.log')}</h2>
          {(log.data ?? []).length === 0 ? (
            <p className="muted">{t('assets.noActions')}</p>
          ) : (
            <ul className="list">
              {log.data?.map((a) => (
                <li key={a.seq}>
                  {exercise
                    ? formatTime(simIso(exercise.start, a.simTime), timeZone, language)
                    : ''}{' '}
                  —{' '}
                  {localize(actions.data?.find((x) => x.id === a.action)?.name, language) ||
                    a.action}{' '}
                  <code>{a.target}</code>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="h-users">
        <h2 id="h-users">{t('assets.users', { count: data.userCounts.total })}</h2>
        <p className="muted">
          {t('assets.usersSummary', {
            total: data.userCounts.total,
            disabled: data.userCounts.disabled,
            departments: data.userCounts.byDepartment.length,
          })}
        </p>
        <table aria-label={t('assets.byDepartment')} style={{ marginBottom: 8 }}>
          <thead>
            <tr>
              <th scope="col">{t('assets.department')}</th>
              <th scope="col">{t('assets.userCount')}</th>
              <th scope="col">{t('assets.disabledCount')}</th>
            </tr>
          </thead>
          <tbody>
            {data.userCounts.byDepartment.map((d) => (
              <tr key={d.department}>
                <td>{d.department || '—'}</td>
                <td>{d.users}</td>
                <td>{d.disabled}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div style={{ maxHeight: 260, overflow: 'auto' }}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('assets.username')}</th>
                <th scope="col">{t('assets.name')}</th>
                <th scope="col">{t('assets.department')}</th>
                <th scope="col">{t('assets.privileges')}</th>
                <th scope="col">
                  <span className="sr-only">{t('assets.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.users.slice(0, 300).map((u) => (
                <tr key={u.username}>
                  <td className="mono">{u.username}</td>
                  <td>{u.name ?? ''}</td>
                  <td>{u.department ?? ''}</td>
                  <td>{u.privileges ?? ''}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => prepare('user', u.username)}
                      aria-label={t('assets.respondTo', { target: u.username })}
                    >
                      {t('assets.respondShort')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
