import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHashRoute } from '../lib/useHashRoute.js';
import { navFor, resolveRoute } from './navigation.js';
import { useSession } from './SessionContext.js';
import { SimClock } from '../components/SimClock.js';
import { ConnectionBadge } from '../components/ConnectionBadge.js';
import { LanguageSelect } from '../components/LanguageSelect.js';
import { TimeZoneSelect } from '../components/TimeZoneSelect.js';
import { ExercisePicker } from '../components/ExercisePicker.js';

const screens: Record<string, LazyExoticComponent<ComponentType>> = {
  home: lazy(() => import('../screens/Home.js').then((m) => ({ default: m.Home }))),
  investigate: lazy(() =>
    import('../screens/investigate/Investigate.js').then((m) => ({ default: m.Investigate })),
  ),
  alerts: lazy(() => import('../screens/alerts/Alerts.js').then((m) => ({ default: m.Alerts }))),
  assets: lazy(() => import('../screens/assets/Assets.js').then((m) => ({ default: m.Assets }))),
  inbox: lazy(() => import('../screens/Inbox.js').then((m) => ({ default: m.Inbox }))),
  tasks: lazy(() => import('../screens/Tasks.js').then((m) => ({ default: m.Tasks }))),
  evidence: lazy(() => import('../screens/Evidence.js').then((m) => ({ default: m.Evidence }))),
  report: lazy(() => import('../screens/report/Report.js').then((m) => ({ default: m.Report }))),
  scoreboard: lazy(() =>
    import('../screens/Scoreboard.js').then((m) => ({ default: m.Scoreboard })),
  ),
  control: lazy(() =>
    import('../screens/staff/ControlRoom.js').then((m) => ({ default: m.ControlRoom })),
  ),
  injects: lazy(() => import('../screens/staff/Injects.js').then((m) => ({ default: m.Injects }))),
  chat: lazy(() => import('../screens/staff/Chat.js').then((m) => ({ default: m.Chat }))),
  hints: lazy(() => import('../screens/staff/Hints.js').then((m) => ({ default: m.Hints }))),
  grading: lazy(() => import('../screens/staff/Grading.js').then((m) => ({ default: m.Grading }))),
  exercises: lazy(() =>
    import('../screens/admin/Exercises.js').then((m) => ({ default: m.Exercises })),
  ),
  users: lazy(() => import('../screens/admin/Users.js').then((m) => ({ default: m.Users }))),
};

/** The logged-in frame: header (exercise, sim clock, connection, language, time zone), menu, screen. */
export function Shell() {
  const { t } = useTranslation();
  const session = useSession();
  const [requested, navigate] = useHashRoute();
  const role = session.me.user.role;
  const route = resolveRoute(role, requested);
  const base = route.split('/')[0] ?? '';
  const Screen = screens[base];
  const items = navFor(role);

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('shell.skip')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <ExercisePicker />
        <SimClock />
        <span className="spacer" />
        <ConnectionBadge />
        <LanguageSelect />
        <TimeZoneSelect />
        <span className="user" title={t(`role.${role}`)}>
          {session.me.user.displayName} · {t(`role.${role}`)}
        </span>
        <button type="button" onClick={session.logout}>
          {t('shell.logout')}
        </button>
      </header>
      <nav className="sidenav" aria-label={t('shell.menu')}>
        <ul>
          {items.map((n) => (
            <li key={n.route}>
              <a
                href={`#/${n.route}`}
                aria-current={base === n.route ? 'page' : undefined}
                onClick={() => navigate(n.route)}
              >
                {t(n.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {!session.exercise && base !== 'exercises' && base !== 'users' ? (
          <p className="empty">{t('shell.noExercise')}</p>
        ) : Screen ? (
          <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
            <Screen />
          </Suspense>
        ) : null}
      </main>
    </div>
  );
}
