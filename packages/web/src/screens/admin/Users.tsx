import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { Role, User } from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { Failure } from '../../components/Failure.js';
import { useAction } from '../../components/useAction.js';
import { useResource } from '../../lib/useResource.js';

const ROLES: Role[] = ['trainee', 'instructor', 'evaluator', 'coordinator', 'admin'];

/** Accounts: list and create. */
export function Users() {
  const { t } = useTranslation();
  const { me } = useSession();
  const users = useResource(() => api.get<User[]>('/api/users'), []);
  const [form, setForm] = useState({
    username: '',
    displayName: '',
    role: 'trainee' as Role,
    password: '',
  });
  const create = useAction();
  return (
    <div>
      <h1>{t('nav.users')}</h1>
      <div className="split">
        <section aria-labelledby="h-users">
          <h2 id="h-users">{t('users.list', { count: users.data?.length ?? 0 })}</h2>
          <Failure error={users.error} retry={users.reload} />
          <table>
            <thead>
              <tr>
                <th scope="col">{t('users.username')}</th>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.role')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data?.map((u) => (
                <tr key={u.id}>
                  <td className="mono">{u.username}</td>
                  <td>{u.displayName}</td>
                  <td>{t(`role.${u.role}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <form
          className="card"
          aria-labelledby="h-new-user"
          onSubmit={(e) => {
            e.preventDefault();
            void create.run(async () => {
              await api.post('/api/users', form);
              setForm({ username: '', displayName: '', role: 'trainee', password: '' });
              users.reload();
            });
          }}
        >
          <h2 id="h-new-user">{t('users.create')}</h2>
          <label>
            {t('users.username')}
            <input
              value={form.username}
              onChange={(e) => setForm({ ...form, username: e.target.value.toLowerCase() })}
              required
              pattern="[a-z0-9][a-z0-9._\-]{0,63}"
            />
          </label>
          <label>
            {t('users.displayName')}
            <input
              value={form.displayName}
              onChange={(e) => setForm({ ...form, displayName: e.target.value })}
              required
            />
          </label>
          <label>
            {t('users.role')}
            <select
              aria-label={t('users.role')}
              value={form.role}
              onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
            >
              {ROLES.filter((r) => r !== 'admin' || me.user.role === 'admin').map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('users.password')}
            <input
              type="password"
              autoComplete="new-password"
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
              required
              minLength={10}
            />
          </label>
          <Failure error={create.error} />
          <button type="submit" className="primary" disabled={create.busy}>
            {t('users.createButton')}
          </button>
        </form>
      </div>
    </div>
  );
}
