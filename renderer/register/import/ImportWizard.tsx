import { Alert, App, Button, Descriptions, Flex, Modal, Select, Spin, Steps, Tabs, Typography } from 'antd';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MappingChoice } from '../../../shared/register/header-mapping';
import type { FileRef, ImportPreview, ImportResult } from '../../../shared/register/register-api';
import { useApi } from '../../api/api-context';
import {
  fileAccess,
  isAbort,
  takeGivenFile,
  type FileAccess,
  type GivenFile,
  type UploadProgress,
} from '../../api/files';
import { currentLanguage } from '../../app/language';
import { formatBytes, formatCount } from '../../format/figures';
import { errorText } from '../../i18n/wire-messages';
import { JobProgress } from '../JobProgress';
import { CANCELLED, useJob } from '../use-job';
import { useUndoChange } from '../use-undo-change';
import { ChooseFileStep } from './ChooseFileStep';
import { chooseColumn, choiceFromPreview, chooseUnit } from './import-mapping';
import { IssueTable } from './IssueTable';
import { MappingTable } from './MappingTable';
import { SampleTable } from './SampleTable';
import { useImportPreview } from './use-import-preview';

type Step = 'choose' | 'map' | 'check' | 'done';
const STEPS: Step[] = ['choose', 'map', 'check', 'done'];

export interface ImportWizardProps {
  enterpriseId: number;
  open: boolean;
  /** A file dropped onto the window or opened with the desktop app, to start with. */
  given: GivenFile | null;
  onClose: () => void;
}

/**
 * Importing a register file: choose it, check and correct the column mapping on a preview of the
 * first rows, check every row (a dry run: nothing is written) and confirm, then the result. The
 * import itself runs as a cancellable job; cancelled, it writes nothing.
 */
