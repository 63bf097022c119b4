import { Alert, Card, Col, Descriptions, Flex, Row, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentComparison, Delta } from '../../shared/assessment/compare-assessments';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { Loading, LoadError } from '../components/StatusBlocks';
import { inLang } from '../dashboard/figure-text';
import { manufacturingTypeText } from '../enterprises/enterprise-labels';
import { subDomainDeltas, trendOf, type DeltaRow } from './compare-rows';
import { Disclosure } from './Disclosure';
import { MaturityRadarCard } from './MaturityRadarCard';
import {
  deltaText,
  elementText,
  levelTag,
  levelText,
  ratingText,
  scoreText,
  subDomainText,
} from './maturity-text';
import { SelfAssessmentNotice } from './SelfAssessmentNotice';

const FIRST_COLOR = '#8c8c8c';
const SECOND_COLOR = '#fa541c';
const TREND_COLOR = { up: '#389e0d', down: '#cf1322', same: '#8c8c8c' } as const;

function DeltaText({ delta, testid }: { delta: number; testid?: string }) {
  const lang = currentLanguage();
  return (
    <span style={{ color: TREND_COLOR[trendOf(delta)], fontWeight: 500 }} data-testid={testid}>
      {deltaText(delta, lang)}
    </span>
  );
}

function Summary({ c }: { c: AssessmentComparison }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const line = (d: Delta<unknown>, testid: string) => (
    <Flex gap={8} align="baseline" wrap>
      <span>{scoreText(d.first, lang)}</span>→<span>{scoreText(d.second, lang)}</span>
      <DeltaText delta={d.delta} testid={testid} />
    </Flex>
  );
  return (
    <Card
      size="small"
      title={t('selfAssessment.compareSummary', { ns: 'shared' })}
      style={{ height: '100%' }}
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'level',
            label: t('selfAssessment.levelLabel', { ns: 'shared' }),
            children: (
              <span data-testid="compare-level">
                {levelText(t, lang, c.first.result.level)} → {levelText(t, lang, c.second.result.level)}
              </span>
            ),
          },
          {
            key: 'total',
            label: t('selfAssessment.colTotal', { ns: 'shared' }),
            children: line(c.total, 'compare-total-delta'),
          },
          ...c.levels.map((d) => ({
            key: `level-${d.key}`,
            label: levelTag(d.key, lang),
            children: line(d, `compare-level-delta-${d.key}`),
          })),
          ...c.elements.map((d) => ({
            key: d.key,
            label: elementText(d.key, lang),
            children: line(d, `compare-element-delta-${d.key}`),
          })),
        ]}
      />
    </Card>
  );
}

function ChangedAnswers({ c }: { c: AssessmentComparison }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [open, setOpen] = useState(false);
  const questions = useApiQuery('assessment.questions', {}, []);
  const texts = new Map((questions.data?.questions ?? []).map((q) => [q.id, q.text]));
  const rating = (r: (typeof c.changedAnswers)[number]['first']) =>
    r ? ratingText(r, lang) : t('selfAssessment.unanswered', { ns: 'shared' });
  return (
    <Disclosure
      header={
        <span data-testid="compare-changed-count">
          {t('selfAssessment.changedAnswers', { ns: 'shared', count: c.changedAnswers.length })}
        </span>
      }
      open={open}
      onToggle={() => setOpen(!open)}
    >
      <Flex vertical gap={6} style={{ paddingBlock: 6 }}>
        {c.changedAnswers.map((a) => {
          const text = texts.get(a.questionId);
          return (
            <Flex key={a.questionId} justify="space-between" gap={16}>
              <Typography.Text style={{ fontSize: 13 }}>
                {text ? inLang(text, lang) : a.questionId}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
                {rating(a.first)} → {rating(a.second)}
              </Typography.Text>
            </Flex>
          );
        })}
      </Flex>
    </Disclosure>
  );
}

/**
 * Two assessments overlaid on the radar, with the change of the total, each level, each element
 * and each sub-domain from the first to the second, and the questions answered differently.
 */
export function ComparisonView({
  firstId,
  secondId,
  enterpriseName,
}: {
  firstId: number;
  secondId: number;
  enterpriseName: string;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const query = useApiQuery('assessment.compare', { firstId, secondId }, ['assessments', 'enterprises']);
  if (query.error && !query.data) return <LoadError error={query.error} onRetry={query.reload} />;
  const c = query.data;
  if (!c) return <Loading />;
  const [a, b] = [c.first.assessment, c.second.assessment];
  const name = (x: typeof a) =>
    t('selfAssessment.pickLabel', { ns: 'shared', title: x.title, date: x.assessedOn });
  const title = t('selfAssessment.compareRadarTitle', { ns: 'shared' });
  const columns: TableColumnsType<DeltaRow> = [
    {
      key: 'subDomain',
      title: t('selfAssessment.colSubDomain', { ns: 'shared' }),
      render: (_, r) => (
        <Flex gap={8} align="baseline">
          <span>{subDomainText(r.subDomain, lang)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {elementText(r.element, lang)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'first',
      title: a.title,
      width: '22%',
      align: 'right',
      render: (_, r) => scoreText(r.first, lang),
    },
    {
      key: 'second',
      title: b.title,
      width: '22%',
      align: 'right',
      render: (_, r) => scoreText(r.second, lang),
    },
    {
      key: 'delta',
      title: t('selfAssessment.colDelta', { ns: 'shared' }),
      width: '18%',
      align: 'right',
      render: (_, r) => <DeltaText delta={r.delta} testid={`compare-delta-${r.subDomain}`} />,
    },
  ];
  return (
    <Flex vertical gap={16} data-testid="comparison">
      {!c.sameManufacturingType && (
        <Alert
          type="warning"
          showIcon
          title={t('selfAssessment.compareTypeDiffers', {
            ns: 'shared',
            first: manufacturingTypeText(t, a.manufacturingType),
            second: manufacturingTypeText(t, b.manufacturingType),
          })}
          data-testid="compare-type-differs"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <MaturityRadarCard
            id="compare"
            title={title}
            subtitle={t('selfAssessment.radarSubtitle', { ns: 'shared' })}
            notes={[]}
            fileName={t('selfAssessment.radarFileName', {
              ns: 'shared',
              name: enterpriseName,
              chart: title,
              title: `${a.title} – ${b.title}`,
            })}
            series={[
              { key: 'first', name: name(a), color: FIRST_COLOR, subDomains: c.first.result.subDomains },
              { key: 'second', name: name(b), color: SECOND_COLOR, subDomains: c.second.result.subDomains },
            ]}
          />
        </Col>
        <Col xs={24} xl={11}>
          <Summary c={c} />
        </Col>
      </Row>
      <Card size="small" title={t('selfAssessment.compareTableTitle', { ns: 'shared' })}>
        <Table<DeltaRow>
          size="small"
          rowKey="subDomain"
          columns={columns}
          dataSource={subDomainDeltas(c)}
          pagination={false}
          data-testid="compare-table"
        />
      </Card>
      <ChangedAnswers c={c} />
      <SelfAssessmentNotice notice={c.second.result.notice} />
    </Flex>
  );
}
