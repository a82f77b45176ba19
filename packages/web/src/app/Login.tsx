import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../api/http.js';
import { ApiError } from '../api/ApiError.js';
import { LanguageSelect } from '../components/LanguageSelect.js';
import { errorText } from '../components/errorText.js';

/** The login form. */
export function Login({ onLoggedIn }: { readonly onLoggedIn: () => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const r = await api.post<{ csrfToken: string }>('/api/auth/login', { username, password });
      setCsrfToken(r.csrfToken);
      onLoggedIn();
    } catch (err) {
      setError(err instanceof ApiError ? errorText(t, err) : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <form onSubmit={submit} aria-labelledby="login-title" className="card">
        <h1 id="login-title">{t('app.name')}</h1>
        <p className="muted">{t('login.tagline')}</p>
        <label>
          {t('login.username')}
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            autoFocus
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('login.signingIn') : t('login.signIn')}
        </button>
        <LanguageSelect />
      </form>
    </main>
  );
}
