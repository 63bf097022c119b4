import { Checkbox, Empty, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../shared/projects/project-schema';
import type { Scenario } from '../../shared/scenarios/scenarios-api';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-errors';
import { currentLanguage } from '../app/language';
import { LiveText } from '../components/LiveText';
import { placeIssues } from '../components/server-issues';
import { testId } from '../components/test-id';
import { errorText, sharedText } from '../i18n/wire-messages';
import { PROJECT_DIRECTIONS } from '../../shared/projects/directions';
import { formatFenWan } from '../format/figures';

interface Values {
  name: string;
  projectIds: number[];
}

/** The API's issue paths (name, projectIds.3 or changes.projectIds.3) → the form's fields. */
const fieldOf = (path: (string | number)[]) => {
  const rest = path[0] === 'changes' ? path.slice(1) : path;
  if (rest[0] === 'name') return ['name'];
  if (rest[0] === 'projectIds') return ['projectIds'];
  return null;
};

/**
 * A scenario's name and projects: new, or the one given changed. Enter in the name saves, Esc
 * closes; issues the core finds are placed on the field they concern.
 */
export function ScenarioDialog({
  enterpriseId,
  projects,
  editing,
  open,
  onClose,
  onSaved,
}: {
  enterpriseId: number;
  projects: readonly ProjectSummary[];
  /** Null for a new scenario. */
  editing: Scenario | null;
  open: boolean;
  onClose: () => void;
  onSaved: (saved: Scenario) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const lang = currentLanguage();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      // The list keeps the projects' own order (newest first), whatever order they were ticked in.
      const projectIds = projects.map((p) => p.id).filter((id) => values.projectIds.includes(id));
      onSaved(
        editing
          ? await api.call('scenarios.update', { id: editing.id, changes: { name: values.name, projectIds } })
          : await api.call('scenarios.create', { enterpriseId, name: values.name, projectIds }),
      );
    } catch (error) {
      if (error instanceof ApiError && error.wire.code === 'VALIDATION') {
        const left = placeIssues(form, error.wire.issues, fieldOf, { scroll: false });
        if (left.length > 0) setFailure(left.map((i) => sharedText(t, i.key, i.params)).join('；'));
      } else setFailure(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('scenarioUi.editTitle', { name: editing.name }) : t('scenarioUi.createTitle')}
      okText={t('scenarioUi.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={testId('scenario-dialog-ok')}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        initialValues={{ name: editing?.name ?? '', projectIds: editing?.projectIds ?? [] }}
        preserve={false}
      >
        <Form.Item
          name="name"
          label={t('scenarioUi.fieldName')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: <LiveText text={(t) => t('scenarioUi.nameRequired')} />,
            },
          ]}
        >
          <Input
            autoFocus
            maxLength={100}
            placeholder={t('scenarioUi.fieldNameHint')}
            data-testid="scenario-dialog-name"
          />
        </Form.Item>
        <Form.Item
          name="projectIds"
          label={t('scenarioUi.fieldProjects')}
          extra={t('scenarioUi.projectsHint')}
        >
          {projects.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('scenarioUi.noProjects')} />
          ) : (
            <Checkbox.Group style={{ width: '100%' }}>
              <Flex vertical gap={6} style={{ maxHeight: 320, overflowY: 'auto' }}>
                {projects.map((p) => (
                  <Checkbox key={p.id} value={p.id} data-testid={`scenario-dialog-project-${p.id}`}>
                    {t('scenarioUi.projectOption', {
                      name: p.name,
                      direction:
                        lang === 'en'
                          ? PROJECT_DIRECTIONS[p.direction].name.en
                          : PROJECT_DIRECTIONS[p.direction].name.zh,
                      investment: formatFenWan(p.totalInvestmentFen, lang),
                    })}
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          )}
        </Form.Item>
        {failure && (
          <Typography.Text type="danger" data-testid="scenario-dialog-error">
            {failure}
          </Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
