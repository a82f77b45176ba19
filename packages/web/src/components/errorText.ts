import type { TFunction } from 'i18next';
import type { ApiError } from '../api/ApiError.js';

/**
 * The user's-language text of a server error: translated by its stable id when the UI
 * knows it, else the server's English message and fix.
 */
export function errorText(t: TFunction, e: ApiError): string {
  const key = `error.${e.id}`;
  const known = t(key, { defaultValue: '' });
  if (known) return known;
  if (e.status === 0) return t('error.network');
  return e.fix ? `${e.message} ${e.fix}` : e.message;
}
