import { Alert, App, Col, Form, Modal, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../shared/api/errors';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-errors';
import { placeIssues } from '../components/server-issues';
import { testId } from '../components/test-id';
import { errorText, sharedText } from '../i18n/wire-messages';
import { EquipmentField } from './EquipmentField';
import {
  FORM_FIELDS,
  formFieldOfIssue,
  NEW_ROW_VALUES,
  toChanges,
  type EquipmentFormValues,
  type FormField,
} from './equipment-form-values';

/** Wide fields take a whole line; the rest go two by two. */
const FULL_WIDTH = new Set<FormField>(['notes']);

/** A new register row, checked by the core with the same rules as an imported one. */
export function AddEquipmentDialog({
  enterpriseId,
  workshops,
  open,
  onClose,
}: {
  enterpriseId: number;
  workshops: readonly string[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<EquipmentFormValues>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ error?: unknown; issues?: FieldIssue[] } | null>(null);

  const save = async (values: EquipmentFormValues) => {
    setSaving(true);
    setFailure(null);
    try {
      const added = await api.call('equipment.add', { enterpriseId, row: toChanges(values) });
      void message.success(t('register.add.added', { name: added.asset_code ?? added.name }));
      onClose();
    } catch (error) {
      if (error instanceof ApiError && error.wire.code === 'VALIDATION') {
        const unplaced = placeIssues(form, error.wire.issues, formFieldOfIssue);
        setFailure(unplaced.length ? { issues: unplaced } : null);
      } else {
        setFailure({ error });
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('register.add.title')}
      width={760}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      okButtonProps={testId('equipment-add-save')}
      cancelButtonProps={testId('equipment-add-cancel')}
      destroyOnHidden
    >
      <Form<EquipmentFormValues>
        form={form}
        layout="vertical"
        initialValues={NEW_ROW_VALUES}
        onFinish={(values) => void save(values)}
        clearOnDestroy
      >
        {failure && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="equipment-add-error"
            title={
              failure.issues
                ? failure.issues.map((i) => sharedText(t, i.key, i.params)).join('；')
                : errorText(t, failure.error)
            }
          />
        )}
        <Row gutter={16}>
          {FORM_FIELDS.map((field) => (
            <Col key={field} xs={24} md={FULL_WIDTH.has(field) ? 24 : 12}>
              <EquipmentField
                field={field}
                mode="form"
                testId={`equipment-add-${field}`}
                workshops={workshops}
              />
            </Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}
