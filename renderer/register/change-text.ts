import type { TFunction } from 'i18next';
import type { ChangeSetInfo } from '../../shared/register/register-api';

/**
 * A change set in words. The core's label is a file name, an asset code or a row count depending
 * on the kind, so the sentence is built here from the kind and the counts.
 */
export function changeText(t: TFunction, c: ChangeSetInfo): string {
  switch (c.kind) {
    case 'import':
      return t('register.history.describe.import', { file: c.fileName ?? c.label });
    case 'add':
      return t('register.history.describe.add', { label: c.label });
    case 'edit':
      return t('register.history.describe.edit', { label: c.label });
    case 'bulk-edit':
      return t('register.history.describe.bulkEdit', { n: c.updated });
    case 'delete':
      return t('register.history.describe.delete', { n: c.deleted });
  }
}
