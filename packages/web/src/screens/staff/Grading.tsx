import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { ReportView, RubricView } from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { Failure } from '../../components/Failure.js';
import { useAction } from '../../components/useAction.js';
import { localize } from '../../i18n/localize.js';
import { formatTime } from '../../lib/formatTime.js';
import { useResource } from '../../lib/useResource.js';
import { ReportEditor } from '../report/ReportEditor.js';
import { gradeBody, pointsOf, rubricTotal } from './rubric.js';
import { useExerciseActivity } from './useTeamRooms.js';

/** Report grading on the scenario's rubric (guidance resolved per team), team by team. */
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
  const rubric = useResource(
    () =>
      teamId
        ? api.get<RubricView>(`/api/teams/${teamId}/report/rubric`)
        : Promise.resolve<RubricView>({ criteria: [], max: 0 }),
    [teamId],
  );
  const [points, setPoints] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const grade = useAction();
  const current = reports.data?.find((r) => r.team.id === teamId);
  const criteria = rubric.data?.criteria ?? [];
  const earlier = current?.report.grade ?? null;
  // Start from the team's earlier grade, if any, when the team or its rubric changes.
  useEffect(() => {
    setPoints(pointsOf(criteria, earlier));
    setComment(earlier?.comment ?? '');
  }, [teamId, rubric.data, earlier?.total]);
  const sum = rubricTotal(criteria, points);
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
                await api.post(
                  `/api/teams/${current.team.id}/report/grade`,
                  gradeBody(criteria, points, comment),
                );
                reports.reload();
              });
            }}
          >
            <h2 id="h-rubric">{t('grading.rubric')}</h2>
            <Failure error={rubric.error} retry={rubric.reload} />
            {criteria.map((c) => (
              <div key={c.id} className="criterion" style={{ marginBottom: 10 }}>
                <label
                  className="inline"
                  style={{ justifyContent: 'space-between', gap: 8, display: 'flex' }}
                >
                  <strong>{localize(c.title, language)}</strong>
                  <span>
                    <input
                      type="number"
                      min={0}
                      max={c.points}
                      step={0.5}
                      aria-label={t('grading.criterionPoints', {
                        criterion: localize(c.title, language),
                        max: c.points,
                      })}
                      value={points[c.id] ?? 0}
                      onChange={(e) => setPoints({ ...points, [c.id]: Number(e.target.value) })}
                      style={{ width: 70 }}
                    />{' '}
                    / {c.points}
                  </span>
                </label>
                {c.description && (
                  <p className="muted" style={{ margin: '2px 0' }}>
                    {localize(c.description, language)}
                  </p>
                )}
                {c.guidance && (
                  <details>
                    <summary>{t('grading.guidance')}</summary>
                    <p style={{ margin: '4px 0' }}>{localize(c.guidance, language)}</p>
                  </details>
                )}
              </div>
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
