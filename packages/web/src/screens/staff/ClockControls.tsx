import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { ClockView } from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { Confirm } from '../../components/Confirm.js';
import { Failure } from '../../components/Failure.js';
import { useAction } from '../../components/useAction.js';
import { useSimNow } from '../../components/SimClock.js';
import { formatClock } from '../../lib/formatTime.js';
import { simIso } from '../../lib/simClock.js';

const SPEEDS = [1, 2, 5, 10, 12, 20, 30, 60];
const HOUR = 3_600_000;

/** Clock controls: start, pause, resume, speed, jump ahead, end; rewind or branch with confirmation. */
export function ClockControls() {
  const { t } = useTranslation();
  const { exercise, clock, applyClock, timeZone, language, reloadExercises, selectExercise } =
    useSession();
  const sim = useSimNow() ?? 0;
  const act = useAction();
  const [back, setBack] = useState(1);
  const [confirm, setConfirm] = useState<'rewind' | 'branch' | 'end'>();
  if (!exercise || !clock) return null;
  const send = (body: Record<string, unknown>) =>
    void act.run(async () =>
      applyClock(await api.post<ClockView>(`/api/exercises/${exercise.id}/clock`, body)),
    );
  const target = Math.max(0, Math.floor(sim - back * HOUR));
  const can = (s: ClockView['status'][]) => s.includes(clock.status);

  return (
    <section className="card" aria-labelledby="h-clockctl">
      <h2 id="h-clockctl">{t('control.clock')}</h2>
      <div className="row" role="toolbar" aria-label={t('control.clock')}>
        <button
          type="button"
          className="primary"
          disabled={!can(['ready']) || act.busy}
          onClick={() => send({ command: 'start' })}
        >
          {t('control.start')}
        </button>
        <button
          type="button"
          disabled={!can(['running']) || act.busy}
          onClick={() => send({ command: 'pause' })}
        >
          {t('control.pause')}
        </button>
        <button
          type="button"
          disabled={!can(['paused']) || act.busy}
          onClick={() => send({ command: 'resume' })}
        >
          {t('control.resume')}
        </button>
        <label className="inline">
          {t('control.speed')}&nbsp;
          <select
            aria-label={t('control.speed')}
            value={clock.speed}
            disabled={act.busy || clock.status === 'ended'}
            onChange={(e) => send({ command: 'speed', speed: Number(e.target.value) })}
          >
            {[...new Set([...SPEEDS, clock.speed])]
              .sort((a, b) => a - b)
              .map((s) => (
                <option key={s} value={s}>
                  ×{s}
                </option>
              ))}
          </select>
        </label>
        <button
          type="button"
          disabled={act.busy || clock.status === 'ended'}
          onClick={() =>
            send({ command: 'jump', to: Math.min(clock.length, Math.floor(sim + HOUR)) })
          }
        >
          {t('control.jump', { hours: 1 })}
        </button>
        <button
          type="button"
          disabled={act.busy || clock.status === 'ended'}
          onClick={() =>
            send({ command: 'jump', to: Math.min(clock.length, Math.floor(sim + 6 * HOUR)) })
          }
        >
          {t('control.jump', { hours: 6 })}
        </button>
        <button
          type="button"
          className="danger"
          disabled={act.busy || clock.status === 'ended'}
          onClick={() => setConfirm('end')}
        >
          {t('control.end')}
        </button>
      </div>
      <div className="row" style={{ marginTop: 8 }}>
        <label className="inline">
          {t('control.hoursBack')}&nbsp;
          <input
            type="number"
            min={0}
            step={0.5}
            value={back}
            onChange={(e) => setBack(Number(e.target.value))}
            style={{ width: 80 }}
          />
        </label>
        <button type="button" disabled={act.busy} onClick={() => setConfirm('rewind')}>
          {t('control.rewind')}
        </button>
        <button type="button" disabled={act.busy} onClick={() => setConfirm('branch')}>
          {t('control.branch')}
        </button>
        <span className="muted">
          {t('control.to', {
            time: formatClock(simIso(exercise.start, target), timeZone, language),
          })}
        </span>
      </div>
      <Failure error={act.error} />
      {confirm && (
        <Confirm
          title={t(`control.confirm.${confirm}.title`)}
          confirmLabel={t(`control.${confirm}`)}
          danger
          onCancel={() => setConfirm(undefined)}
          onConfirm={() => {
            const which = confirm;
            setConfirm(undefined);
            void act.run(async () => {
              if (which === 'end')
                applyClock(
                  await api.post<ClockView>(`/api/exercises/${exercise.id}/clock`, {
                    command: 'end',
                  }),
                );
              else if (which === 'rewind')
                applyClock(
                  await api.post<ClockView>(`/api/exercises/${exercise.id}/rewind`, {
                    simTime: target,
                  }),
                );
              else {
                const b = await api.post<{ id: string }>(`/api/exercises/${exercise.id}/branch`, {
                  simTime: target,
                });
                reloadExercises();
                selectExercise(b.id);
              }
            });
          }}
        >
          <p>
            {t(`control.confirm.${confirm}.body`, {
              time: formatClock(simIso(exercise.start, target), timeZone, language),
            })}
          </p>
        </Confirm>
      )}
    </section>
  );
}
