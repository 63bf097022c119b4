import { ArrowLeftOutlined, DeleteOutlined, FileTextOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../shared/projects/projects-api';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { navigate, routeHref, type ProjectTab } from '../app/routing';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadError } from '../components/StatusBlocks';
import { FiguresPanel } from './figures/FiguresPanel';
import { FiguresSummary } from './figures/FiguresSummary';
import { BenefitsTable } from './items/BenefitsTable';
import { FinancingTable } from './items/FinancingTable';
import { LinesTable } from './items/LinesTable';
import { PlanForm } from './plan/PlanForm';
import { dateRangeText, directionText, statusColor, statusText } from './project-format';
import { useDeleteProject } from './use-delete-project';

// The funding evaluation brings the programmes' rule texts: it loads when its tab is first opened.
const ProjectFunding = lazy(() =>
  import('../funding/ProjectFunding').then((m) => ({ default: m.ProjectFunding })),
);

/**
 * The newer of the fetched project and the one the last edit returned: an edit's answer shows at
 * once, and the refetch it causes replaces it once it arrives.
 */
function newest(fetched: ProjectDetail | undefined, saved: ProjectDetail | null): ProjectDetail | undefined {
  if (!saved || saved.id !== fetched?.id) return fetched ?? saved ?? undefined;
  return saved.updatedAt > fetched.updatedAt ? saved : fetched;
}

/** One project: its plan, line items, financing and benefits, what they add up to, and its funding. */
export function ProjectPage({
  enterpriseId,
  id,
  tab: openTab,
}: {
  enterpriseId: number;
  id: number;
  tab?: ProjectTab;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const query = useApiQuery('projects.get', { id }, ['projects', 'funding', 'equipment']);
  const [saved, setSaved] = useState<ProjectDetail | null>(null);
  const [tab, setTab] = useState<string>(openTab ?? 'lines');
  const confirmDelete = useDeleteProject();
  // A project deleted elsewhere answers NOT_FOUND: the last edit's copy must not stand in for it.
  const project = query.error ? undefined : newest(query.data, saved);

  const back = (
    <Typography.Link href={routeHref({ page: 'projects', enterpriseId })} data-testid="project-back">
      <ArrowLeftOutlined /> {t('projectUi.back')}
    </Typography.Link>
  );
  if (!project) {
    if (query.error) {
      return (
        <>
          {back}
          <LoadError error={query.error} onRetry={query.reload} />
        </>
      );
    }
    return <Loading />;
  }

  const started = project.lines.length > 0 || project.benefits.length > 0;
  const count = (n: number) => (
    <Badge count={n} showZero overflowCount={99_999} color="#d9d9d9" style={{ color: '#595959' }} />
  );
  const label = (key: string, text: string, n?: number) => (
    <Flex gap={6} align="center" data-testid={`project-tab-${key}`}>
      {text}
      {n !== undefined && count(n)}
    </Flex>
  );
  const items = [
    {
      key: 'plan',
      label: label('plan', t('projectUi.tabs.plan')),
      children: <PlanForm project={project} onSaved={setSaved} />,
    },
    {
      key: 'lines',
      label: label('lines', t('projectUi.tabs.lines'), project.lines.length),
      children: <LinesTable project={project} onSaved={setSaved} />,
    },
    {
      key: 'financing',
      label: label('financing', t('projectUi.tabs.financing'), project.financing.length),
      children: <FinancingTable project={project} onSaved={setSaved} />,
    },
    {
      key: 'benefits',
      label: label('benefits', t('projectUi.tabs.benefits'), project.benefits.length),
      children: <BenefitsTable project={project} onSaved={setSaved} />,
    },
    {
      key: 'figures',
      label: label('figures', t('projectUi.tabs.figures')),
      children: <FiguresPanel figures={project.figures} started={started} />,
    },
    {
      key: 'funding',
      label: label('funding', t('projectUi.tabs.funding')),
      children: (
        <Suspense fallback={<Loading />}>
          <ProjectFunding projectId={project.id} />
        </Suspense>
      ),
    },
  ];

  return (
    <>
      {back}
      <PageHeading
        title={<span data-testid="project-title">{project.name}</span>}
        extra={
          <Flex gap={8}>
            <Button
              type="primary"
              icon={<FileTextOutlined />}
              href={routeHref({ page: 'application', enterpriseId, projectId: project.id })}
              data-testid="project-application"
            >
              {t('draftsUi.open')}
            </Button>
            <Button
              danger
              icon={<DeleteOutlined />}
              onClick={() =>
                confirmDelete(project, {
                  afterDelete: () => navigate({ page: 'projects', enterpriseId }),
                  afterUndo: (restored) => navigate({ page: 'project', enterpriseId, id: restored }),
                })
              }
              data-testid="project-delete"
            >
              {t('common.delete')}
            </Button>
          </Flex>
        }
      >
        <Flex gap={8} wrap align="center">
          <Tag color="blue" data-testid="project-direction">
            {directionText(project.direction, lang)}
          </Tag>
          <Tag color={statusColor(project.status)} data-testid="project-status">
            {statusText(t, project.status)}
          </Tag>
          <Typography.Text type="secondary">
            {dateRangeText(t, project.startDate, project.endDate)}
            {project.site ? ` · ${project.site}` : ''}
          </Typography.Text>
        </Flex>
      </PageHeading>
      <Flex vertical gap={16}>
        <FiguresSummary figures={project.figures} started={started} />
        <Tabs activeKey={tab} onChange={setTab} items={items} />
      </Flex>
    </>
  );
}
