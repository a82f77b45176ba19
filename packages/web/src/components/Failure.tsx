import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/ApiError.js';
import { errorText } from './errorText.js';

/** A failed load or action, with a retry when one is given. */
export function Failure({
  error,
  retry,
}: {
  readonly error: ApiError | undefined;
  readonly retry?: () => void;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {errorText(t, error)}{' '}
      {retry && (
        <button type="button" onClick={retry}>
          {t('action.retry')}
        </button>
      )}
    </p>
  );
}
