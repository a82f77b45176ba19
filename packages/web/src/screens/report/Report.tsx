import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { IncidentReport, ReportView } from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { Confirm } from '../../components/Confirm.js';
import { Failure } from '../../components/Failure.js';
import { useAction } from '../../components/useAction.js';
import { formatTime } from '../../lib/formatTime.js';
import { useResource } from '../../lib/useResource.js';
import { cleanReport } from './cleanReport.js';
import { ReportEditor } from './ReportEditor.js';
import { useAutosave } from './useAutosave.js';

/** The incident report: structured editor with autosave, submit, the grade once given. */
export function Report() {
  const { t } = useTranslation();
  const { teamId, resync, timeZone, language } = useSession();
  const report = useResource(
    () => api.get<ReportView>(`/api/teams/${teamId}/report`),
    [teamId, resync],
  );
  const [draft, setDraft] = useState<IncidentReport>();
  const [confirm, setConfirm] = useState(false);
  const submit = useAction();
  useEffect(() => {
    if (report.data) setDraft(report.data.content);
  }, [report.data]);
  const submitted = Boolean(report.data?.submittedAt);
  const save = useCallback(
    async (v: IncidentReport | undefined) => {
      if (!v) return;
      await api.put(`/api/teams/${teamId}/report`, cleanReport(v));
    },
    [teamId],
  );
  const autosave = useAutosave(draft, save, 1200, Boolean(draft) && !submitted);
  const fmt = (iso: string) => formatTime(iso, timeZone, language);
  if (!draft) return <Failure error={report.error} retry={report.reload} />;
  return (
    <div>
      <div className="row">
        <h1 style={{ margin: 0 }}>{t('nav.report')}</h1>
        <span className="spacer" />
        <span role="status" className="muted" data-save-state={autosave.state}>
          {submitted
            ? t('report.submittedAt', { at: fmt(report.data?.submittedAt ?? '') })
            : t(`report.save.${autosave.state}`)}
        </span>
        {!submitted && (
          <button
            type="button"
            className="primary"
            disabled={submit.busy}
            onClick={() => setConfirm(true)}
          >
            {t('report.submit')}
          </button>
        )}
      </div>
      <Failure error={report.error ?? submit.error} />
      {report.data?.grade && (
        <section className="card" aria-labelledby="h-grade" style={{ margin: '8px 0' }}>
          <h2 id="h-grade">
            {t('report.grade', { total: report.data.grade.total, max: report.data.grade.max })}
          </h2>
          {report.data.grade.comment && <p className="message-body">{report.data.grade.comment}</p>}
        </section>
      )}
      <ReportEditor value={draft} onChange={setDraft} readOnly={submitted} formatTime={fmt} />
      {confirm && (
        <Confirm
          title={t('report.submitTitle')}
          confirmLabel={t('report.submit')}
          onCancel={() => setConfirm(false)}
          onConfirm={() => {
            setConfirm(false);
            void submit.run(async () => {
              if (!(await autosave.flush())) throw new Error(t('report.save.failed'));
              await api.post(`/api/teams/${teamId}/report/submit`);
              report.reload();
            });
          }}
        >
          <p>{t('report.submitWarning')}</p>
        </Confirm>
      )}
    </div>
  );
}
