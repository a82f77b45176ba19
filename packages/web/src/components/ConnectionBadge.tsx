import { useTranslation } from 'react-i18next';
import { useSession } from '../app/SessionContext.js';

/** The live connection's state, announced to screen readers when it changes. */
export function ConnectionBadge() {
  const { t } = useTranslation();
  const { connection } = useSession();
  return (
    <span
      className={`conn conn-${connection}`}
      role="status"
      aria-live="polite"
      data-state={connection}
    >
      <span aria-hidden="true" className="dot" /> {t(`connection.${connection}`)}
    </span>
  );
}
