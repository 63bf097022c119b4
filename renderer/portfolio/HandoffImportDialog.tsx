import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Result, Spin, Typography } from 'antd';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RETROFIT_EXTENSION,
  type HandoffImportResult,
  type HandoffPreview,
} from '../../shared/handoff/handoff-api';
import type { FileRef } from '../../shared/register/register-api';
import { useApi } from '../api/api-context';
import {
  fileAccess,
  isAbort,
  takeGivenFile,
  type FileAccess,
  type GivenFile,
  type UploadProgress,
} from '../api/files';
import { navigate } from '../app/routing';
import { FileDropArea, UploadProgressLine } from '../components/FileDropArea';
import { testId } from '../components/test-id';
import { errorText } from '../i18n/wire-messages';
import { JobProgress } from '../register/JobProgress';
import { CANCELLED, useJob } from '../register/use-job';
import { HandoffPreviewView } from './HandoffPreviewView';
import './portfolio.css';

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; file: FileRef }
  | { kind: 'preview'; file: FileRef; preview: HandoffPreview }
  | { kind: 'done'; preview: HandoffPreview; result: HandoffImportResult };

const isRetrofit = (name: string) => name.toLowerCase().endsWith(RETROFIT_EXTENSION);

/**
 * A client file from a colleague or the client: chosen or dropped, uploaded as the register's
 * import does, previewed (new client or update of the one with the same USCC, part by part), and
 * imported only on confirmation. A file dropped onto the window or opened with the desktop app comes
 * as `given` and goes straight to its preview.
 */
