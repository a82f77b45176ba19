import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/SessionContext.js';
import { MessageCentre } from '../Inbox.js';

/** Chat with any team as any counterpart. */
export function Chat() {
  const { t } = useTranslation();
  const { exercise } = useSession();
  const [teamId, setTeamId] = useState(exercise?.teams[0]?.id ?? '');
  return (
    <div>
      <div className="row">
        <h1 style={{ margin: 0 }}>{t('nav.chat')}</h1>
        <label className="inline">
          {t('control.team')}&nbsp;
          <select
            aria-label={t('control.team')}
            value={teamId}
            onChange={(e) => setTeamId(e.target.value)}
          >
            {exercise?.teams.map((tm) => (
              <option key={tm.id} value={tm.id}>
                {tm.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {teamId && <MessageCentre key={teamId} teamId={teamId} asStaff />}
    </div>
  );
}
