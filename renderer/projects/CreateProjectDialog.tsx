import { Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTION_CODES, PROJECT_DIRECTIONS, type DirectionCode } from '../../shared/projects/directions';
import type { ProjectDetail } from '../../shared/projects/projects-api';
import { useApi } from '../api/api-context';
import { currentLanguage } from '../app/language';
import { requiredRule, requiredTextRule } from '../components/form-rules';
import { testId } from '../components/test-id';
import { errorText } from '../i18n/wire-messages';
import { editKeys } from './edit-keys';
import { directionText } from './project-format';

interface Values {
  name: string;
  direction: DirectionCode;
}

/**
 * A new project by hand: its name and the policy direction it follows (the clause its application
 * will cite). Enter creates it; everything else is filled in on the project's page.
 */
export function CreateProjectDialog({
  enterpriseId,
  open,
  onClose,
  onCreated,
}: {
  enterpriseId: number;
  open: boolean;
  onClose: () => void;
  onCreated: (created: ProjectDetail) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const create = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      onCreated(
        await api.call('projects.create', {
          enterpriseId,
          name: values.name.trim(),
          direction: values.direction,
        }),
      );
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('projectUi.createTitle')}
      okText={t('projectUi.createOk')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={testId('project-create-ok')}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void create(values)}
        onKeyDown={editKeys({ onEnter: () => form.submit() })}
        preserve={false}
        requiredMark
      >
        <Form.Item name="name" label={t('projectUi.fieldName')} rules={[requiredTextRule]}>
          <Input
            autoFocus
            maxLength={200}
            placeholder={t('projectUi.fieldNameHint')}
            data-testid="project-create-name"
          />
        </Form.Item>
        <Form.Item
          name="direction"
          label={t('projectUi.fieldDirection')}
          extra={t('projectUi.directionHint')}
          rules={[requiredRule]}
          style={{ marginBottom: 8 }}
        >
          <Radio.Group data-testid="project-create-direction">
            {DIRECTION_CODES.map((d) => (
              <Radio
                key={d}
                value={d}
                style={{ display: 'flex', marginBottom: 4 }}
                data-testid={`project-direction-${d}`}
              >
                {directionText(d, lang)}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                  {PROJECT_DIRECTIONS[d].citation}
                </Typography.Text>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {failure !== null && (
          <Typography.Text type="danger" data-testid="project-create-error">
            {errorText(t, failure)}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
