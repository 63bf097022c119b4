import { ArrowLeftOutlined } from '@ant-design/icons';
import { Col, Flex, Row, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checklist } from '../../shared/drafts/drafts-api';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { routeHref } from '../app/routing';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadError } from '../components/StatusBlocks';
import { ChecklistSection } from './ChecklistSection';
import { DraftOutputs } from './DraftOutputs';
import { NarrativesSection } from './NarrativesSection';
import { ReadinessPanel } from './ReadinessPanel';
import { TargetProgrammePicker } from './TargetProgrammePicker';

/**
 * A change's answer in the page's language: the calls that change the checklist answer in Chinese,
 * so the items keep the titles they were shown with until the refetch brings the new ones.
 */
function withTitlesOf(shown: Checklist | undefined, next: Checklist): Checklist {
  const titles = new Map(shown?.items.map((item) => [item.key, item.title]));
  return {
    ...next,
    items: next.items.map((item) => ({ ...item, title: titles.get(item.key) ?? item.title })),
  };
}

/**
 * A project's application: how ready it is and what is missing, the programme it is for, the
 * sections the user writes, the attachment checklist with its files, and the draft outputs.
 */
export function ApplicationPage({ enterpriseId, projectId }: { enterpriseId: number; projectId: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const project = useApiQuery('projects.get', { id: projectId }, ['projects']);
  // Readiness follows everything an application draws on.
  const readiness = useApiQuery('drafts.readiness', { projectId, lang }, [
    'drafts',
    'projects',
    'enterprises',
    'equipment',
    'assessments',
    'funding',
  ]);
  const narratives = useApiQuery('drafts.narratives.get', { projectId, lang }, ['drafts']);
  const checklistQuery = useApiQuery('drafts.checklist.get', { projectId, lang }, ['drafts', 'funding']);
  // A change's answer shows at once; the refetch it causes replaces it once it arrives.
  const [changed, setChanged] = useState<Checklist | null>(null);
  const [fetched, setFetched] = useState(checklistQuery.data);
  if (checklistQuery.data !== fetched) {
    setFetched(checklistQuery.data);
    setChanged(null);
  }
  const checklist = changed ?? checklistQuery.data;

  const reloadReadiness = readiness.reload;
  const reloadChecklist = checklistQuery.reload;
  const onChecklist = useCallback(
    (next: Checklist) => {
      setChanged((current) => withTitlesOf(current ?? checklistQuery.data, next));
      reloadReadiness();
    },
    [reloadReadiness, checklistQuery.data],
  );
  const onFiles = useCallback(() => {
    reloadChecklist();
    reloadReadiness();
  }, [reloadChecklist, reloadReadiness]);

  const back = (
    <Typography.Link
      href={routeHref({ page: 'project', enterpriseId, id: projectId })}
      data-testid="application-back"
    >
      <ArrowLeftOutlined /> {project.data?.name ?? t('draftsUi.back')}
    </Typography.Link>
  );
  const failed = [project, readiness, narratives, checklistQuery].find(
    (q) => q.error != null && q.data === undefined,
  );
  if (failed) {
    return (
      <>
        {back}
        <LoadError error={failed.error} onRetry={failed.reload} />
      </>
    );
  }
  if (!project.data || !readiness.data || !narratives.data || !checklist) return <Loading />;

  return (
    <>
      {back}
      <PageHeading title={<span data-testid="application-title">{t('draftsUi.title')}</span>}>
        <Typography.Text type="secondary">
          {project.data.name} · {t('draftsUi.intro')}
        </Typography.Text>
      </PageHeading>
      <Flex vertical gap={16}>
        <ReadinessPanel readiness={readiness.data} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <TargetProgrammePicker
              projectId={projectId}
              current={checklist.targetProgramme}
              onChanged={onChecklist}
            />
          </Col>
          <Col xs={24} xl={14}>
            <DraftOutputs projectId={projectId} projectName={project.data.name} />
          </Col>
        </Row>
        <NarrativesSection projectId={projectId} views={narratives.data} onSaved={reloadReadiness} />
        <ChecklistSection checklist={checklist} onChanged={onChecklist} onFilesChanged={onFiles} />
      </Flex>
    </>
  );
}