export function HandoffImportDialog({
  open,
  given = null,
  onClose,
}: {
  open: boolean;
  given?: GivenFile | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const job = useJob();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [uploading, setUploading] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const uploadAbort = useRef<AbortController | null>(null);

  const read = async (file: FileRef) => {
    setStep({ kind: 'reading', file });
    try {
      setStep({ kind: 'preview', file, preview: await api.call('handoff.preview', { fileId: file.fileId }) });
    } catch (e) {
      setError(e);
      setStep({ kind: 'choose' });
    }
  };

  const receive = async (
    name: string | null,
    pick: (
      files: FileAccess,
      progress: (p: UploadProgress) => void,
      signal: AbortSignal,
    ) => Promise<FileRef | null>,
  ) => {
    setError(null);
    if (name !== null && !isRetrofit(name)) {
      setError(t('portfolioUi.handoff.notRetrofit', { name }));
      return;
    }
    const abort = new AbortController();
    uploadAbort.current = abort;
    try {
      const ref = await pick(fileAccess(), setUploading, abort.signal);
      if (!ref) return;
      // The desktop dialog and the browser picker both filter by extension, but a user can override it.
      if (!isRetrofit(ref.name)) {
        setError(t('portfolioUi.handoff.notRetrofit', { name: ref.name }));
        return;
      }
      await read(ref);
    } catch (e) {
      if (!isAbort(e)) setError(e);
    } finally {
      setUploading(null);
      uploadAbort.current = null;
    }
  };

  const handledGift = useRef<number | null>(null);
  const takeGift = useEffectEvent((gift: GivenFile) => {
    setStep({ kind: 'choose' });
    void receive(gift.file instanceof File ? gift.file.name : null, (files, p, s) =>
      takeGivenFile(files, gift, p, s),
    );
  });
  // Taken once per gift, also when StrictMode runs the effect twice.
  useEffect(() => {
    if (!open || !given || handledGift.current === given.id || job.job) return;
    handledGift.current = given.id;
    takeGift(given);
  }, [open, given, job.job]);

  const confirm = async () => {
    if (step.kind !== 'preview') return;
    setError(null);
    try {
      const result = await job.run((jobId) =>
        api.call('handoff.import', { fileId: step.file.fileId, mode: 'auto', jobId }),
      );
      if (result === CANCELLED) return;
      setStep({ kind: 'done', preview: step.preview, result });
    } catch (e) {
      setError(e);
    }
  };

  const close = () => {
    uploadAbort.current?.abort();
    if (job.job) job.cancel();
    onClose();
  };

  const errorBlock = error != null && (
    <Alert
      type="error"
      showIcon
      title={typeof error === 'string' ? error : errorText(t, error)}
      data-testid="handoff-error"
    />
  );

  const chooser = (
    <Flex vertical gap={16}>
      <FileDropArea
        className="handoff-drop-area"
        disabled={uploading !== null}
        onActivate={() => void receive(null, (files, p, s) => files.chooseFile('handoff', p, s))}
        onDropFile={(file) => void receive(file.name, (files, p, s) => files.acceptDroppedFile(file, p, s))}
        testId="handoff-drop-area"
      >
        <Flex vertical align="center" gap={10}>
          <InboxOutlined style={{ fontSize: 40, color: '#1677ff' }} aria-hidden />
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('portfolioUi.handoff.chooseHint')}
          </Typography.Text>
          {uploading && (
            <UploadProgressLine
              progress={uploading}
              label={t('portfolioUi.handoff.uploading')}
              onCancel={() => uploadAbort.current?.abort()}
              testId="handoff-upload-progress"
            />
          )}
        </Flex>
      </FileDropArea>
      {errorBlock}
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('portfolioUi.handoff.chooseDetail')}
      </Typography.Paragraph>
    </Flex>
  );

  const body = () => {
    switch (step.kind) {
      case 'choose':
        return chooser;
      case 'reading':
        return (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin description={t('portfolioUi.handoff.reading', { name: step.file.name })} />
          </Flex>
        );
      case 'preview':
        return (
          <Flex vertical gap={16}>
            <HandoffPreviewView preview={step.preview} />
            {errorBlock}
          </Flex>
        );
      case 'done': {
        const { result, preview } = step;
        const name = preview.match.kind === 'update' ? preview.match.name : preview.enterprise.name;
        return (
          <Result
            status="success"
            title={
              <span data-testid="handoff-done">
                {t(
                  result.created ? 'portfolioUi.handoff.importedNew' : 'portfolioUi.handoff.importedUpdate',
                  {
                    name,
                  },
                )}
              </span>
            }
            subTitle={
              result.backup && (
                <span data-testid="handoff-backup">
                  {t('portfolioUi.handoff.backupTaken', { backup: result.backup })}
                </span>
              )
            }
            extra={
              <Button
                type="primary"
                autoFocus
                onClick={() => {
                  onClose();
                  navigate({ page: 'enterprise', id: result.enterpriseId });
                }}
                data-testid="handoff-open-client"
              >
                {t('portfolioUi.handoff.openClient')}
              </Button>
            }
          />
        );
      }
    }
  };

  const footer = () => {
    if (step.kind === 'done') {
      return <Button onClick={onClose}>{t('portfolioUi.handoff.close')}</Button>;
    }
    if (job.job) {
      return <JobProgress job={job.job} onCancel={job.cancel} testIdPrefix="handoff-import" width={200} />;
    }
    if (step.kind !== 'preview') return <Button onClick={close}>{t('common.cancel')}</Button>;
    const update = step.preview.match.kind === 'update';
    return (
      <Flex justify="space-between" gap={8}>
        <Button
          onClick={() => {
            setError(null);
            setStep({ kind: 'choose' });
          }}
          data-testid="handoff-choose-other"
        >
          {t('portfolioUi.handoff.chooseOther')}
        </Button>
        <Flex gap={8}>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            danger={update}
            autoFocus
            onClick={() => void confirm()}
            {...testId('handoff-confirm')}
          >
            {t(update ? 'portfolioUi.handoff.confirmUpdate' : 'portfolioUi.handoff.confirmNew')}
          </Button>
        </Flex>
      </Flex>
    );
  };

  return (
    <Modal
      open={open}
      title={t('portfolioUi.handoff.importTitle')}
      width={760}
      onCancel={close}
      footer={footer()}
      destroyOnHidden
      afterClose={() => {
        setStep({ kind: 'choose' });
        setError(null);
      }}
      maskClosable={step.kind !== 'preview'}
    >
      {body()}
    </Modal>
  );
}
