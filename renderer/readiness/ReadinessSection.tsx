import { Card, Divider, Flex, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../app/language';
import { routeHref } from '../app/routing';
import type { DashboardData } from '../dashboard/dashboard-data';
import { inLang } from '../dashboard/figure-text';
import { ScoreBlock } from './ScoreBlock';

/**
 * The three readiness scores of the enterprise, each with its breakdown and the actions that would
 * raise it, under the formula they share and the assessment whose answers they use.
 */
export function ReadinessSection({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const report = data.readiness;
  const a = report.assessment;
  return (
    <Card title={t('readiness.sectionTitle', { ns: 'shared' })} data-testid="dashboard-readiness">
      <Flex vertical gap={4} style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="readiness-basis">
          {t('readiness.formula', { ns: 'shared' })}
          {inLang(report.basis, lang)}
        </Typography.Text>
        <Typography.Text style={{ fontSize: 12 }} data-testid="readiness-assessment">
          {a ? (
            <>
              {t('readiness.basedOn', { ns: 'shared', title: a.title, date: a.assessedOn })}{' '}
              <Typography.Link
                href={routeHref({ page: 'assessment', enterpriseId: report.enterpriseId, id: a.id })}
                style={{ fontSize: 12 }}
              >
                {t('readiness.openAssessment', { ns: 'shared' })}
              </Typography.Link>
            </>
          ) : (
            <>
              {t('readiness.noAssessment', { ns: 'shared' })}{' '}
              <Typography.Link
                href={routeHref({ page: 'assessments', enterpriseId: report.enterpriseId })}
                style={{ fontSize: 12 }}
              >
                {t('readiness.startAssessment', { ns: 'shared' })}
              </Typography.Link>
            </>
          )}
        </Typography.Text>
      </Flex>
      {report.scores.map((score, i) => (
        <Fragment key={score.key}>
          {i > 0 && <Divider />}
          <ScoreBlock score={score} report={report} enterpriseName={data.enterpriseName} />
        </Fragment>
      ))}
    </Card>
  );
}
