import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { TaskView } from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { Failure } from '../../components/Failure.js';
import { useAction } from '../../components/useAction.js';
import { localize } from '../../i18n/localize.js';
import { useResource } from '../../lib/useResource.js';
import { useExerciseActivity } from './useTeamRooms.js';

/** Hint requests of every team, to grant or deny. */
export function Hints() {
  const { t } = useTranslation();
  const { exercise, language, resync } = useSession();
  const requests = useResource(async () => {
    const teams = exercise?.teams ?? [];
    const all = await Promise.all(
      teams.map(async (tm) =>
        (await api.get<TaskView[]>(`/api/teams/${tm.id}/tasks`)).flatMap((task) =>
          task.hints.map((h) => ({ ...h, team: tm.name, task: localize(task.title, language) })),
        ),
      ),
    );
    return all.flat();
  }, [exercise?.id, language, resync]);
  useExerciseActivity(requests.reload);
  const decide = useAction();
  const list = requests.data ?? [];
  const open = list.filter((h) => h.status === 'requested');
  return (
    <div>
      <h1>{t('nav.hints')}</h1>
      <Failure error={requests.error ?? decide.error} retry={requests.reload} />
      {open.length === 0 ? (
        <p className="empty">{t('hints.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('control.team')}</th>
              <th scope="col">{t('hints.task')}</th>
              <th scope="col">{t('hints.number')}</th>
              <th scope="col">{t('hints.penalty')}</th>
              <th scope="col">
                <span className="sr-only">{t('hints.decision')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {open.map((h) => (
              <tr key={h.id}>
                <td>{h.team}</td>
                <td>{h.task}</td>
                <td>{h.index + 1}</td>
                <td>{h.penalty}</td>
                <td className="row">
                  <button
                    type="button"
                    className="primary"
                    disabled={decide.busy}
                    onClick={() =>
                      void decide.run(async () => {
                        await api.post(`/api/hints/${h.id}`, { decision: 'granted' });
                        requests.reload();
                      })
                    }
                  >
                    {t('hints.grant')}
                  </button>
                  <button
                    type="button"
                    disabled={decide.busy}
                    onClick={() =>
                      void decide.run(async () => {
                        await api.post(`/api/hints/${h.id}`, { decision: 'denied' });
                        requests.reload();
                      })
                    }
                  >
                    {t('hints.deny')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('hints.decided')}</h2>
      <ul className="list">
        {list
          .filter((h) => h.status !== 'requested')
          .map((h) => (
            <li key={h.id}>
              {h.team} — {h.task} #{h.index + 1}:{' '}
              {t(`tasks.hintStatus.${h.status}`, { defaultValue: h.status })}
            </li>
          ))}
      </ul>
    </div>
  );
}