export function ImportWizard({ enterpriseId, open, given, onClose }: ImportWizardProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message } = App.useApp();
  const job = useJob();
  const undo = useUndoChange(enterpriseId);

  const [step, setStep] = useState<Step>('choose');
  const [file, setFile] = useState<FileRef | null>(null);
  const [uploading, setUploading] = useState<UploadProgress | null>(null);
  const [fileError, setFileError] = useState<unknown>(null);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [choice, setChoice] = useState<MappingChoice>({});
  const [check, setCheck] = useState<ImportResult | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [jobError, setJobError] = useState<unknown>(null);
  const uploadAbort = useRef<AbortController | null>(null);
  const handledGift = useRef<number | null>(null);

  const preview = useImportPreview(enterpriseId, { file, sheet, choice });
  const shown: ImportPreview | undefined = preview.data;

  const reset = () => {
    setStep('choose');
    setFile(null);
    setFileError(null);
    setSheet(undefined);
    setChoice({});
    setCheck(null);
    setResult(null);
    setJobError(null);
  };

  const receive = async (
    pick: (
      files: FileAccess,
      progress: (p: UploadProgress) => void,
      signal: AbortSignal,
    ) => Promise<FileRef | null>,
  ) => {
    const abort = new AbortController();
    uploadAbort.current = abort;
    setFileError(null);
    // Progress shows once bytes move: not while the picker or the desktop dialog is still open.
    try {
      const ref = await pick(fileAccess(), setUploading, abort.signal);
      if (!ref) return;
      reset();
      setFile(ref);
      setStep('map');
    } catch (error) {
      if (!isAbort(error)) setFileError(error);
    } finally {
      setUploading(null);
      uploadAbort.current = null;
    }
  };

  const takeGift = useEffectEvent((gift: GivenFile) => {
    void receive((files, progress, signal) => takeGivenFile(files, gift, progress, signal));
  });
  // A file dropped onto the window or opened with the app opens the wizard with it: taken once per
  // gift, also when StrictMode runs the effect twice.
  useEffect(() => {
    if (!open || !given || handledGift.current === given.id) return;
    handledGift.current = given.id;
    takeGift(given);
  }, [open, given]);

  const importInput = (dryRun: boolean, jobId: string) => ({
    enterpriseId,
    fileId: (file as FileRef).fileId,
    ...(shown?.sheet ? { sheet: shown.sheet } : {}),
    ...(Object.keys(choice).length ? { mapping: choice } : {}),
    dryRun,
    jobId,
  });

  const runCheck = async () => {
    setStep('check');
    setCheck(null);
    setJobError(null);
    try {
      const answer = await job.run((jobId) => api.call('equipment.import', importInput(true, jobId)));
      if (answer === CANCELLED) return setStep('map');
      setCheck(answer);
    } catch (error) {
      setJobError(error);
    }
  };

  const runImport = async () => {
    setJobError(null);
    try {
      const answer = await job.run((jobId) => api.call('equipment.import', importInput(false, jobId)));
      if (answer === CANCELLED) {
        void message.info(t('register.import.cancelled'));
        return;
      }
      setResult(answer);
      setStep('done');
    } catch (error) {
      setJobError(error);
    }
  };

  const close = () => {
    uploadAbort.current?.abort();
    if (job.job) job.cancel();
    onClose();
  };

  const editMapping = (next: (base: MappingChoice) => MappingChoice) => {
    if (!shown) return;
    // The first correction starts from what is on screen, remembered choices included.
    setChoice((c) => next(Object.keys(c).length ? c : choiceFromPreview(shown.mapping, shown.autoMapping)));
  };

  const n = (value: number) => formatCount(value, lang);
  const validRows = check ? check.imported + check.updated : 0;

  const body = () => {
    switch (step) {
      case 'choose':
        return (
          <ChooseFileStep
            uploading={uploading}
            error={fileError}
            onChoose={() =>
              void receive((files, progress, signal) => files.chooseRegisterFile(progress, signal))
            }
            onDrop={(dropped) =>
              void receive((files, progress, signal) => files.acceptDroppedFile(dropped, progress, signal))
            }
            onCancelUpload={() => uploadAbort.current?.abort()}
          />
        );
      case 'map':
        return (
          <Flex vertical gap={16}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                {
                  key: 'file',
                  label: t('register.import.file'),
                  children: (
                    <span data-testid="import-file-name">
                      {file?.name} ({formatBytes(t, file?.sizeBytes ?? 0, lang)})
                    </span>
                  ),
                },
                {
                  key: 'format',
                  label: t('register.import.format'),
                  children: shown
                    ? [shown.format.toUpperCase(), shown.encoding].filter(Boolean).join(' · ')
                    : '…',
                },
                {
                  key: 'header',
                  label: t('register.import.headerRow'),
                  children: shown ? (
                    <span data-testid="import-header-line">
                      {t('register.import.headerLine', { line: shown.headerLine })}
                    </span>
                  ) : (
                    '…'
                  ),
                },
              ]}
            />
            {shown && shown.sheets.length > 1 && (
              <Flex align="center" gap={8}>
                <Typography.Text>{t('register.import.sheet')}</Typography.Text>
                <Select<string>
                  value={shown.sheet ?? undefined}
                  options={shown.sheets.map((s) => ({
                    value: s.name,
                    label:
                      s.rows === undefined
                        ? s.name
                        : t('register.import.sheetRows', { name: s.name, rows: n(s.rows) }),
                  }))}
                  onChange={(next) => {
                    setSheet(next);
                    // Another sheet has other columns: corrections made for this one do not apply.
                    setChoice({});
                  }}
                  style={{ minWidth: 240 }}
                  data-testid="import-sheet"
                />
              </Flex>
            )}
            {preview.error != null && (
              <Alert
                type="error"
                showIcon
                title={errorText(t, preview.error)}
                data-testid="import-preview-error"
              />
            )}
            {shown ? (
              <Spin spinning={preview.loading} delay={200}>
                <Flex vertical gap={16}>
                  {shown.mappingRemembered && (
                    <Alert
                      type="info"
                      showIcon
                      title={t('register.import.remembered')}
                      data-testid="import-remembered"
                    />
                  )}
                  {!shown.hasCodeColumn && (
                    <Alert
                      type="warning"
                      showIcon
                      title={t('register.import.noCodeColumn')}
                      data-testid="import-no-code"
                    />
                  )}
                  <Typography.Title level={5} style={{ margin: 0 }}>
                    {t('register.import.mappingTitle')}
                  </Typography.Title>
                  <MappingTable
                    headers={shown.headers}
                    mapping={shown.mapping}
                    disabled={preview.loading}
                    onColumn={(field, column) =>
                      editMapping((base) => chooseColumn(base, shown.mapping, field, column))
                    }
                    onUnit={(field, patch) =>
                      editMapping((base) => chooseUnit(base, shown.mapping, field, patch))
                    }
                  />
                  <Flex justify="space-between" align="baseline" wrap>
                    <Typography.Title level={5} style={{ margin: 0 }}>
                      {t('register.import.sampleTitle', { n: shown.sample.length })}
                    </Typography.Title>
                    <Typography.Text type="secondary" data-testid="import-sample-counts">
                      {t('register.import.sampleCounts', {
                        rejected: shown.rejected,
                        warnings: shown.withWarnings,
                      })}
                    </Typography.Text>
                  </Flex>
                  <SampleTable sample={shown.sample} />
                </Flex>
              </Spin>
            ) : (
              preview.loading && <Spin description={t('register.import.reading')} />
            )}
          </Flex>
        );
      case 'check':
        return (
          <Flex vertical gap={16}>
            {!check && !jobError && (
              <Typography.Text type="secondary">{t('register.import.checking')}</Typography.Text>
            )}
            {check && (
              <>
                <Alert
                  type={check.rejectedCount > 0 ? 'warning' : 'success'}
                  showIcon
                  data-testid="import-check-summary"
                  title={t('register.import.checkSummary', {
                    inserted: n(check.imported),
                    updated: n(check.updated),
                    rejected: n(check.rejectedCount),
                  })}
                  description={
                    <Flex vertical>
                      <span>{t('register.import.matchByCode')}</span>
                      {!shown?.hasCodeColumn && <span>{t('register.import.noCodeColumn')}</span>}
                      {check.skippedLines > 0 && (
                        <span>{t('register.import.skipped', { n: n(check.skippedLines) })}</span>
                      )}
                    </Flex>
                  }
                />
                <IssueTabs result={check} fileName={file?.name ?? ''} />
              </>
            )}
          </Flex>
        );
      case 'done':
        return (
          result && (
            <Flex vertical gap={16}>
              <Alert
                type="success"
                showIcon
                title={t('register.import.doneTitle')}
                description={
                  <Flex gap={24} wrap>
                    <span data-testid="import-result-imported">
                      {t('register.import.resultInserted', { n: n(result.imported) })}
                    </span>
                    <span data-testid="import-result-updated">
                      {t('register.import.resultUpdated', { n: n(result.updated) })}
                    </span>
                    <span data-testid="import-result-rejected">
                      {t('register.import.resultRejected', { n: n(result.rejectedCount) })}
                    </span>
                  </Flex>
                }
                data-testid="import-result"
              />
              <IssueTabs result={result} fileName={file?.name ?? ''} />
            </Flex>
          )
        );
    }
  };

  const footer = () => {
    if (job.job) {
      return (
        <JobProgress
          job={job.job}
          onCancel={job.cancel}
          testIdPrefix="import"
          label={step === 'check' && !check ? t('register.import.checkingShort') : undefined}
        />
      );
    }
    const cancel = (
      <Button onClick={close} data-testid="import-close">
        {t('common.cancel')}
      </Button>
    );
    switch (step) {
      case 'choose':
        return cancel;
      case 'map':
        return (
          <>
            <Button onClick={reset} data-testid="import-other-file">
              {t('register.import.otherFile')}
            </Button>
            {cancel}
            <Button
              type="primary"
              disabled={!shown || preview.loading || preview.error != null}
              onClick={() => void runCheck()}
              data-testid="import-next"
            >
              {t('register.import.checkAll')}
            </Button>
          </>
        );
      case 'check':
        return (
          <>
            <Button onClick={() => setStep('map')} data-testid="import-back">
              {t('register.import.back')}
            </Button>
            {cancel}
            <Button
              type="primary"
              disabled={!check || validRows === 0}
              onClick={() => void runImport()}
              data-testid="import-confirm"
            >
              {t('register.import.confirm', { n: n(validRows) })}
            </Button>
          </>
        );
      case 'done':
        return (
          <>
            {result?.changeSetId != null && (
              <Button
                onClick={() => {
                  const id = result.changeSetId as number;
                  void undo(id).then((ok) => ok && close());
                }}
                data-testid="import-undo"
              >
                {t('register.import.undo')}
              </Button>
            )}
            <Button type="primary" onClick={close} data-testid="import-finish">
              {t('register.import.finish')}
            </Button>
          </>
        );
    }
  };

  return (
    <Modal
      open={open}
      title={t('register.import.title')}
      width="min(1200px, 96vw)"
      style={{ top: 24 }}
      onCancel={close}
      maskClosable={false}
      // The body scrolls and the buttons stay in view, however long the mapping and the lists are.
      styles={{ body: { maxHeight: 'calc(100vh - 200px)', overflowY: 'auto', paddingInlineEnd: 8 } }}
      keyboard={!job.job}
      footer={
        <Flex justify="end" gap={8} wrap>
          {footer()}
        </Flex>
      }
      afterClose={reset}
      destroyOnHidden
      data-testid="import-wizard"
    >
      <Steps
        size="small"
        current={STEPS.indexOf(step)}
        items={STEPS.map((s) => ({ title: t(`register.import.steps.${s}`) }))}
        style={{ marginBottom: 24 }}
        data-testid="import-steps"
      />
      {jobError != null && (
        <Alert
          type="error"
          showIcon
          title={errorText(t, jobError)}
          style={{ marginBottom: 16 }}
          data-testid="import-error"
        />
      )}
      {body()}
    </Modal>
  );
}

