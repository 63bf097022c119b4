import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Typography } from 'antd';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_UPLOAD_BYTES, type UploadProgress } from '../../api/files';
import { currentLanguage } from '../../app/language';
import { formatBytes } from '../../format/figures';
import { errorText } from '../../i18n/wire-messages';

/** True while a drag carries files (not text or a link). */
const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** Step 1: a file from the dialog or picker, or dropped here; uploads show their progress. */
export function ChooseFileStep({
  uploading,
  error,
  onChoose,
  onDrop,
  onCancelUpload,
}: {
  uploading: UploadProgress | null;
  error: unknown;
  onChoose: () => void;
  onDrop: (file: File) => void;
  onCancelUpload: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [over, setOver] = useState(false);

  return (
    <Flex vertical gap={16}>
      <div
        onDragOver={(e) => {
          if (!carriesFiles(e)) return;
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const file = e.dataTransfer.files[0];
          if (file && !uploading) onDrop(file);
        }}
        className={over ? 'register-drop-area register-drop-area-over' : 'register-drop-area'}
        data-testid="import-drop-area"
      >
        <Flex vertical align="center" gap={12}>
          <InboxOutlined style={{ fontSize: 44, color: '#1677ff' }} aria-hidden />
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('register.import.dropHere')}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('register.import.formats', { limit: formatBytes(t, MAX_UPLOAD_BYTES, lang) })}
          </Typography.Text>
          {uploading ? (
            <Flex align="center" gap={12} data-testid="import-upload-progress">
              <Typography.Text>{t('register.import.uploading')}</Typography.Text>
              <Progress
                percent={uploading.total ? Math.floor((uploading.sent / uploading.total) * 100) : 0}
                size="small"
                style={{ width: 220, margin: 0 }}
              />
              <Button size="small" onClick={onCancelUpload} data-testid="import-upload-cancel">
                {t('common.cancel')}
              </Button>
            </Flex>
          ) : (
            <Button type="primary" onClick={onChoose} data-testid="import-choose-file">
              {t('register.import.chooseFile')}
            </Button>
          )}
        </Flex>
      </div>
      {error != null && (
        <Alert type="error" showIcon title={errorText(t, error)} data-testid="import-file-error" />
      )}
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('register.import.chooseHint')}
      </Typography.Paragraph>
    </Flex>
  );
}
