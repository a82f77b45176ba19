import { useTranslation } from 'react-i18next';
import { api } from '../api/http.js';
import type { ScoreboardView, ScoreView } from '../api/types.js';
import { useSession } from '../app/SessionContext.js';
import { Failure } from '../components/Failure.js';
import { useResource } from '../lib/useResource.js';
import { useLive } from '../live/useLive.js';

/** The scoreboard when the instructor shows it, and the team's own score by component. */
export function Scoreboard() {
  const { t } = useTranslation();
  const { exercise, teamId, resync } = useSession();
  const board = useResource(
    () => api.get<ScoreboardView>(`/api/exercises/${exercise?.id}/scoreboard`),
    [exercise?.id, resync],
  );
  const own = useResource(() => api.get<ScoreView>(`/api/teams/${teamId}/score`), [teamId, resync]);
  useLive(teamId ? `team:${teamId}` : undefined, (f) => {
    if (f.type === 'score') {
      own.set(() => f.score);
      board.reload();
    }
  });
  return (
    <div>
      <h1>{t('nav.scoreboard')}</h1>
      <Failure error={board.error ?? own.error} retry={board.reload} />
      {board.data?.mode === 'hidden' ? (
        <p className="empty">{t('scoreboard.hidden')}</p>
      ) : (
        <>
          {board.data?.mode === 'frozen' && <p className="warn">{t('scoreboard.frozen')}</p>}
          <table style={{ maxWidth: 520 }}>
            <thead>
              <tr>
                <th scope="col">{t('scoreboard.rank')}</th>
                <th scope="col">{t('scoreboard.team')}</th>
                <th scope="col">{t('scoreboard.points')}</th>
              </tr>
            </thead>
            <tbody>
              {board.data?.entries.map((e) => (
                <tr
                  key={e.rank}
                  style={e.own ? { fontWeight: 700, background: 'var(--accent-soft)' } : undefined}
                >
                  <td>{e.rank}</td>
                  <td>{e.team ?? t('scoreboard.otherTeam')}</td>
                  <td>{Math.round(e.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {own.data && (
        <section aria-labelledby="h-own">
          <h2 id="h-own">
            {t('scoreboard.ownScore', {
              total: Math.round(own.data.total),
              max: Math.round(own.data.max),
            })}
          </h2>
          <table style={{ maxWidth: 520 }}>
            <tbody>
              {own.data.components.map((c) => (
                <tr key={c.id}>
                  <th scope="row" style={{ position: 'static' }}>
                    {t(`score.${c.id}`, { defaultValue: c.id })}
                  </th>
                  <td>
                    <meter
                      min={0}
                      max={Math.max(c.max, 1)}
                      value={Math.max(0, c.points)}
                      aria-label={t(`score.${c.id}`, { defaultValue: c.id })}
                    />{' '}
                    {Math.round(c.points)} / {Math.round(c.max)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
