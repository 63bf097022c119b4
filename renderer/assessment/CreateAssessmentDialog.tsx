import { Checkbox, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail } from '../../shared/assessment/assessment-api';
import type { ManufacturingType } from '../../shared/enterprise/enterprise-schema';
import { useApi } from '../api/api-context';
import { testId } from '../components/test-id';
import { manufacturingTypeText } from '../enterprises/enterprise-labels';
import { errorText } from '../i18n/wire-messages';

interface Values {
  title?: string;
  /** YYYY-MM-DD from the browser's date field; empty leaves the core to date it today. */
  assessedOn: string;
  manufacturingType: ManufacturingType;
  prefill: boolean;
}

/**
 * A new dated assessment. The kind of manufacturing starts as the enterprise's profile says; the
 * register's answers are filled in as suggestions unless the user asks for a blank questionnaire.
 */
export function CreateAssessmentDialog({
  enterpriseId,
  profileType,
  open,
  onClose,
  onCreated,
}: {
  enterpriseId: number;
  profileType: ManufacturingType | null;
  open: boolean;
  onClose: () => void;
  onCreated: (created: AssessmentDetail) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const create = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      const title = values.title?.trim();
      onCreated(
        await api.call('assessment.create', {
          enterpriseId,
          ...(title ? { title } : {}),
          ...(values.assessedOn ? { assessedOn: values.assessedOn } : {}),
          manufacturingType: values.manufacturingType,
          prefill: values.prefill,
        }),
      );
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('selfAssessment.createTitle', { ns: 'shared' })}
      okText={t('selfAssessment.createOk', { ns: 'shared' })}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={testId('assessment-create-ok')}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void create(values)}
        initialValues={{
          assessedOn: dayjs().format('YYYY-MM-DD'),
          manufacturingType: profileType ?? 'discrete',
          prefill: true,
        }}
        preserve={false}
      >
        <Form.Item name="title" label={t('selfAssessment.fieldTitle', { ns: 'shared' })}>
          <Input
            placeholder={t('selfAssessment.fieldTitleHint', { ns: 'shared' })}
            maxLength={200}
            data-testid="assessment-create-title"
          />
        </Form.Item>
        <Form.Item name="assessedOn" label={t('selfAssessment.fieldDate', { ns: 'shared' })}>
          <Input type="date" style={{ width: 180 }} data-testid="assessment-create-date" />
        </Form.Item>
        <Form.Item
          name="manufacturingType"
          label={t('fields.manufacturingType')}
          extra={t('selfAssessment.typeHint', { ns: 'shared' })}
        >
          <Radio.Group
            options={(['discrete', 'process'] as const).map((type) => ({
              value: type,
              label: manufacturingTypeText(t, type),
            }))}
            data-testid="assessment-create-type"
          />
        </Form.Item>
        <Form.Item
          name="prefill"
          valuePropName="checked"
          extra={t('selfAssessment.prefillHint', { ns: 'shared' })}
          style={{ marginBottom: 8 }}
        >
          <Checkbox data-testid="assessment-create-prefill">
            {t('selfAssessment.fieldPrefill', { ns: 'shared' })}
          </Checkbox>
        </Form.Item>
        {failure && (
          <Typography.Text type="danger" data-testid="assessment-create-error">
            {failure}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
