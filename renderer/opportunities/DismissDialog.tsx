import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../shared/opportunities/opportunities-api';
import { currentLanguage } from '../app/language';
import { LiveText } from '../components/LiveText';
import { testId } from '../components/test-id';
import { errorText } from '../i18n/wire-messages';
import { proposalName } from './proposal-text';

const REASON_MAX = 500;

/**
 * Dismiss a proposal with the reason, which stays beside it in the dismissed list so that later
 * readers know why. The reason is required; Enter dismisses, Esc closes.
 */
export function DismissDialog({
  proposal,
  onDismiss,
  onClose,
}: {
  proposal: Opportunity;
  onDismiss: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  // Enter submits twice (the input's own handler and the form's implicit submission): send once.
  const sending = useRef(false);
  const submit = async ({ reason }: { reason: string }) => {
    if (sending.current) return;
    sending.current = true;
    setBusy(true);
    setFailure(null);
    try {
      await onDismiss(reason.trim());
      onClose();
    } catch (error) {
      setFailure(error);
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('opportunityUi.dismissTitle')}
      okText={t('opportunityUi.dismissOk')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={testId('opportunity-dismiss-ok')}
      destroyOnHidden
    >
      <Typography.Paragraph strong data-testid="opportunity-dismiss-name">
        {proposalName(lang, proposal)}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark>
        <Form.Item
          name="reason"
          label={t('opportunityUi.dismissReason')}
          extra={t('opportunityUi.dismissReasonHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: (
                <LiveText
                  text={(tt) => tt('opportunityUi.dismissReasonRequired')}
                  testId="opportunity-dismiss-required"
                />
              ),
            },
          ]}
        >
          <Input
            autoFocus
            maxLength={REASON_MAX}
            showCount
            onPressEnter={() => form.submit()}
            data-testid="opportunity-dismiss-reason"
          />
        </Form.Item>
        {failure !== null && (
          <Alert
            type="error"
            showIcon
            title={errorText(t, failure)}
            data-testid="opportunity-dismiss-error"
          />
        )}
      </Form>
    </Modal>
  );
}
