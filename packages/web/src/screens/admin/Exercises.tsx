import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/http.js';
import type { ExerciseView, HintPolicy } from '../../api/types.js';
import { useSession } from '../../app/SessionContext.js';
import { Failure } from '../../components/Failure.js';
import { HintPolicySelect } from '../../components/HintPolicySelect.js';
import { useAction } from '../../components/useAction.js';
import { localize } from '../../i18n/localize.js';
import { useResource } from '../../lib/useResource.js';

interface TeamDraft {
  name: string;
  members: string;
}

/** Exercises: those on the server, and a form to create one from a scenario for a set of teams. */
export function Exercises() {
  const { t } = useTranslation();
  const { exercises, language, reloadExercises, selectExercise } = useSession();
  const scenarios = useResource(
    () => api.get<{ id: string; title: string }[]>('/api/scenarios'),
    [],
  );
  const [name, setName] = useState('');
  const [scenario, setScenario] = useState('');
  const [speed, setSpeed] = useState(12);
  const [hintPolicy, setHintPolicy] = useState<HintPolicy>('instructor');
  const [teams, setTeams] = useState<TeamDraft[]>([{ name: 'A', members: '' }]);
  const create = useAction();
  return (
    <div>
      <h1>{t('nav.exercises')}</h1>
      <div className="split">
        <section aria-labelledby="h-ex-list">
          <h2 id="h-ex-list">{t('exercises.list', { count: exercises.length })}</h2>
          <ul className="list">
            {exercises.map((x) => (
              <li key={x.id} className="row">
                <span>
                  <strong>{x.name}</strong> — {localize(x.title, language)}{' '}
                  <span className="badge">{t(`clock.status.${x.clock.status}`)}</span>{' '}
                  <span className="muted">{t('exercises.teams', { count: x.teams.length })}</span>
                </span>
                <span className="spacer" />
                <button
                  type="button"
                  onClick={() => {
                    selectExercise(x.id);
                    window.location.hash = '#/control';
                  }}
                >
                  {t('exercises.open')}
                </button>
              </li>
            ))}
          </ul>
        </section>
        <form
          className="card"
          aria-labelledby="h-ex-new"
          onSubmit={(e) => {
            e.preventDefault();
            void create.run(async () => {
              const x = await api.post<ExerciseView>('/api/exercises', {
                name,
                scenario,
                speed,
                hintPolicy,
                teams: teams.map((tm) => ({
                  name: tm.name.trim(),
                  members: tm.members.split(/[\s,]+/).filter(Boolean),
                })),
              });
              reloadExercises();
              selectExercise(x.id);
              setName('');
            });
          }}
        >
          <h2 id="h-ex-new">{t('exercises.create')}</h2>
          <Failure error={scenarios.error} />
          <label>
            {t('exercises.name')}
            <input value={name} onChange={(e) => setName(e.target.value)} required />
          </label>
          <label>
            {t('exercises.scenario')}
            <select
              aria-label={t('exercises.scenario')}
              value={scenario}
              onChange={(e) => setScenario(e.target.value)}
              required
            >
              <option value="">{t('inbox.choose')}</option>
              {scenarios.data?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('control.speed')}
            <input
              type="number"
              min={1}
              max={60}
              value={speed}
              onChange={(e) => setSpeed(Number(e.target.value))}
            />
          </label>
          <HintPolicySelect value={hintPolicy} onChange={setHintPolicy} />
          <fieldset>
            <legend>{t('exercises.teamsLegend')}</legend>
            {teams.map((tm, i) => (
              <div key={i} className="row" style={{ marginBottom: 4 }}>
                <input
                  aria-label={t('exercises.teamName', { n: i + 1 })}
                  value={tm.name}
                  onChange={(e) =>
                    setTeams(teams.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))
                  }
                  required
                  style={{ width: 90 }}
                />
                <input
                  aria-label={t('exercises.teamMembers', { n: i + 1 })}
                  placeholder={t('exercises.membersPlaceholder')}
                  value={tm.members}
                  onChange={(e) =>
                    setTeams(teams.map((x, j) => (j === i ? { ...x, members: e.target.value } : x)))
                  }
                  style={{ flex: 1 }}
                />
                <button
                  type="button"
                  aria-label={t('exercises.removeTeam', { n: i + 1 })}
                  disabled={teams.length === 1}
                  onClick={() => setTeams(teams.filter((_, j) => j !== i))}
                >
                  −
                </button>
              </div>
            ))}
            <button
              type="button"
              onClick={() =>
                setTeams([...teams, { name: String.fromCharCode(65 + teams.length), members: '' }])
              }
            >
              {t('exercises.addTeam')}
            </button>
          </fieldset>
          <Failure error={create.error} />
          <button type="submit" className="primary" disabled={create.busy} style={{ marginTop: 8 }}>
            {t('exercises.createButton')}
          </button>
        </form>
      </div>
    </div>
  );
}
