import { FormOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../shared/assessment/assessment-api';
import { useApiQuery } from '../api/use-api-query';
import { routeHref } from '../app/routing';
import { Loading, LoadError } from '../components/StatusBlocks';
import type { DashboardData } from '../dashboard/dashboard-data';
import { LevelSummary } from './LevelSummary';
import { MaturityRadarCard, RADAR_COLOR } from './MaturityRadarCard';
import { SelfAssessmentNotice } from './SelfAssessmentNotice';

function LatestAssessment({ summary, data }: { summary: AssessmentSummary; data: DashboardData }) {
  const { t } = useTranslation();
  const query = useApiQuery('assessment.get', { id: summary.id }, ['assessments', 'enterprises']);
  if (query.error && !query.data) return <LoadError error={query.error} onRetry={query.reload} />;
  const detail = query.data;
  if (!detail) return <Loading />;
  const { assessment, result } = detail;
  const title = t('readiness.maturityTitle', { ns: 'shared' });
  return (
    <Row gutter={[16, 16]} data-testid="dashboard-maturity">
      <Col xs={24} xl={13}>
        <MaturityRadarCard
          id="maturity"
          title={title}
          subtitle={t('readiness.maturitySubtitle', {
            ns: 'shared',
            title: assessment.title,
            date: assessment.assessedOn,
          })}
          notes={[]}
          fileName={t('selfAssessment.radarFileName', {
            ns: 'shared',
            name: data.enterpriseName,
            chart: title,
            title: assessment.title,
          })}
          series={[
            { key: 'score', name: assessment.title, color: RADAR_COLOR, subDomains: result.subDomains },
          ]}
        />
      </Col>
      <Col xs={24} xl={11}>
        <Card
          title={t('selfAssessment.resultTitle', { ns: 'shared' })}
          extra={
            <Button
              size="small"
              icon={<FormOutlined />}
              href={routeHref({ page: 'assessment', enterpriseId: data.enterpriseId, id: assessment.id })}
              data-testid="dashboard-maturity-open"
            >
              {t('readiness.openAssessment', { ns: 'shared' })}
            </Button>
          }
          style={{ height: '100%' }}
        >
          <Flex vertical gap={16}>
            <LevelSummary result={result} />
            <SelfAssessmentNotice notice={result.notice} />
          </Flex>
        </Card>
      </Col>
    </Row>
  );
}

/** The maturity radar of the enterprise's latest self-assessment, or an invitation to start one. */
export function MaturitySection({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const latest = data.readiness.assessment;
  if (latest) return <LatestAssessment summary={latest} data={data} />;
  return (
    <Card title={t('readiness.maturityTitle', { ns: 'shared' })} data-testid="dashboard-maturity">
      <Empty
        description={
          <Flex vertical gap={4} align="center">
            <Typography.Text strong>{t('readiness.maturityNone', { ns: 'shared' })}</Typography.Text>
            <Typography.Text type="secondary" style={{ maxWidth: 560 }}>
              {t('readiness.maturityNoneHint', { ns: 'shared' })}
            </Typography.Text>
          </Flex>
        }
      >
        <Button
          type="primary"
          icon={<PlusOutlined />}
          href={routeHref({ page: 'assessments', enterpriseId: data.enterpriseId })}
          data-testid="dashboard-maturity-start"
        >
          {t('readiness.startAssessment', { ns: 'shared' })}
        </Button>
      </Empty>
    </Card>
  );
}
