import { Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail } from '../../shared/assessment/assessment-api';
import { currentLanguage } from '../app/language';
import { inLang } from '../dashboard/figure-text';
import { Disclosure } from './Disclosure';
import { GapList } from './GapList';
import { LevelSummary } from './LevelSummary';
import { MaturityRadarCard, RADAR_COLOR } from './MaturityRadarCard';
import { scoreText, subDomainText } from './maturity-text';
import { SelfAssessmentNotice } from './SelfAssessmentNotice';

function SubDomainScores({ detail }: { detail: AssessmentDetail }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [open, setOpen] = useState(false);
  return (
    <Disclosure
      header={t('selfAssessment.subDomainScores', { ns: 'shared' })}
      open={open}
      onToggle={() => setOpen(!open)}
      // The figures behind the radar stay in the page while closed, for assistive tools to read.
      keepMounted
      testid="assessment-subdomain-scores"
    >
      <Flex vertical gap={2}>
        {detail.result.subDomains.map((s) => (
          <Flex key={s.subDomain} justify="space-between" style={{ fontSize: 12 }}>
            <span>{subDomainText(s.subDomain, lang)}</span>
            <span data-testid={`assessment-subdomain-score-${s.subDomain}`}>{scoreText(s.score, lang)}</span>
          </Flex>
        ))}
      </Flex>
    </Disclosure>
  );
}

/**
 * What the answers so far add up to, beside the questionnaire: the level and each level's score,
 * the sub-domain radar, the questions that block the next level, and that this is a self-assessment.
 * With `fitHeight` the level stays in view and the rest scrolls beneath it within the panel's height.
 */
export function ResultPanel({
  detail,
  enterpriseName,
  weightsBasis,
  questionText,
  onOpen,
  fitHeight,
}: {
  detail: AssessmentDetail;
  enterpriseName: string;
  weightsBasis: { zh: string; en: string };
  questionText: (questionId: string) => string;
  onOpen: (questionId: string) => void;
  fitHeight: boolean;
}) {
  const { t } = useTranslation();
  const { assessment, result } = detail;
  const title = t('selfAssessment.radarTitle', { ns: 'shared' });
  return (
    <Flex
      vertical
      gap={12}
      style={fitHeight ? { minHeight: 0, flex: 1 } : undefined}
      data-testid="assessment-result"
    >
      <Card size="small" title={t('selfAssessment.resultTitle', { ns: 'shared' })} style={{ flex: 'none' }}>
        <Flex vertical gap={8}>
          <LevelSummary result={result} />
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('selfAssessment.shortNotice', { ns: 'shared' })}
          </Typography.Text>
        </Flex>
      </Card>
      <Flex
        vertical
        gap={12}
        style={fitHeight ? { minHeight: 0, overflowY: 'auto' } : undefined}
        data-testid="assessment-result-more"
      >
        <MaturityRadarCard
          id="radar"
          title={title}
          subtitle={t('selfAssessment.radarSubtitle', { ns: 'shared' })}
          notes={[]}
          fileName={t('selfAssessment.radarFileName', {
            ns: 'shared',
            name: enterpriseName,
            chart: title,
            title: assessment.title,
          })}
          series={[
            { key: 'score', name: assessment.title, color: RADAR_COLOR, subDomains: result.subDomains },
          ]}
          height={340}
        />
        <SubDomainScores detail={detail} />
        <Card size="small">
          <GapList next={result.next} questionText={questionText} onOpen={onOpen} />
        </Card>
        <SelfAssessmentNotice notice={result.notice} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {inLang(weightsBasis, currentLanguage())}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
