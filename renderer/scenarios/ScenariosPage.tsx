import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../shared/projects/project-schema';
import { MAX_SETS, type Scenario } from '../../shared/scenarios/scenarios-api';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { EmptyHint } from '../components/EmptyHint';
import { EnterpriseSubpageHeading, Loaded } from '../components/EnterpriseSubpage';
import { IconAction } from '../components/IconAction';
import { testId } from '../components/test-id';
import { ScenarioComparisonView } from './ScenarioComparisonView';
import { ScenarioDialog } from './ScenarioDialog';
import { useDeleteScenario } from './use-delete-scenario';

type Editing = { scenario: Scenario | null } | null;

/**
 * An enterprise's scenarios: named sets of its projects, made, renamed and deleted (with undo)
 * here, and the ones ticked compared side by side below. Until the user ticks, the first
 * MAX_SETS are compared, so two scenarios show side by side as soon as they exist.
 */
export function ScenariosPage({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enterprise = useApiQuery('enterprise.get', { id: enterpriseId }, ['enterprises']);
  const list = useApiQuery('scenarios.list', { enterpriseId }, ['scenarios', 'projects', 'enterprises']);
  const projects = useApiQuery('projects.list', { enterpriseId }, ['projects', 'enterprises']);
  const [editing, setEditing] = useState<Editing>(null);
  const [picked, setPicked] = useState<number[] | null>(null);
  const confirmDelete = useDeleteScenario(list.reload);
  const rows = list.data;
  const compared = rows
    ? (picked ?? rows.map((s) => s.id)).filter((id) => rows.some((s) => s.id === id)).slice(0, MAX_SETS)
    : [];
  const projectsById = new Map((projects.data ?? []).map((p) => [p.id, p] as const));

  const columns: TableColumnsType<Scenario> = [
    {
      key: 'name',
      title: t('scenarioUi.colName'),
      render: (_, s) => <Typography.Text strong>{s.name}</Typography.Text>,
    },
    {
      key: 'projects',
      title: t('scenarioUi.colProjects'),
      render: (_, s) => (
        <Flex wrap gap={4}>
          {s.projectIds.map((id) => (
            <Tag key={id}>{projectsById.get(id)?.name ?? `#${id}`}</Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('scenarioUi.colActions'),
      width: 110,
      render: (_, s) => (
        <Flex gap={4}>
          <IconAction
            icon={<EditOutlined />}
            label={t('scenarioUi.edit')}
            onClick={() => setEditing({ scenario: s })}
            testId={`scenario-edit-${s.id}`}
          />
          <IconAction
            danger
            icon={<DeleteOutlined />}
            label={t('scenarioUi.delete')}
            onClick={() => confirmDelete(s)}
            testId={`scenario-delete-${s.id}`}
          />
        </Flex>
      ),
    },
  ];

  const heading = (
    <EnterpriseSubpageHeading
      enterpriseId={enterpriseId}
      enterpriseName={enterprise.data?.name}
      backTestId="scenarios-back"
      title={t('scenarioUi.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ scenario: null })}
          data-testid="scenario-create"
        >
          {t('scenarioUi.create')}
        </Button>
      }
      intro={t('scenarioUi.intro')}
    />
  );
  const dialog = (
    <ScenarioDialog
      enterpriseId={enterpriseId}
      projects={projects.data ?? ([] as ProjectSummary[])}
      editing={editing?.scenario ?? null}
      open={editing !== null}
      onClose={() => setEditing(null)}
      onSaved={(saved) => {
        const isNew = editing?.scenario === null;
        setEditing(null);
        list.reload();
        // A new scenario joins the comparison the user is building.
        if (isNew && picked) setPicked([...picked, saved.id]);
        void message.success(t(isNew ? 'scenarioUi.created' : 'scenarioUi.saved', { name: saved.name }));
      }}
    />
  );

  return (
    <Loaded query={list} heading={heading}>
      {(rows) => (
        <>
          {rows.length === 0 ? (
            <EmptyHint
              title={t('scenarioUi.emptyTitle')}
              hint={t('scenarioUi.emptyHint')}
              testId="scenarios-empty"
            />
          ) : (
            <Flex vertical gap={16}>
              <Card size="small" title={t('scenarioUi.listTitle')}>
                <Flex vertical gap={8}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('scenarioUi.compareHint', { max: MAX_SETS })}
                  </Typography.Text>
                  <Table<Scenario>
                    rowKey="id"
                    size="small"
                    columns={columns}
                    dataSource={rows}
                    pagination={false}
                    rowSelection={{
                      selectedRowKeys: compared,
                      onChange: (keys) => setPicked(keys as number[]),
                      getCheckboxProps: (s) => ({
                        disabled: compared.length >= MAX_SETS && !compared.includes(s.id),
                        'aria-label': s.name,
                        ...testId(`scenario-select-${s.id}`),
                      }),
                    }}
                    onRow={() => testId('scenario-row')}
                    data-testid="scenario-table"
                  />
                </Flex>
              </Card>
              {compared.length === 0 ? (
                <Typography.Text type="secondary" data-testid="scenario-pick-hint">
                  {t('scenarioUi.pickNone')}
                </Typography.Text>
              ) : (
                <>
                  {compared.length === 1 && (
                    <Typography.Text type="secondary" data-testid="scenario-pick-hint">
                      {t('scenarioUi.pickTwo')}
                    </Typography.Text>
                  )}
                  <ScenarioComparisonView
                    enterpriseId={enterpriseId}
                    scenarioIds={compared}
                    lang={currentLanguage()}
                  />
                </>
              )}
            </Flex>
          )}
          {dialog}
        </>
      )}
    </Loaded>
  );
}
