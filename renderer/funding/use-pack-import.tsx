import { Alert, App, Descriptions, Flex, Modal, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../shared/api/errors';
import { pickText } from '../../shared/funding/bilingual-text';
import type { FundingImportPreview } from '../../shared/funding/funding-api';
import type { ProgrammeRef } from '../../shared/funding/pack-changes';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-errors';
import { currentLanguage } from '../app/language';
import { testId } from '../components/test-id';
import { errorText, sharedText } from '../i18n/wire-messages';
import { packIssueViews } from './pack-issues';
import { PackIssueList } from './PackIssueList';

/** 2 MB, as the core accepts (PackTextSchema): checked first so a wrong file is refused at once. */
const MAX_PACK_BYTES = 2_000_000;

type Step =
  | { kind: 'preview'; fileName: string; text: string; preview: FundingImportPreview }
  | { kind: 'issues'; fileName: string; text: string; issues: FieldIssue[] }
  | { kind: 'error'; fileName: string; error: unknown };

const CHANGE_KINDS = ['added', 'changed', 'removed', 'unchanged'] as const;
const CHANGE_COLOR = { added: 'green', changed: 'orange', removed: 'red', unchanged: 'default' } as const;

/**
 * Importing a pack from a .json file (picked or dropped): the core checks it and says what would
 * change, programme by programme; nothing is written until the user confirms.
 */
export function usePackImport() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [importing, setImporting] = useState(false);

  const accept = async (file: File) => {
    if (file.size > MAX_PACK_BYTES) {
      setStep({ kind: 'error', fileName: file.name, error: new Error(t('fundingUi.fileTooLarge')) });
      return;
    }
    const text = await file.text();
    try {
      const preview = await api.call('funding.packs.importPreview', { text });
      setStep({ kind: 'preview', fileName: file.name, text, preview });
    } catch (error) {
      if (error instanceof ApiError && error.wire.code === 'VALIDATION' && error.wire.issues.length) {
        setStep({ kind: 'issues', fileName: file.name, text, issues: error.wire.issues });
      } else setStep({ kind: 'error', fileName: file.name, error });
    }
  };

  const confirm = async () => {
    if (step?.kind !== 'preview') return;
    setImporting(true);
    try {
      const done = await api.call('funding.packs.import', { text: step.text });
      setStep(null);
      void message.success(
        sharedText(t, 'funding.imported', {
          name: pickText(lang, done.pack.name),
          added: done.added.length,
          changed: done.changed.length,
          removed: done.removed.length,
          unchanged: done.unchanged.length,
        }),
      );
    } catch (error) {
      setStep({ kind: 'error', fileName: step.fileName, error });
    } finally {
      setImporting(false);
    }
  };

  const names = (refs: ProgrammeRef[]) => refs.map((r) => pickText(lang, r.name));

  const body = () => {
    if (!step) return null;
    if (step.kind === 'error') {
      return (
        <Alert type="error" showIcon title={errorText(t, step.error)} data-testid="funding-import-error" />
      );
    }
    if (step.kind === 'issues') {
      return (
        <Flex vertical gap={8}>
          <Alert
            type="error"
            showIcon
            title={t('fundingUi.importInvalid', { n: step.issues.length })}
            data-testid="funding-import-invalid"
          />
          <PackIssueList issues={packIssueViews(step.text, step.issues)} />
        </Flex>
      );
    }
    const p = step.preview;
    return (
      <Flex vertical gap={12} data-testid="funding-import-preview">
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('fundingUi.colName')}>{pickText(lang, p.pack.name)}</Descriptions.Item>
          <Descriptions.Item label={t('fundingUi.colId')}>
            <Typography.Text className="code-text">{p.pack.id}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('fundingUi.importAction')}>
            <span data-testid="funding-import-action">{t(`fundingUi.action_${p.action}`)}</span>
          </Descriptions.Item>
        </Descriptions>
        {p.pack.origin !== 'user' && p.action !== 'unchanged' && (
          <Alert type="info" showIcon title={t('fundingUi.importOverExample')} />
        )}
        {CHANGE_KINDS.filter((kind) => p[kind].length > 0).map((kind) => (
          <Flex key={kind} vertical gap={4} data-testid={`funding-import-${kind}`}>
            <Typography.Text strong>
              {t('fundingUi.withCount', { label: t(`fundingUi.change_${kind}`), n: p[kind].length })}
            </Typography.Text>
            <Flex wrap gap={4}>
              {names(p[kind]).map((name, i) => (
                <Tag key={`${p[kind][i]!.id}`} color={CHANGE_COLOR[kind]}>
                  {name}
                </Tag>
              ))}
            </Flex>
          </Flex>
        ))}
      </Flex>
    );
  };

  const element = (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="funding-import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void accept(file);
        }}
      />
      <Modal
        open={step !== null}
        title={step ? t('fundingUi.importTitle', { file: step.fileName }) : null}
        onCancel={() => setStep(null)}
        onOk={() => void confirm()}
        okText={t('fundingUi.importConfirm')}
        cancelText={t(step?.kind === 'preview' ? 'common.cancel' : 'fundingUi.close')}
        okButtonProps={{
          loading: importing,
          disabled: step?.kind !== 'preview' || step.preview.action === 'unchanged',
          style: step?.kind === 'preview' ? undefined : { display: 'none' },
          ...testId('funding-import-confirm'),
        }}
        cancelButtonProps={testId('funding-import-cancel')}
        width={640}
      >
        {body()}
      </Modal>
    </>
  );

  return { choose: () => input.current?.click(), accept, element };
}
