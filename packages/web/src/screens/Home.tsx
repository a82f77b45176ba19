import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http.js';
import type { ExerciseView, LiveFrame, ScoreView } from '../api/types.js';
import { useSession } from '../app/SessionContext.js';
import { useSimNow } from '../components/SimClock.js';
import { TeamMembers } from '../components/TeamMembers.js';
import { localize, messageText } from '../i18n/localize.js';
import { formatClock } from '../lib/formatTime.js';
import { simIso } from '../lib/simClock.js';
import { useResource } from '../lib/useResource.js';
import { useLive } from '../live/useLive.js';

function newsText(
  t: (k: string, o?: Record<string, unknown>) => string,
  f: LiveFrame,
  language: string,
): string | undefined {
  switch (f.type) {
    case 'message':
      return t(f.message.kind === 'inject' ? 'home.news.inject' : 'home.news.message', {
        subject: messageText(f.message, language).subject,
      });
    case 'alert':
      return t('home.news.alert', { title: f.alert.title });
    case 'score':
      return t('home.news.score', { total: Math.round(f.score.total) });
    case 'hint':
      return t('home.news.hint', { status: f.hint.status });
    case 'share':
      return t('home.news.share');
    case 'rewound':
      return t('home.news.rewound');
    case 'clock':
    case 'action':
    case 'report':
    case 'overview':
      return undefined;
    default: {
      const never: never = f;
      return String(never);
    }
  }
}

/** Exercise home: briefing, sim clock and speed, team and its members, score, what is new. */
export function Home() {
  const { t } = useTranslation();
  const { exercise, teamId, me, clock, news, language, timeZone, resync } = useSession();
  const sim = useSimNow();
  const score = useResource(
    () => api.get<ScoreView>(`/api/teams/${teamId}/score`),
    [teamId, resync],
  );
  useLive(teamId ? `team:${teamId}` : undefined, (f) => {
    if (f.type === 'score') score.set(() => f.score);
  });
  // Members and who is online: refreshed every 30 s (presence is not pushed).
  const fresh = useResource(
    () =>
      exercise
        ? api.get<ExerciseView>(`/api/exercises/${exercise.id}`)
        : Promise.resolve(undefined),
    [exercise?.id, resync],
  );
  useEffect(() => {
    const id = setInterval(fresh.reload, 30_000);
    return () => clearInterval(id);
  }, [fresh.reload]);
  if (!exercise) return null;
  const team = me.teams.find((x) => x.teamId === teamId);
  const items = news
    .map((n) => ({ at: n.at, text: newsText(t, n.frame, language) }))
    .filter((n) => n.text);
  return (
    <div>
      <h1>{localize(exercise.title, language)}</h1>
      <div className="cards">
        <section className="card" aria-labelledby="h-clock">
          <h2 id="h-clock">{t('home.clock')}</h2>
          <p style={{ fontSize: '1.4rem', margin: 0 }} className="mono">
            {sim !== undefined ? formatClock(simIso(exercise.start, sim), timeZone, language) : '—'}
          </p>
          <p className="muted">
            {clock ? t(`clock.status.${clock.status}`) : ''} ·{' '}
            {t('clock.speed', { speed: clock?.speed ?? 1 })}
          </p>
        </section>
        <section className="card" aria-labelledby="h-team">
          <h2 id="h-team">{t('home.team')}</h2>
          <p>{team?.name ?? '—'}</p>
          <p className="muted">{t('home.you', { name: me.user.displayName })}</p>
          <h3 id="h-members">{t('members.title')}</h3>
          <TeamMembers
            members={(fresh.data ?? exercise).teams.find((x) => x.id === teamId)?.members ?? []}
          />
        </section>
        <section className="card" aria-labelledby="h-score">
          <h2 id="h-score">{t('home.score')}</h2>
          <p style={{ fontSize: '1.4rem', margin: 0 }}>
            {score.data
              ? t('home.points', {
                  total: Math.round(score.data.total),
                  max: Math.round(score.data.max),
                })
              : '—'}
          </p>
        </section>
      </div>
      <div className="split" style={{ marginTop: 12 }}>
        <section className="card" aria-labelledby="h-new">
          <h2 id="h-new">{t('home.whatsNew')}</h2>
          {items.length === 0 ? (
            <p className="muted">{t('home.nothingNew')}</p>
          ) : (
            <ul className="list" aria-live="polite">
              {items.slice(0, 12).map((n, i) => (
                <li key={`${n.at}-${i}`}>{n.text}</li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="h-brief">
          <h2 id="h-brief">{t('home.briefing')}</h2>
          <div className="message-body">{localize(exercise.briefing, language)}</div>
        </section>
      </div>
    </div>
  );
}
