import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../api/http.js';
import type { Me } from '../api/types.js';
import { ApiError } from '../api/ApiError.js';
import { Login } from './Login.js';
import { SessionProvider } from './SessionProvider.js';

/** The app: asks who is logged in, shows the login form or the logged-in shell. */
export function App() {
  const { t } = useTranslation();
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [error, setError] = useState<string>();

  const loadMe = useCallback(() => {
    // Without the CSRF cookie there is no session: show the login form without asking.
    if (!/(?:^|;\s*)kunren_csrf=/.test(document.cookie)) {
      setMe(null);
      return;
    }
    api.get<Me>('/api/auth/me').then(setMe, (e: unknown) => {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) setMe(null);
      else setError(e instanceof Error ? e.message : String(e));
    });
  }, []);
  useEffect(loadMe, [loadMe]);

  if (error)
    return (
      <main className="centered" role="alert">
        <p>{t('app.unreachable')}</p>
        <button type="button" onClick={() => location.reload()}>
          {t('action.retry')}
        </button>
      </main>
    );
  if (me === undefined)
    return (
      <main className="centered" aria-busy="true">
        <p>{t('app.loading')}</p>
      </main>
    );
  if (me === null) return <Login onLoggedIn={loadMe} />;
  return (
    <SessionProvider
      me={me}
      onLogout={() => {
        void api.post('/api/auth/logout').finally(() => {
          setCsrfToken(undefined);
          setMe(null);
        });
      }}
    />
  );
}
