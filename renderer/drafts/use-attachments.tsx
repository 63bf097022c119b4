import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '../../shared/drafts/drafts-api';
import { useApi } from '../api/api-context';
import { fileAccess, isAbort, type UploadProgress } from '../api/files';
import { useDeleteWithUndo } from '../components/use-delete-with-undo';
import { errorText } from '../i18n/wire-messages';

/** The upload under way: to which checklist item, and how far. */
export interface Uploading {
  itemKey: string;
  progress: UploadProgress | null;
}

/**
 * Files of the checklist: attach one (the desktop app's dialog, or the browser's picker and an
 * upload; the core copies the bytes into the workspace), take one out again, remove one with undo.
 */
export function useAttachments(projectId: number, onChanged: () => void) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState<Uploading | null>(null);

  const attach = async (itemKey: string) => {
    setUploading({ itemKey, progress: null });
    try {
      const file = await fileAccess().chooseFile('attachment', (progress) =>
        setUploading({ itemKey, progress }),
      );
      if (!file) return;
      const added = await api.call('drafts.attachments.add', { projectId, itemKey, fileId: file.fileId });
      onChanged();
      void message.success(t('draftsUi.checklist.attached', { name: added.originalName }));
    } catch (error) {
      if (!isAbort(error)) void message.error(errorText(t, error));
    } finally {
      setUploading(null);
    }
  };

  const open = async (attachment: AttachmentView) => {
    try {
      const files = fileAccess();
      // The desktop app asks where to save it; the browser downloads it.
      const place = await files.chooseExportTarget(attachment.originalName, 'original');
      if (!place) return;
      const { file } = await api.call('drafts.attachments.open', {
        projectId,
        attachmentId: attachment.id,
        ...place,
      });
      const delivery = files.deliver({ file });
      if (delivery.kind === 'saved')
        void message.success(t('draftsUi.checklist.openSaved', { name: delivery.name }));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  const confirmRemove = useDeleteWithUndo<
    AttachmentView,
    { id: number; originalName: string },
    AttachmentView
  >({
    kind: 'attachment',
    confirmTitle: (a) => t('draftsUi.checklist.removeTitle', { name: a.originalName }),
    confirmBody: t('draftsUi.checklist.removeBody'),
    remove: (client, a) => client.call('drafts.attachments.remove', { projectId, attachmentId: a.id }),
    deletedTitle: (removed) => t('draftsUi.checklist.removed', { name: removed.originalName }),
    restore: (client, id) => client.call('drafts.attachments.undoRemove', { projectId, attachmentId: id }),
    restoredText: (restored) => t('draftsUi.checklist.restored', { name: restored.originalName }),
  });
  const remove = (attachment: AttachmentView) =>
    confirmRemove(attachment, { afterDelete: onChanged, afterUndo: onChanged });

  return { uploading, attach, open, remove };
}
