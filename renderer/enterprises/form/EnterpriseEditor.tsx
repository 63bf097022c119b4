import { Alert, App, Button, Divider, Drawer, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/api/errors';
import type { Enterprise } from '../../../shared/enterprise/enterprise-schema';
import { useApi } from '../../api/api-context';
import { ApiError } from '../../api/api-errors';
import { testId } from '../../components/test-id';
import { errorText, sharedText } from '../../i18n/wire-messages';
import { BasicInfoFields } from './BasicInfoFields';
import { placeIssues } from '../../components/server-issues';
import {
  formFieldOfIssue,
  toApiInput,
  toFormValues,
  type EnterpriseFormValues,
} from './enterprise-form-values';
import { YearsFields } from './YearsFields';

const FORM_ID = 'enterprise-form';

/** Why the last save failed, kept as data so the text follows a language switch. */
type Failure = { kind: 'error'; error: unknown } | { kind: 'issues'; issues: FieldIssue[] };

export interface EnterpriseEditorProps {
  /** null adds a new enterprise. */
  enterprise: Enterprise | null;
  open: boolean;
  onClose: () => void;
  afterClose: () => void;
  onSaved: (saved: Enterprise, created: boolean) => void;
}

export function EnterpriseEditor({ enterprise, open, onClose, afterClose, onSaved }: EnterpriseEditorProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { modal, message } = App.useApp();
  const [form] = Form.useForm<EnterpriseFormValues>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const save = async (values: EnterpriseFormValues) => {
    setSaving(true);
    setFailure(null);
    try {
      const input = toApiInput(values);
      const saved = enterprise
        ? await api.call('enterprise.update', { id: enterprise.id, changes: input })
        : await api.call('enterprise.create', input);
      void message.success(t(enterprise ? 'enterprises.saved' : 'enterprises.created', { name: saved.name }));
      onSaved(saved, enterprise === null);
    } catch (error) {
      if (error instanceof ApiError && error.wire.code === 'VALIDATION') {
        const unplaced = placeIssues(form, error.wire.issues, formFieldOfIssue);
        setFailure(unplaced.length ? { kind: 'issues', issues: unplaced } : null);
      } else {
        setFailure({ kind: 'error', error });
      }
    } finally {
      setSaving(false);
    }
  };

  // Esc, the close button and Cancel all come here: typed figures are never dropped without asking.
  const requestClose = () => {
    if (!form.isFieldsTouched()) return onClose();
    modal.confirm({
      title: t('enterpriseForm.discardTitle'),
      content: t('enterpriseForm.discardBody'),
      okText: t('enterpriseForm.discard'),
      okButtonProps: { danger: true, ...testId('enterprise-discard-confirm') },
      cancelText: t('enterpriseForm.keepEditing'),
      onOk: onClose,
    });
  };

  return (
    <Drawer
      open={open}
      onClose={requestClose}
      afterOpenChange={(isOpen) => !isOpen && afterClose()}
      title={
        enterprise
          ? t('enterpriseForm.titleEdit', { name: enterprise.name })
          : t('enterpriseForm.titleCreate')
      }
      size={860}
      data-testid="enterprise-drawer"
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={requestClose} data-testid="enterprise-cancel">
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            form={FORM_ID}
            loading={saving}
            data-testid="enterprise-save"
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {failure && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="enterprise-save-error"
          title={failure.kind === 'error' ? errorText(t, failure.error) : sharedText(t, 'error.VALIDATION')}
          description={
            failure.kind === 'issues' ? (
              <>
                {t('errors.unplacedIssues')}
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {failure.issues.map((issue, i) => (
                    <li key={i}>
                      <span className="code-text">{issue.path.join('.')}</span>:{' '}
                      {sharedText(t, issue.key, issue.params)}
                    </li>
                  ))}
                </ul>
              </>
            ) : undefined
          }
        />
      )}
      <Form<EnterpriseFormValues>
        form={form}
        id={FORM_ID}
        layout="vertical"
        initialValues={toFormValues(enterprise)}
        onFinish={(values) => void save(values)}
        scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
        requiredMark
      >
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('enterpriseForm.basic')}
        </Typography.Title>
        <BasicInfoFields />
        <Divider />
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('enterpriseForm.years')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('enterpriseForm.yearsHint')}</Typography.Paragraph>
        <YearsFields />
      </Form>
    </Drawer>
  );
}
