import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/SessionContext.js';
import { formatClock } from '../lib/formatTime.js';
import { simIso, simTimeAt } from '../lib/simClock.js';

/** Sim time now (ticking between clock frames) and the speed; also a hook for screens. */
export function useSimNow(): number | undefined {
  const { clock } = useSession();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (clock?.status !== 'running') return undefined;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [clock?.status]);
  return clock ? simTimeAt(clock, now) : undefined;
}

/** The exercise clock in the header. */
export function SimClock() {
  const { t } = useTranslation();
  const { clock, exercise, timeZone, language } = useSession();
  const sim = useSimNow();
  if (!clock || !exercise || sim === undefined) return null;
  return (
    <span
      className={`simclock ${clock.status}`}
      role="timer"
      aria-live="off"
      aria-label={t('clock.label')}
    >
      <span className="status">{t(`clock.status.${clock.status}`)}</span>{' '}
      <time dateTime={simIso(exercise.start, sim)}>
        {formatClock(simIso(exercise.start, sim), timeZone, language)}
      </time>{' '}
      <span className="speed">{t('clock.speed', { speed: clock.speed })}</span>
    </span>
  );
}
