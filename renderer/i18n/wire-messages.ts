import type { TFunction } from 'i18next';
import type { Params } from '../../shared/api/errors';
import { ApiError, TransportError } from '../api/api-errors';

/** Keys that arrive at run time (from the core or from shared checks) cannot be typed statically. */
type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** One message of the shared catalogue, e.g. 'uscc.check' or 'validation.too_small'. */
export function sharedText(t: TFunction, key: string, params: Params = {}): string {
  const loose = t as unknown as LooseT;
  // The core names what it could not find by a code word ('enterprise'); say it in the user's language.
  const shown: Params =
    typeof params.what === 'string'
      ? { ...params, what: loose(`entity.${params.what}`, { ns: 'shared', defaultValue: params.what }) }
      : params;
  // Passed as `replace`, so a parameter can never be taken for one of i18next's options (ns, count…).
  const text = loose(key, { replace: shown, ns: 'shared' });
  // A look-alike letter (O for 0) gets its likely intended character added.
  if (key === 'uscc.char' && typeof params.hint === 'string' && params.hint !== '') {
    return text + t('errors.usccHint', { hint: params.hint });
  }
  return text;
}

/** What went wrong, in the current language, for anything a call may throw. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) return sharedText(t, `error.${error.wire.code}`, error.wire.params);
  if (error instanceof TransportError) return t('errors.transport');
  return t('errors.unexpected', { detail: error instanceof Error ? error.message : String(error) });
}

/** The phase a progress event names, e.g. 'job.backup'. */
export function phaseText(t: TFunction, phase: string): string {
  return (t as unknown as LooseT)(phase);
}
