import { Button, Card, Col, Empty, Flex, Progress, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessScore } from '../../shared/readiness/compute-readiness';
import type { ReadinessReport } from '../../shared/readiness/readiness-api';
import { currentLanguage } from '../app/language';
import { CategoryBars } from '../dashboard/CategoryBars';
import { ChartCard } from '../dashboard/ChartCard';
import { inLang } from '../dashboard/figure-text';
import { ActionItem } from './ActionItem';
import { breakdownRows, inputLine, pointsText, TOP_ACTIONS, visibleActions } from './readiness-lines';

const EARNED = '#1677ff';
const MISSING = '#e8e8e8';

/** The score, what each input earned (the formula applied, line by line), as a picture too. */
function Breakdown({
  score,
  report,
  enterpriseName,
}: {
  score: ReadinessScore;
  report: ReadinessReport;
  enterpriseName: string;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const name = inLang(score.label, lang);
  const title = t('readiness.breakdownTitle', { ns: 'shared', name, score: pointsText(score.score, lang) });
  const series = [
    { dataKey: 'earned' as const, name: t('readiness.earned', { ns: 'shared' }), color: EARNED },
    { dataKey: 'missing' as const, name: t('readiness.missing', { ns: 'shared' }), color: MISSING },
  ];
  return (
    <ChartCard
      id={`readiness-${score.key}`}
      title={title}
      subtitle={t('readiness.breakdownSubtitle', { ns: 'shared' })}
      legend={series.map((s) => ({ label: s.name, color: s.color }))}
      notes={[
        ...score.inputs.map((input) => inputLine(t, lang, input)),
        t('readiness.sumLine', { ns: 'shared', score: pointsText(score.score, lang) }),
      ]}
      fileName={t('dashboard.pngFileName', {
        ns: 'shared',
        name: enterpriseName,
        chart: name,
        year: report.referenceYear,
      })}
    >
      <CategoryBars
        rows={breakdownRows(score, lang)}
        series={series}
        axis={t('readiness.pointsAxis', { ns: 'shared' })}
        tickText={(n) => pointsText(n, lang)}
        tooltipText={(n) => t('readiness.points', { ns: 'shared', points: pointsText(n, lang) })}
      />
    </ChartCard>
  );
}

/** The actions that would raise the score most, the top few first and the rest on request. */
function Actions({ score, report }: { score: ReadinessScore; report: ReadinessReport }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [all, setAll] = useState(false);
  return (
    <Card
      size="small"
      title={t('readiness.actionsTitle', { ns: 'shared', name: inLang(score.label, lang) })}
      style={{ height: '100%' }}
      data-testid={`readiness-actions-${score.key}`}
    >
      {score.actions.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('readiness.noActions', { ns: 'shared' })}
        />
      ) : (
        <Flex vertical>
          {visibleActions(score.actions, all).map((a) => (
            <ActionItem key={a.key} action={a} score={score} report={report} />
          ))}
          {score.actions.length > TOP_ACTIONS && (
            <Button
              type="link"
              size="small"
              style={{ alignSelf: 'start', paddingInline: 0, marginTop: 4 }}
              onClick={() => setAll(!all)}
              data-testid={`readiness-actions-all-${score.key}`}
            >
              {all
                ? t('readiness.showFewer', { ns: 'shared', count: TOP_ACTIONS })
                : t('readiness.showAll', { ns: 'shared', count: score.actions.length })}
            </Button>
          )}
        </Flex>
      )}
    </Card>
  );
}

/** One readiness score: the figure out of 100, its breakdown, and what would raise it. */
export function ScoreBlock({
  score,
  report,
  enterpriseName,
}: {
  score: ReadinessScore;
  report: ReadinessReport;
  enterpriseName: string;
}) {
  const lang = currentLanguage();
  return (
    <Flex vertical gap={8} data-testid={`readiness-${score.key}`}>
      <Flex align="center" gap={16}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {inLang(score.label, lang)}
        </Typography.Title>
        <Typography.Text strong style={{ fontSize: 20 }} data-testid={`readiness-score-${score.key}`}>
          {pointsText(score.score, lang)}
        </Typography.Text>
        <Typography.Text type="secondary">/ 100</Typography.Text>
        <Progress percent={score.score} showInfo={false} style={{ flex: 1, maxWidth: 320, margin: 0 }} />
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Breakdown score={score} report={report} enterpriseName={enterpriseName} />
        </Col>
        <Col xs={24} xl={13}>
          <Actions score={score} report={report} />
        </Col>
      </Row>
    </Flex>
  );
}
