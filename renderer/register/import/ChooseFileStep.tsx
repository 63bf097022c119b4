import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_UPLOAD_BYTES, type UploadProgress } from '../../api/files';
import { FileDropArea, UploadProgressLine } from '../../components/FileDropArea';
import { currentLanguage } from '../../app/language';
import { formatBytes } from '../../format/figures';
import { errorText } from '../../i18n/wire-messages';

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

  return (
    <Flex vertical gap={16}>
      <FileDropArea
        className="register-drop-area"
        disabled={uploading !== null}
        onDropFile={onDrop}
        testId="import-drop-area"
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
            <UploadProgressLine
              progress={uploading}
              label={t('register.import.uploading')}
              onCancel={onCancelUpload}
              testId="import-upload-progress"
              cancelTestId="import-upload-cancel"
            />
          ) : (
            <Button type="primary" onClick={onChoose} data-testid="import-choose-file">
              {t('register.import.chooseFile')}
            </Button>
          )}
        </Flex>
      </FileDropArea>
      {error != null && (
        <Alert type="error" showIcon title={errorText(t, error)} data-testid="import-file-error" />
      )}
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('register.import.chooseHint')}
      </Typography.Paragraph>
    </Flex>
  );
}
