import { useTranslation } from 'react-i18next';
import { useSession } from '../app/SessionContext.js';
import { timeZoneChoices } from '../lib/formatTime.js';

const own = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The time zone every time is shown in (stored in UTC, shown in the viewer's zone). */
export function TimeZoneSelect() {
  const { t } = useTranslation();
  const { timeZone, setTimeZone } = useSession();
  return (
    <select
      aria-label={t('shell.timeZone')}
      value={timeZone}
      onChange={(e) => setTimeZone(e.target.value)}
    >
      {timeZoneChoices(own).map((z) => (
        <option key={z} value={z}>
          {z}
        </option>
      ))}
    </select>
  );
}
