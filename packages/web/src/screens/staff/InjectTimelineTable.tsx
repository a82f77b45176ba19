import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { Counterpart, InjectTimeline } from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { Confirm } from '../../components/Confirm.js';
import { Failure } from '../../components/Failure.js';
import { TeamSelect } from '../../components/TeamSelect.js';
import { useAction } from '../../components/useAction.js';
import { localize } from '../../i18n/localize.js';
import { formatClock } from '../../lib/formatTime.js';
import { simIso } from '../../lib/simClock.js';
import { useResource } from '../../lib/useResource.js';
import { formatDelay, injectRows, type InjectRow } from './injectRows.js';
import { useExerciseActivity } from './useTeamRooms.js';

/**
 * The scenario's inject timeline for one team at a time (status, when, teams reached), with
 * send-now to that team or to every team still waiting, each after a confirmation.
 */
export function InjectTimelineTable(p: {
  readonly parties: readonly Counterpart[];
  /** Bumped by the parent when it sent something (reload). */
  readonly version: number;
}) {
  const { t } = useTranslation();
  const { exercise, me, language, timeZone, resync } = useSession();
  const timelines = useResource(
    () => api.get<InjectTimeline[]>(`/api/exercises/${exercise?.id}/injects`),
    [exercise?.id, resync, p.version],
  );
  useExerciseActivity(timelines.reload);
  const [chosen, setTeamId] = useState(exercise?.teams[0]?.id ?? '');
  // Another exercise picked meanwhile: fall back to its first team.
  const teamId = exercise?.teams.some((x) => x.id === chosen)
    ? chosen
    : (exercise?.teams[0]?.id ?? '');
  const [asked, setAsked] = useState<{ row: InjectRow; teams: readonly string[] }>();
  const [done, setDone] = useState<string>();
  const send = useAction();
  if (!exercise) return null;
  const canSend = me.user.role === 'admin' || me.user.role === 'instructor';
  const at = (ms: number) => formatClock(simIso(exercise.start, ms), timeZone, language);
  const delay = (w: { from: number; to: number }) =>
    w.from === w.to ? formatDelay(w.from) : `${formatDelay(w.from)}–${formatDelay(w.to)}`;
  const who = (id: string) => localize(p.parties.find((x) => x.id === id)?.name, language) || id;
  const teamName = (id: string) => exercise.teams.find((x) => x.id === id)?.name ?? id;
  const rows = injectRows(timelines.data ?? [], teamId);
  const manual = timelines.data?.find((x) => x.teamId === teamId)?.manual ?? [];
  const when = (row: InjectRow) => {
    const i = row.inject;
    if (i.simTime !== null) return at(i.simTime);
    if (i.expected)
      return i.expected.from === i.expected.to
        ? at(i.expected.from)
        : t('injects.window', { from: at(i.expected.from), to: at(i.expected.to) });
    return i.trigger.kind === 'stage'
      ? t('injects.trigger.stage', { stage: i.trigger.ref, delay: delay(i.trigger.delay) })
      : t('injects.trigger.action', { action: i.trigger.ref, delay: delay(i.trigger.delay) });
  };
  return (
    <section aria-labelledby="h-inject-timeline">
      <div className="row">
        <h2 id="h-inject-timeline">{t('injects.timeline')}</h2>
        <span className="spacer" />
        <TeamSelect
          label={t('injects.forTeam')}
          teams={exercise.teams}
          value={teamId}
          onChange={setTeamId}
        />
      </div>
      <Failure error={timelines.error ?? send.error} retry={timelines.reload} />
      {done && (
        <p role="status" className="ok">
          {done}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="muted">{timelines.loading ? t('app.loading') : t('injects.none')}</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('injects.when')}</th>
                <th scope="col">{t('injects.from')}</th>
                <th scope="col">{t('inbox.subject')}</th>
                <th scope="col">{t('injects.status')}</th>
                <th scope="col">{t('injects.reachedHeader')}</th>
                {canSend && <th scope="col">{t('injects.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const subject = localize(row.inject.subject, language);
                return (
                  <tr key={row.inject.id} data-status={row.inject.status}>
                    <td>{when(row)}</td>
                    <td>{who(row.inject.from)}</td>
                    <td>{subject}</td>
                    <td>{t(`injects.state.${row.inject.status}`)}</td>
                    <td>{t('injects.reached', { reached: row.reached, total: row.teams })}</td>
                    {canSend && (
                      <td>
                        <div className="row" style={{ gap: 6 }}>
                          {row.inject.status === 'scheduled' && (
                            <button
                              type="button"
                              disabled={send.busy}
                              aria-label={t('injects.sendNowTo', {
                                subject,
                                team: teamName(teamId),
                              })}
                              onClick={() => setAsked({ row, teams: [teamId] })}
                            >
                              {t('injects.sendNow')}
                            </button>
                          )}
                          {row.pending.length > 1 && (
                            <button
                              type="button"
                              disabled={send.busy}
                              aria-label={t('injects.sendToAllLabel', {
                                subject,
                                count: row.pending.length,
                              })}
                              onClick={() => setAsked({ row, teams: row.pending })}
                            >
                              {t('injects.sendToAll', { count: row.pending.length })}
                            </button>
                          )}
                        </div>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('injects.manual')}</h3>
      {manual.length === 0 ? (
        <p className="muted">{t('injects.noManual')}</p>
      ) : (
        <ul className="list">
          {manual.map((m) => (
            <li key={m.id}>
              {at(m.simTime)} — {who(m.from)}: {m.subject}
            </li>
          ))}
        </ul>
      )}
      {asked && (
        <Confirm
          title={t('injects.confirmTitle')}
          confirmLabel={t('injects.sendNow')}
          onCancel={() => setAsked(undefined)}
          onConfirm={() => {
            const { row, teams } = asked;
            setAsked(undefined);
            void send.run(async () => {
              const r = await api.post<{ sent: readonly unknown[] }>(
                `/api/exercises/${exercise.id}/injects/${row.inject.id}/send-now`,
                { teams },
              );
              setDone(t('injects.sentNow', { count: r.sent.length }));
              timelines.reload();
            });
          }}
        >
          <p>
            {t('injects.confirmBody', {
              subject: localize(asked.row.inject.subject, language),
              teams: asked.teams.map(teamName).join(', '),
            })}
          </p>
        </Confirm>
      )}
    </section>
  );
}
