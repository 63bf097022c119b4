import { DeleteOutlined, DiffOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../shared/assessment/assessment-api';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { navigate, routeHref } from '../app/routing';
import { EmptyHint } from '../components/EmptyHint';
import { EnterpriseSubpageHeading, Loaded } from '../components/EnterpriseSubpage';
import { IconAction } from '../components/IconAction';
import { testId } from '../components/test-id';
import { manufacturingTypeText } from '../enterprises/enterprise-labels';
import { CreateAssessmentDialog } from './CreateAssessmentDialog';
import { compareOrder } from './compare-rows';
import { levelText, scoreText } from './maturity-text';
import { useDeleteAssessment } from './use-delete-assessment';

/**
 * An enterprise's self-assessments, newest first: open one, start a new one, delete one (with
 * undo), or pick two to compare.
 */
export function AssessmentListPage({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const enterprise = useApiQuery('enterprise.get', { id: enterpriseId }, ['enterprises']);
  const list = useApiQuery('assessment.list', { enterpriseId }, ['assessments', 'enterprises']);
  const [creating, setCreating] = useState(false);
  const [picked, setPicked] = useState<number[]>([]);
  const confirmDelete = useDeleteAssessment(list.reload);
  const rows = list.data;
  const live = picked.filter((id) => rows?.some((r) => r.id === id));

  const columns: TableColumnsType<AssessmentSummary> = [
    {
      key: 'title',
      title: t('selfAssessment.fieldTitle', { ns: 'shared' }),
      render: (_, a) => (
        <Typography.Link
          href={routeHref({ page: 'assessment', enterpriseId, id: a.id })}
          data-testid="assessment-open"
        >
          {a.title}
        </Typography.Link>
      ),
    },
    {
      key: 'date',
      title: t('selfAssessment.fieldDate', { ns: 'shared' }),
      dataIndex: 'assessedOn',
      width: 120,
    },
    {
      key: 'type',
      title: t('fields.manufacturingType'),
      width: 110,
      render: (_, a) => manufacturingTypeText(t, a.manufacturingType),
    },
    {
      key: 'progress',
      title: t('selfAssessment.colProgress', { ns: 'shared' }),
      render: (_, a) => (
        <Flex vertical>
          <span>
            {t('selfAssessment.answered', { ns: 'shared', answered: a.answered, questions: a.questions })}
          </span>
          {a.suggested > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('selfAssessment.suggestedOpen', { ns: 'shared', count: a.suggested })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'total',
      title: t('selfAssessment.colTotal', { ns: 'shared' }),
      width: 90,
      render: (_, a) => <span data-testid="assessment-row-total">{scoreText(a.total, lang)}</span>,
    },
    {
      key: 'level',
      title: t('selfAssessment.levelLabel', { ns: 'shared' }),
      width: 150,
      render: (_, a) => <Tag color={a.level > 0 ? 'green' : 'default'}>{levelText(t, lang, a.level)}</Tag>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 90,
      render: (_, a) => (
        <IconAction
          danger
          icon={<DeleteOutlined />}
          label={t('common.delete')}
          onClick={() => confirmDelete(a)}
          testId="assessment-delete"
        />
      ),
    },
  ];

  const compare = () => {
    const [first, second] = compareOrder(rows ?? [], live);
    if (first !== undefined && second !== undefined)
      navigate({ page: 'compare', enterpriseId, first, second });
  };

  const heading = (
    <EnterpriseSubpageHeading
      enterpriseId={enterpriseId}
      enterpriseName={enterprise.data?.name}
      backTestId="assessments-back"
      title={t('selfAssessment.listTitle', { ns: 'shared' })}
      extra={
        <>
          <Button
            icon={<DiffOutlined />}
            disabled={live.length !== 2}
            onClick={compare}
            data-testid="assessment-compare"
          >
            {t('selfAssessment.compareSelected', { ns: 'shared' })}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="assessment-create"
          >
            {t('selfAssessment.create', { ns: 'shared' })}
          </Button>
        </>
      }
      intro={t('selfAssessment.listIntro', { ns: 'shared' })}
    />
  );
  const dialog = (
    <CreateAssessmentDialog
      enterpriseId={enterpriseId}
      profileType={enterprise.data?.manufacturingType ?? null}
      open={creating}
      onClose={() => setCreating(false)}
      onCreated={(created) => {
        setCreating(false);
        navigate({ page: 'assessment', enterpriseId, id: created.assessment.id });
      }}
    />
  );

  return (
    <Loaded query={list} heading={heading}>
      {(rows) => (
        <>
          {rows.length === 0 ? (
            <EmptyHint
              title={t('selfAssessment.emptyTitle', { ns: 'shared' })}
              hint={t('selfAssessment.emptyHint', { ns: 'shared' })}
              testId="assessments-empty"
            />
          ) : (
            <Flex vertical gap={8}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('selfAssessment.compareHint', { ns: 'shared' })}
              </Typography.Text>
              <Table<AssessmentSummary>
                rowKey="id"
                size="middle"
                columns={columns}
                dataSource={rows}
                pagination={false}
                rowSelection={{
                  selectedRowKeys: live,
                  onChange: (keys) => setPicked((keys as number[]).slice(-2)),
                  getCheckboxProps: (a) => ({
                    disabled: live.length >= 2 && !live.includes(a.id),
                    'aria-label': a.title,
                  }),
                }}
                onRow={() => testId('assessment-row')}
                data-testid="assessment-table"
              />
            </Flex>
          )}
          {dialog}
        </>
      )}
    </Loaded>
  );
}
