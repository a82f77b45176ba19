import { useTranslation } from 'react-i18next';
import { useSession } from '../app/SessionContext.js';
import { localize } from '../i18n/localize.js';

/** Which exercise the screens show (when the user has more than one). */
export function ExercisePicker() {
  const { t } = useTranslation();
  const { exercises, exercise, selectExercise, language } = useSession();
  if (exercises.length <= 1)
    return exercise ? <span className="exercise-name">{exercise.name}</span> : null;
  return (
    <select
      aria-label={t('shell.exercise')}
      value={exercise?.id ?? ''}
      onChange={(e) => selectExercise(e.target.value)}
    >
      {exercises.map((x) => (
        <option key={x.id} value={x.id} title={localize(x.title, language)}>
          {x.name}
        </option>
      ))}
    </select>
  );
}
