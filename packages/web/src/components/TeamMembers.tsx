import { useTranslation } from 'react-i18next';
import type { MemberView } from '../api/types.js';

/** A team's members with an online mark (text for screen readers, not colour alone). */
export function TeamMembers(p: { readonly members: readonly MemberView[] }) {
  const { t } = useTranslation();
  if (p.members.length === 0) return <p className="muted">{t('members.none')}</p>;
  return (
    <ul className="members" aria-label={t('members.title')}>
      {p.members.map((m) => (
        <li key={m.id}>
          <span className={m.online ? 'presence online' : 'presence'} aria-hidden="true" />
          {m.displayName}{' '}
          <span className="muted">({m.online ? t('members.online') : t('members.offline')})</span>
        </li>
      ))}
    </ul>
  );
}
