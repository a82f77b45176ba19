import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/SessionContext.js';
import { TeamSelect } from '../../components/TeamSelect.js';
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
        <TeamSelect
          label={t('control.team')}
          teams={exercise?.teams ?? []}
          value={teamId}
          onChange={setTeamId}
        />
      </div>
      {teamId && <MessageCentre key={teamId} teamId={teamId} asStaff />}
    </div>
  );
}
