import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http.js';
import type { ClockView, ExerciseView, LiveFrame, Me } from '../api/types.js';
import { LiveSocket, type ConnectionState } from '../live/LiveSocket.js';
import { isLanguage, type Language } from '../i18n/languages.js';
import { switchLanguage } from '../i18n/setupI18n.js';
import { SessionContext, type Session } from './SessionContext.js';
import { Shell } from './Shell.js';

function socketUrl(): string {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${proto}//${location.host}/api/ws`;
}

const ownZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Holds the logged-in session: exercises, the live socket, clock, language and time zone. */
export function SessionProvider({
  me,
  onLogout,
}: {
  readonly me: Me;
  readonly onLogout: () => void;
}) {
  const { i18n } = useTranslation();
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [resync, setResync] = useState(0);
  const [live] = useState(
    () =>
      new LiveSocket(socketUrl(), {
        connect: false,
        onState: setConnection,
        onResync: () => setResync((n) => n + 1),
      }),
  );
  // Opened and closed by an effect, so StrictMode's mount-unmount-mount leaves it open.
  useEffect(() => {
    live.open();
    return () => live.close();
  }, [live]);

  const [exercises, setExercises] = useState<readonly ExerciseView[]>([]);
  const [exerciseId, setExerciseId] = useState<string | undefined>(
    () => localStorage.getItem('kunren.exercise') ?? undefined,
  );
  const [clock, setClock] = useState<ClockView>();
  const [news, setNews] = useState<Session['news']>([]);
  const [timeZone, setTimeZoneState] = useState(() => localStorage.getItem('kunren.tz') ?? ownZone);

  const reloadExercises = useCallback(() => {
    void api.get<ExerciseView[]>('/api/exercises').then(setExercises, () => undefined);
  }, []);
  useEffect(reloadExercises, [reloadExercises, resync]);

  // The chosen exercise, else the newest the user has a team in, else the newest.
  const exercise =
    exercises.find((e) => e.id === exerciseId) ??
    [...exercises].reverse().find((e) => me.teams.some((t) => t.exerciseId === e.id)) ??
    exercises[exercises.length - 1];
  const teamId = me.teams.find((t) => t.exerciseId === exercise?.id)?.teamId;

  useEffect(() => setClock(exercise?.clock), [exercise]);
  // The newest view wins, whether it came in a live frame or in the answer to a command.
  const applyClock = useCallback((next: ClockView) => {
    setClock((prev) => (prev && prev.wallAt > next.wallAt ? prev : next));
  }, []);

  const pushNews = useCallback((frame: LiveFrame) => {
    setNews((n) => [{ at: Date.now(), frame }, ...n].slice(0, 50));
  }, []);

  const exId = exercise?.id;
  useEffect(() => {
    if (!exId) return undefined;
    return live.subscribe(`exercise:${exId}`, (frame) => {
      if (frame.type === 'clock') applyClock(frame.clock);
      if (frame.type === 'rewound') setResync((n) => n + 1);
      pushNews(frame);
    });
  }, [live, exId, pushNews, applyClock]);
  useEffect(() => {
    if (!teamId) return undefined;
    return live.subscribe(`team:${teamId}`, pushNews);
  }, [live, teamId, pushNews]);

  const language: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const session: Session = useMemo(
    () => ({
      me,
      exercises,
      exercise,
      teamId,
      clock,
      applyClock,
      live,
      connection,
      resync,
      news,
      language,
      timeZone,
      setLanguage: (l) => {
        localStorage.setItem('kunren.language', l);
        void switchLanguage(l);
      },
      setTimeZone: (z) => {
        localStorage.setItem('kunren.tz', z);
        setTimeZoneState(z);
      },
      selectExercise: (id) => {
        localStorage.setItem('kunren.exercise', id);
        setExerciseId(id);
      },
      reloadExercises,
      logout: onLogout,
    }),
    [
      me,
      exercises,
      exercise,
      teamId,
      clock,
      live,
      connection,
      resync,
      news,
      language,
      timeZone,
      reloadExercises,
      onLogout,
      applyClock,
    ],
  );
  return (
    <SessionContext.Provider value={session}>
      <Shell />
    </SessionContext.Provider>
  );
}
