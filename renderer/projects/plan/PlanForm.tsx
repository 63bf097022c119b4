import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/api/errors';
import { RETURNS_BASIS } from '../../../shared/projects/project-figures';
import { DIRECTION_CODES } from '../../../shared/projects/directions';
import { PROJECT_STATUSES } from '../../../shared/projects/project-schema';
import { useApi } from '../../api/api-context';
import { ApiError } from '../../api/api-errors';
import { currentLanguage } from '../../app/language';
import { NumberField } from '../../components/NumberField';
import { requiredRule, requiredTextRule } from '../../components/form-rules';
import { placeIssues } from '../../components/server-issues';
import { errorText, sharedText } from '../../i18n/wire-messages';
import { editKeys } from '../edit-keys';
import type { ProjectPartProps } from '../project-part';
import { inLang } from '../../dashboard/figure-text';
import { directionOptionText, statusText } from '../project-format';
import { planChanges, planFieldOfIssue, planValues, type PlanFormValues } from '../project-values';
import { EnergyBasisFields } from './EnergyBasisFields';

type Failure = { kind: 'error'; error: unknown } | { kind: 'issues'; issues: FieldIssue[] };

/**
 * The project's plan: what, where and when, its milestones, and the parameters its figures use.
 * Saved as one change; Enter in a field saves. Changes made elsewhere (another window) replace the
 * fields only while nothing is typed here.
 */
export function PlanForm({ project, onSaved }: ProjectPartProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFormValues>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  useEffect(() => {
    if (form.isFieldsTouched()) return;
    form.setFieldsValue(planValues(project));
  }, [form, project]);

  const save = async (values: PlanFormValues) => {
    const changes = planChanges(values, project);
    if (Object.keys(changes).length === 0) {
      void message.info(t('projectUi.plan.unchanged'));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const saved = await api.call('projects.update', { id: project.id, changes });
      form.resetFields();
      form.setFieldsValue(planValues(saved));
      onSaved(saved);
      void message.success(t('projectUi.plan.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.wire.code === 'VALIDATION') {
        const unplaced = placeIssues(form, error.wire.issues, planFieldOfIssue);
        setFailure(unplaced.length ? { kind: 'issues', issues: unplaced } : null);
      } else {
        setFailure({ kind: 'error', error });
      }
    } finally {
      setSaving(false);
    }
  };

  const discard = () => {
    form.resetFields();
    form.setFieldsValue(planValues(project));
    setFailure(null);
  };

  return (
    <Form<PlanFormValues>
      form={form}
      layout="vertical"
      initialValues={planValues(project)}
      onFinish={(values) => void save(values)}
      onKeyDown={editKeys({ onEnter: () => form.submit() })}
      requiredMark
      data-testid="plan-form"
    >
      <Flex vertical gap={16}>
        {failure && (
          <Alert
            type="error"
            showIcon
            data-testid="plan-save-error"
            title={failure.kind === 'error' ? errorText(t, failure.error) : sharedText(t, 'error.VALIDATION')}
            description={
              failure.kind === 'issues' ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {failure.issues.map((issue, i) => (
                    <li key={i}>{sharedText(t, issue.key, issue.params)}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
        <Card size="small" title={t('projectUi.plan.basic')}>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Form.Item name="name" label={t('projectUi.fieldName')} rules={[requiredTextRule]}>
                <Input maxLength={200} data-testid="plan-name" />
              </Form.Item>
            </Col>
            <Col xs={24} lg={12}>
              <Form.Item name="direction" label={t('projectUi.fieldDirection')} rules={[requiredRule]}>
                <Select
                  options={DIRECTION_CODES.map((d) => ({ value: d, label: directionOptionText(d, lang) }))}
                  data-testid="plan-direction"
                />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item name="status" label={t('projectUi.plan.status')}>
                <Select
                  options={PROJECT_STATUSES.map((s) => ({ value: s, label: statusText(t, s) }))}
                  data-testid="plan-status"
                />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item name="site" label={t('projectUi.plan.site')}>
                <Input maxLength={200} data-testid="plan-site" />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item name="startDate" label={t('projectUi.plan.startDate')}>
                <Input type="date" data-testid="plan-start" />
              </Form.Item>
            </Col>
            <Col xs={12} lg={6}>
              <Form.Item name="endDate" label={t('projectUi.plan.endDate')}>
                <Input type="date" data-testid="plan-end" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                name="description"
                label={t('projectUi.plan.description')}
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  maxLength={5000}
                  data-testid="plan-description"
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card size="small" title={t('projectUi.plan.milestones')}>
          <Form.List name="milestones">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.length === 0 && (
                  <Typography.Text type="secondary">{t('projectUi.plan.noMilestones')}</Typography.Text>
                )}
                {fields.map((field, i) => (
                  <Flex key={field.key} gap={8} align="start" data-testid="plan-milestone">
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[requiredTextRule]}
                      style={{ flex: 1, marginBottom: 0 }}
                    >
                      <Input
                        maxLength={200}
                        placeholder={t('projectUi.plan.milestoneName')}
                        aria-label={t('projectUi.plan.milestoneName')}
                        data-testid={`plan-milestone-${i}-name`}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'date']} style={{ marginBottom: 0 }}>
                      <Input
                        type="date"
                        aria-label={t('projectUi.plan.milestoneDate')}
                        data-testid={`plan-milestone-${i}-date`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'done']}
                      valuePropName="checked"
                      style={{ marginBottom: 0 }}
                    >
                      <Checkbox data-testid={`plan-milestone-${i}-done`}>
                        {t('projectUi.plan.milestoneDone')}
                      </Checkbox>
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('projectUi.plan.removeMilestone')}
                    />
                  </Flex>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ name: '', date: '', done: false })}
                  style={{ alignSelf: 'flex-start' }}
                  data-testid="plan-milestone-add"
                >
                  {t('projectUi.plan.addMilestone')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Card>

        <Card size="small" title={t('projectUi.plan.evaluation')}>
          <Row gutter={16}>
            <Col xs={12} lg={6}>
              <NumberField
                name="discountPercent"
                label={t('projectUi.plan.discountRate')}
                unit="%"
                min={0}
                max={100}
                rules={[requiredRule]}
                testId="plan-discount-rate"
              />
            </Col>
            <Col xs={12} lg={6}>
              <NumberField
                name="horizonYears"
                label={t('projectUi.plan.horizon')}
                unit={t('projectUi.plan.yearsUnit')}
                integer
                min={1}
                max={50}
                grouped={false}
                rules={[requiredRule]}
                testId="plan-horizon"
              />
            </Col>
            <Col xs={24} lg={12}>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 30 }}>
                {inLang(RETURNS_BASIS, lang)}
              </Typography.Paragraph>
            </Col>
          </Row>
          <EnergyBasisFields />
        </Card>

        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="plan-save">
            {t('projectUi.plan.save')}
          </Button>
          <Button onClick={discard} data-testid="plan-discard">
            {t('projectUi.plan.discard')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
