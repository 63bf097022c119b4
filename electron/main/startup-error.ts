/**
 * Turns a failure to open the workspace into the text of the start-up error box. The core refuses
 * files it must not touch (newer version, not ours, read-only) with an AppError whose code has a
 * message in shared/i18n; anything else is an internal error whose details go to the log.
 */
import { AppError, type WireError } from '../../shared/api/errors';
import { formatError, type Lang } from '../../shared/i18n/messages';
import { shellMessage } from './shell-messages';

export interface StartupErrorText {
  title: string;
  message: string;
}

export function startupErrorText(lang: Lang, error: unknown): StartupErrorText {
  const wire: WireError =
    error instanceof AppError ? error.toWire() : { code: 'INTERNAL', params: {}, issues: [] };
  return { title: shellMessage(lang, 'appName'), message: formatError(lang, wire) };
}
