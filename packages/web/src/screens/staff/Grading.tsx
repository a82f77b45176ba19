import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { ReportView } from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { Failure } from '../../components/Failure.js';
import { useAction } from '../../components/useAction.js';
import { formatTime } from '../../lib/formatTime.js';
import { useResource } from '../../lib/useResource.js';
import { ReportEditor } from '../report/ReportEditor.js';
import { DEFAULT_RUBRIC, rubricTotal } from './rubric.js';
import { useExerciseActivity } from './useTeamRooms.js';

/** Report grading against the rubric, team by team. */
export function Grading() {
  const { t } = useTranslation();
  const { exercise, timeZone, language, resync } = useSession();
  const [teamId, setTeamId] = useState(exercise?.teams[0]?.id ?? '');
  const reports = useResource(async () => {
    const teams = exercise?.teams ?? [];
    return Promise.all(
      teams.map(async (tm) => ({
        team: tm,
        report: await api.get<ReportView>(`/api/teams/${tm.id}/report`),
      })),
    );
  }, [exercise?.id, resync]);
  useExerciseActivity(reports.reload);
  const [points, setPoints] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const grade = useAction();
  const current = reports.data?.find((r) => r.team.id === teamId);
  const sum = rubricTotal(DEFAULT_RUBRIC, points);
  const fmt = (iso: string) => formatTime(iso, timeZone, language);
  return (
    <div>
      <h1>{t('nav.grading')}</h1>
      <Failure error={reports.error} retry={reports.reload} />
      <table style={{ maxWidth: 720 }}>
        <thead>
          <tr>
            <th scope="col">{t('control.team')}</th>
            <th scope="col">{t('grading.state')}</th>
            <th scope="col">{t('grading.grade')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.data?.map(({ team, report }) => (
            <tr key={team.id} aria-selected={team.id === teamId}>
              <td>
                <button type="button" className="link" onClick={() => setTeamId(team.id)}>
                  {team.name}
                </button>
              </td>
              <td>
                {report.submittedAt
                  ? t('grading.submitted', { at: fmt(report.submittedAt) })
                  : report.updatedAt
                    ? t('grading.draft')
                    : t('grading.none')}
              </td>
              <td>{report.grade ? `${report.grade.total} / ${report.grade.max}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {current && (
        <div className="split" style={{ marginTop: 12 }}>
          <section aria-labelledby="h-report-of">
            <h2 id="h-report-of">{t('grading.reportOf', { team: current.team.name })}</h2>
            {current.report.submittedAt ? (
              <ReportEditor
                value={current.report.content}
                onChange={() => undefined}
                readOnly
                formatTime={fmt}
              />
            ) : (
              <p className="muted">{t('grading.notSubmitted')}</p>
            )}
          </section>
          <form
            className="card"
            aria-labelledby="h-rubric"
            onSubmit={(e) => {
              e.preventDefault();
              void grade.run(async () => {
                await api.put(`/api/teams/${current.team.id}/report/grade`, {
                  criteria: DEFAULT_RUBRIC.map((c) => ({
                    criterion: t(`rubric.${c.key}`),
                    points: Math.min(c.max, Math.max(0, points[c.key] ?? 0)),
                    max: c.max,
                  })),
                  ...(comment.trim() ? { comment } : {}),
                });
                reports.reload();
              });
            }}
          >
            <h2 id="h-rubric">{t('grading.rubric')}</h2>
            {DEFAULT_RUBRIC.map((c) => (
              <label
                key={c.key}
                className="inline"
                style={{ justifyContent: 'space-between', marginBottom: 6 }}
              >
                <span>{t(`rubric.${c.key}`)}</span>
                <span>
                  <input
                    type="number"
                    min={0}
                    max={c.max}
                    step={1}
                    value={points[c.key] ?? 0}
                    onChange={(e) => setPoints({ ...points, [c.key]: Number(e.target.value) })}
                    style={{ width: 70 }}
                  />{' '}
                  / {c.max}
                </span>
              </label>
            ))}
            <p>
              <strong>{t('grading.total', { total: sum.total, max: sum.max })}</strong>
            </p>
            <label>
              {t('grading.comment')}
              <textarea value={comment} onChange={(e) => setComment(e.target.value)} />
            </label>
            <Failure error={grade.error} />
            <button
              type="submit"
              className="primary"
              disabled={grade.busy || !current.report.submittedAt}
            >
              {t('grading.save')}
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
