import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText, type BothLanguages } from '../../shared/funding/bilingual-text';
import type { PackOrigin } from '../../shared/funding/funding-api';
import { useApi } from '../api/api-context';
import { currentLanguage } from '../app/language';
import { testId } from '../components/test-id';
import { savePicture as saveFile } from '../dashboard/chart-png';
import { errorText } from '../i18n/wire-messages';

const UNDO_SECONDS = 15;

export interface PackRef {
  id: string;
  name: BothLanguages;
  origin: PackOrigin;
}

/**
 * Export, delete (or hide, for a shipped example) and restore. Removing asks first and can be
 * undone: the core hands back the pack's text, and importing it again brings the pack back exactly.
 */
export function usePackActions() {
  const api = useApi();
  const { t } = useTranslation();
  const { modal, notification, message } = App.useApp();
  const nameOf = (pack: { name: BothLanguages }) => pickText(currentLanguage(), pack.name);

  const offerUndo = (key: string, title: string, text: string) =>
    notification.success({
      key,
      title,
      duration: UNDO_SECONDS,
      actions: (
        <Button
          type="primary"
          size="small"
          data-testid="funding-undo"
          onClick={() => {
            notification.destroy(key);
            api.call('funding.packs.import', { text }).then(
              () => void message.success(t('fundingUi.undone')),
              (error: unknown) => void message.error(errorText(t, error)),
            );
          }}
        >
          {t('common.undo')}
        </Button>
      ),
    });

  const exportPack = async (pack: Pick<PackRef, 'id' | 'name'>) => {
    try {
      const file = await api.call('funding.packs.export', { id: pack.id });
      saveFile(new Blob([file.text], { type: 'application/json' }), file.fileName);
      void message.success(t('fundingUi.exported', { name: nameOf(pack), file: file.fileName }));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  const removePack = (pack: PackRef) => {
    const name = nameOf(pack);
    const kind = pack.origin === 'user' ? 'delete' : pack.origin === 'shipped' ? 'hide' : 'hideEdited';
    modal.confirm({
      title: t(`fundingUi.${kind}Title`, { name }),
      content: t(`fundingUi.${kind}Body`),
      okText: t(kind === 'delete' ? 'common.delete' : 'fundingUi.hide'),
      okButtonProps: { danger: true, ...testId('funding-remove-confirm') },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const deleted = await api.call('funding.packs.delete', { id: pack.id });
          offerUndo(
            `funding-removed-${pack.id}`,
            t(kind === 'delete' ? 'fundingUi.deleted' : 'fundingUi.hidden', { name }),
            deleted.text,
          );
        } catch (error) {
          void message.error(errorText(t, error));
        }
      },
    });
  };

  /** A hidden example comes straight back; an edited one loses the user's version, so it asks and keeps it for undo. */
  const restoreExample = (pack: PackRef) => {
    const name = nameOf(pack);
    const restore = async () => {
      try {
        const before =
          pack.origin === 'shipped_edited' ? await api.call('funding.packs.export', { id: pack.id }) : null;
        await api.call('funding.packs.reset', { id: pack.id });
        const title = t('fundingUi.restored', { name });
        if (before) offerUndo(`funding-restored-${pack.id}`, title, before.text);
        else void message.success(title);
      } catch (error) {
        void message.error(errorText(t, error));
      }
    };
    if (pack.origin !== 'shipped_edited') return void restore();
    modal.confirm({
      title: t('fundingUi.restoreTitle', { name }),
      content: t('fundingUi.restoreBody'),
      okText: t('fundingUi.restore'),
      okButtonProps: { danger: true, ...testId('funding-restore-confirm') },
      cancelText: t('common.cancel'),
      onOk: restore,
    });
  };

  return { exportPack, removePack, restoreExample };
}