/** Rejected rows and warnings of a check or an import, each with its complete count. */
function IssueTabs({ result, fileName }: { result: ImportResult; fileName: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const base = fileName.replace(/\.[^.]+$/, '');
  if (result.rejectedCount === 0 && result.warningCount === 0) {
    return <Typography.Text type="secondary">{t('register.import.noIssues')}</Typography.Text>;
  }
  return (
    <Tabs
      // Remarks come first when nothing was rejected, so the step never opens on an empty list.
      defaultActiveKey={result.rejectedCount > 0 ? 'rejected' : 'warnings'}
      items={[
        {
          key: 'rejected',
          label: (
            <span data-testid="import-tab-rejected">
              {t('register.import.rejectedTab', { n: formatCount(result.rejectedCount, lang) })}
            </span>
          ),
          children: (
            <IssueTable
              issues={result.rejected}
              summary={t('register.import.rejectedSummary', { n: formatCount(result.rejectedCount, lang) })}
              testIdPrefix="import-rejected"
              downloadName={t('register.import.rejectedFile', { name: base })}
            />
          ),
        },
        {
          key: 'warnings',
          label: (
            <span data-testid="import-tab-warnings">
              {t('register.import.warningsTab', { n: formatCount(result.warningCount, lang) })}
            </span>
          ),
          children: (
            <IssueTable
              issues={result.warnings}
              summary={t('register.import.warningsSummary', { n: formatCount(result.warningCount, lang) })}
              testIdPrefix="import-warnings"
              downloadName={t('register.import.warningsFile', { name: base })}
            />
          ),
        },
      ]}
    />
  );
}
