import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/**
 * Text worked out at render time from the current language. Form libraries keep validation messages
 * as they were given, so a message passed as a string would stay in the language it was made in.
 */
export function LiveText({ text, testId }: { text: (t: TFunction) => string; testId?: string }) {
  const { t } = useTranslation();
  return <span data-testid={testId}>{text(t)}</span>;
}
