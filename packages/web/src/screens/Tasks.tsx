import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http.js';
import type { AnswerFeedback, TaskView } from '../api/types.js';
import { useSession } from '../app/SessionContext.js';
import { Confirm } from '../components/Confirm.js';
import { Failure } from '../components/Failure.js';
import { useAction } from '../components/useAction.js';
import { localize } from '../i18n/localize.js';
import { useResource } from '../lib/useResource.js';
import { useLive } from '../live/useLive.js';

function TaskCard({
  task,
  teamId,
  onChanged,
}: {
  readonly task: TaskView;
  readonly teamId: string;
  readonly onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { language, exercise } = useSession();
  const automatic = exercise?.hintPolicy === 'automatic';
  const [answer, setAnswer] = useState('');
  const [feedback, setFeedback] = useState<AnswerFeedback>();
  const [askHint, setAskHint] = useState(false);
  const submit = useAction();
  const hint = useAction();
  const pending = task.hints.some((h) => h.status === 'requested');
  const inputId = `answer-${task.id}`;
  return (
    <article className="card" aria-labelledby={`t-${task.id}`}>
      <div className="row">
        <h2 id={`t-${task.id}`} style={{ margin: 0 }}>
          {localize(task.title, language)}
        </h2>
        <span className="spacer" />
        <span className={`badge ${task.status === 'solved' ? 'ok' : ''}`}>
          {t(`tasks.status.${task.status}`)}
        </span>
        <span className="badge">
          {t('tasks.points', { earned: Math.round(task.earned), points: task.points })}
        </span>
      </div>
      <p className="message-body">{localize(task.question, language)}</p>
      {task.status === 'open' && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void submit.run(async () => {
              const f = await api.post<AnswerFeedback>(
                `/api/teams/${teamId}/tasks/${task.id}/answers`,
                { answer },
              );
              setFeedback(f);
              onChanged();
            });
          }}
        >
          <label htmlFor={inputId} className="sr-only">
            {t('tasks.answerTo', { title: localize(task.title, language) })}
          </label>
          {task.choices ? (
            <select
              id={inputId}
              value={answer}
              onChange={(e) => setAnswer(e.target.value)}
              required
            >
              <option value="">{t('tasks.choose')}</option>
              {task.choices.map((c, i) => (
                <option key={i} value={localize(c, 'en')}>
                  {localize(c, language)}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={inputId}
              value={answer}
              onChange={(e) => setAnswer(e.target.value)}
              required
              style={{ flex: 1, minWidth: 220 }}
              placeholder={t(`tasks.type.${task.answerType}`, {
                defaultValue: t('tasks.yourAnswer'),
              })}
            />
          )}
          <button type="submit" className="primary" disabled={submit.busy}>
            {t('tasks.submit')}
          </button>
          <span className="muted">
            {task.attempts === null
              ? t('tasks.unlimited')
              : t('tasks.attempts', { used: task.attemptsUsed, total: task.attempts })}
          </span>
        </form>
      )}
      {feedback && (
        <p role="status" className={feedback.correct ? 'ok' : 'warn'}>
          {feedback.correct
            ? t('tasks.correct', { points: Math.round(feedback.points) })
            : feedback.credit > 0
              ? t('tasks.partial', { points: Math.round(feedback.points) })
              : t('tasks.wrong')}{' '}
          {t(`feedback.${feedback.feedback}`, { defaultValue: '' })}
          {feedback.attemptsLeft !== null &&
            ` ${t('tasks.attemptsLeft', { count: feedback.attemptsLeft })}`}
        </p>
      )}
      <Failure error={submit.error ?? hint.error} />
      {task.hints.map((h) => (
        <p key={h.id} className="muted">
          {t('tasks.hintN', { n: h.index + 1 })}:{' '}
          {h.text
            ? localize(h.text, language)
            : t(`tasks.hintStatus.${h.status}`, { defaultValue: h.status })}{' '}
          ({t('tasks.penalty', { points: h.penalty })})
        </p>
      ))}
      {task.hintsAvailable > 0 && (
        <p className="muted">
          {t('tasks.hintsTaken', { taken: task.hintsTaken, total: task.hintsAvailable })}
        </p>
      )}
      {task.status === 'open' && task.nextHintPenalty !== null && (
        <button type="button" disabled={pending || hint.busy} onClick={() => setAskHint(true)}>
          {pending
            ? t('tasks.hintPending')
            : t('tasks.askHintCost', { points: task.nextHintPenalty })}
        </button>
      )}
      {askHint && task.nextHintPenalty !== null && (
        <Confirm
          title={t('tasks.askHint')}
          confirmLabel={t('tasks.askHintConfirm')}
          onCancel={() => setAskHint(false)}
          onConfirm={() => {
            setAskHint(false);
            void hint.run(async () => {
              await api.post(`/api/teams/${teamId}/tasks/${task.id}/hints`);
              onChanged();
            });
          }}
        >
          <p>
            {automatic
              ? t('tasks.hintCostAutomatic', { points: task.nextHintPenalty })
              : t('tasks.hintCostPoints', { points: task.nextHintPenalty })}
          </p>
        </Confirm>
      )}
    </article>
  );
}

/** Tasks: answer, ask for a hint (its cost stated first), feedback and points. */
export function Tasks() {
  const { t } = useTranslation();
  const { teamId, resync } = useSession();
  const tasks = useResource(
    () => api.get<TaskView[]>(`/api/teams/${teamId}/tasks`),
    [teamId, resync],
  );
  useLive(teamId ? `team:${teamId}` : undefined, (f) => {
    if (f.type === 'hint' || f.type === 'clock') tasks.reload();
  });
  if (!teamId) return null;
  const list = tasks.data ?? [];
  const earned = list.reduce((s, x) => s + x.earned, 0);
  return (
    <div>
      <h1>{t('nav.tasks')}</h1>
      <p className="muted">
        {t('tasks.summary', {
          solved: list.filter((x) => x.status === 'solved').length,
          total: list.length,
          points: Math.round(earned),
        })}
      </p>
      {tasks.loading && !tasks.data && (
        <p aria-busy="true" className="muted">
          {t('app.loading')}
        </p>
      )}
      <Failure error={tasks.error} retry={tasks.reload} />
      {list.length === 0 && !tasks.loading && <p className="empty">{t('tasks.empty')}</p>}
      <div style={{ display: 'grid', gap: 12 }}>
        {list.map((task) => (
          <TaskCard key={task.id} task={task} teamId={teamId} onChanged={tasks.reload} />
        ))}
      </div>
    </div>
  );
}
