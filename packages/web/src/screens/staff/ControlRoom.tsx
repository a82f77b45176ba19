import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type {
  ActionView,
  ExerciseView,
  HintPolicy,
  QueryLogView,
  TeamOverview,
} from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { Failure } from '../../components/Failure.js';
import { HintPolicySelect } from '../../components/HintPolicySelect.js';
import { TeamMembers } from '../../components/TeamMembers.js';
import { useAction } from '../../components/useAction.js';
import { formatClock, formatTime } from '../../lib/formatTime.js';
import { simIso } from '../../lib/simClock.js';
import { useResource } from '../../lib/useResource.js';
import { useLive } from '../../live/useLive.js';
import { ClockControls } from './ClockControls.js';
import { TeamTimeline } from './TeamTimeline.js';
import { useExerciseActivity } from './useTeamRooms.js';

function DrillDown({ teamId }: { readonly teamId: string }) {
  const { t } = useTranslation();
  const { exercise, timeZone, language, resync } = useSession();
  const actions = useResource(
    () => api.get<ActionView[]>(`/api/teams/${teamId}/actions`),
    [teamId, resync],
  );
  const queries = useResource(
    () => api.get<QueryLogView[]>(`/api/teams/${teamId}/queries`),
    [teamId, resync],
  );
  useExerciseActivity(() => {
    actions.reload();
    queries.reload();
  });
  const when = (s: number) =>
    exercise ? formatClock(simIso(exercise.start, s), timeZone, language) : '';
  return (
    <div className="split" style={{ marginTop: 8 }}>
      <section aria-labelledby="h-dd-actions">
        <h3 id="h-dd-actions">{t('control.actions')}</h3>
        {(actions.data ?? []).length === 0 ? (
          <p className="muted">{t('control.noActions')}</p>
        ) : (
          <ul className="list">
            {actions.data?.map((a) => (
              <li key={a.seq}>
                {when(a.simTime)} — {a.action} <code>{a.target}</code>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-dd-queries">
        <h3 id="h-dd-queries">{t('control.queries')}</h3>
        {(queries.data ?? []).length === 0 ? (
          <p className="muted">{t('control.noQueries')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('control.when')}</th>
                <th scope="col">{t('control.query')}</th>
                <th scope="col">{t('control.rows')}</th>
              </tr>
            </thead>
            <tbody>
              {queries.data?.slice(0, 100).map((q, i) => (
                <tr key={i}>
                  <td>{formatTime(q.at, timeZone, language)}</td>
                  <td className="mono" style={{ wordBreak: 'break-all' }}>
                    {q.query}
                  </td>
                  <td>{q.error ? <span className="error">{q.error}</span> : q.rows}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

/** The control room: every team at a glance, clock and scoreboard controls, drill-down. */
export function ControlRoom() {
  const { t } = useTranslation();
  const { exercise, clock, me, timeZone, language, resync, reloadExercises } = useSession();
  const overview = useResource(
    () => api.get<readonly TeamOverview[]>(`/api/exercises/${exercise?.id}/overview`),
    [exercise?.id, resync],
  );
  const [selected, setSelected] = useState<string>();
  const board = useAction();
  const [mode, setMode] = useState(exercise?.scoreboard ?? 'hidden');
  useEffect(() => setMode(exercise?.scoreboard ?? 'hidden'), [exercise?.scoreboard]);
  // Members and who is online (presence is not pushed: refreshed every 15 s).
  const members = useResource(
    () => api.get<ExerciseView>(`/api/exercises/${exercise?.id}`),
    [exercise?.id, resync],
  );
  useEffect(() => {
    const id = setInterval(members.reload, 15_000);
    return () => clearInterval(id);
  }, [members.reload]);
  const [hintPolicy, setHintPolicy] = useState<HintPolicy>(exercise?.hintPolicy ?? 'instructor');
  useEffect(() => setHintPolicy(exercise?.hintPolicy ?? 'instructor'), [exercise?.hintPolicy]);
  // The board is pushed to the staff room when it changes (the HTTP load is the start).
  useLive(exercise ? `staff:${exercise.id}` : undefined, (f) => {
    if (f.type === 'overview' && f.exerciseId === exercise?.id) overview.set(() => f.teams);
  });
  if (!exercise) return null;
  const canControl = me.user.role === 'admin' || me.user.role === 'instructor';
  const fmt = (s: number) => formatClock(simIso(exercise.start, s), timeZone, language);
  const teams = overview.data ?? [];
  return (
    <div>
      <h1>{t('nav.control')}</h1>
      {canControl && <ClockControls />}
      <section aria-labelledby="h-teams" style={{ marginTop: 12 }}>
        <div className="row">
          <h2 id="h-teams">{t('control.teams', { count: teams.length })}</h2>
          <span className="legend" aria-hidden="true">
            <span>
              <i className="mark-stage" />
              {t('control.legendStage')}
            </span>
            <span>
              <i className="mark-detect" />
              {t('control.legendDetect')}
            </span>
            <span>
              <i className="mark-contain" />
              {t('control.legendContain')}
            </span>
          </span>
          <span className="spacer" />
          {canControl && (
            <label className="inline">
              {t('control.scoreboard')}&nbsp;
              <select
                aria-label={t('control.scoreboard')}
                value={mode}
                disabled={board.busy}
                onChange={(e) => {
                  const m = e.target.value;
                  void board.run(async () => {
                    await api.put(`/api/exercises/${exercise.id}/scoreboard`, { mode: m });
                    setMode(m);
                  });
                }}
              >
                {['visible', 'hidden', 'frozen'].map((m) => (
                  <option key={m} value={m}>
                    {t(`control.board.${m}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {canControl && (
            <HintPolicySelect
              inline
              value={hintPolicy}
              disabled={board.busy}
              onChange={(policy) =>
                void board.run(async () => {
                  await api.put(`/api/exercises/${exercise.id}/hint-policy`, { policy });
                  setHintPolicy(policy);
                  reloadExercises();
                })
              }
            />
          )}
        </div>
        {overview.loading && !overview.data && (
          <p aria-busy="true" className="muted">
            {t('app.loading')}
          </p>
        )}
        <Failure error={overview.error ?? board.error} retry={overview.reload} />
        <div style={{ overflowX: 'auto' }}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('control.team')}</th>
                <th scope="col" style={{ minWidth: 200 }}>
                  {t('control.timeline')}
                </th>
                <th scope="col">{t('control.stage')}</th>
                <th scope="col">{t('control.detected')}</th>
                <th scope="col">{t('control.contained')}</th>
                <th scope="col">{t('control.score')}</th>
                <th scope="col">{t('control.openAlerts')}</th>
                <th scope="col">{t('control.lastActivity')}</th>
              </tr>
            </thead>
            <tbody>
              {teams.map((team) => (
                <tr key={team.teamId} aria-selected={selected === team.teamId}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-expanded={selected === team.teamId}
                      onClick={() =>
                        setSelected(selected === team.teamId ? undefined : team.teamId)
                      }
                    >
                      {team.name}
                    </button>
                  </td>
                  <td>
                    <TeamTimeline
                      team={team}
                      length={clock?.length ?? 1}
                      now={team.simTime}
                      format={fmt}
                    />
                  </td>
                  <td>
                    {team.stageReached ? `${team.stageReached.id} (${team.stagesReached})` : '—'}
                  </td>
                  <td>{team.detectedAt !== null ? fmt(team.detectedAt) : '—'}</td>
                  <td>{team.containedAt !== null ? fmt(team.containedAt) : '—'}</td>
                  <td>{Math.round(team.score)}</td>
                  <td>{team.openAlerts}</td>
                  <td>
                    {team.lastActivity ? formatTime(team.lastActivity, timeZone, language) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {selected && (
        <section className="card" aria-labelledby="h-dd" style={{ marginTop: 12 }}>
          <h2 id="h-dd">
            {t('control.drillDown', { team: teams.find((x) => x.teamId === selected)?.name ?? '' })}
          </h2>
          <h3>{t('members.title')}</h3>
          <TeamMembers
            members={(members.data ?? exercise).teams.find((x) => x.id === selected)?.members ?? []}
          />
          <DrillDown teamId={selected} />
        </section>
      )}
    </div>
  );
}
