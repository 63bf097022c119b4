import { Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NextLevel } from '../../shared/assessment/maturity-scoring';
import { currentLanguage } from '../app/language';
import { levelTag, levelText, ratingText, scoreText, subDomainText } from './maturity-text';

const SHOWN = 6;

/**
 * The questions standing between the assessment and the next level, lowest level and heaviest
 * first, each with what answering it "fully met" alone would add to the total. Choosing one opens
 * it in the questionnaire.
 */
export function GapList({
  next,
  questionText,
  onOpen,
}: {
  next: NextLevel | null;
  questionText: (questionId: string) => string;
  onOpen: (questionId: string) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [all, setAll] = useState(false);
  if (next === null) {
    return (
      <Typography.Text data-testid="assessment-gaps">
        {t('selfAssessment.topLevel', { ns: 'shared' })}
      </Typography.Text>
    );
  }
  const shown = all ? next.gaps : next.gaps.slice(0, SHOWN);
  return (
    <Flex vertical gap={8} data-testid="assessment-gaps">
      <Typography.Text strong data-testid="assessment-gaps-title">
        {t('selfAssessment.gapsTitle', {
          ns: 'shared',
          level: levelText(t, lang, next.level),
          points: scoreText(next.pointsNeeded, lang),
        })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('selfAssessment.gapsIntro', { ns: 'shared', count: next.gaps.length })}
      </Typography.Text>
      {shown.map((gap) => (
        <Flex
          key={gap.questionId}
          vertical
          gap={2}
          style={{ borderInlineStart: '3px solid #faad14', paddingInlineStart: 8 }}
          data-testid="assessment-gap"
        >
          <Flex gap={6} align="center" wrap>
            <Tag style={{ marginInlineEnd: 0 }}>{levelTag(gap.level, lang)}</Tag>
            <Typography.Text style={{ fontSize: 12 }}>{subDomainText(gap.subDomain, lang)}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {gap.rating ? ratingText(gap.rating, lang) : t('selfAssessment.unanswered', { ns: 'shared' })}
            </Typography.Text>
            {gap.gain > 0 && (
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                {t('selfAssessment.gapGain', { ns: 'shared', gain: scoreText(gap.gain, lang) })}
              </Tag>
            )}
          </Flex>
          <Button
            type="link"
            onClick={() => onOpen(gap.questionId)}
            style={{
              padding: 0,
              height: 'auto',
              whiteSpace: 'normal',
              textAlign: 'start',
              justifyContent: 'flex-start',
              fontSize: 13,
            }}
            data-testid="assessment-gap-open"
          >
            {questionText(gap.questionId)}
          </Button>
        </Flex>
      ))}
      {next.gaps.length > SHOWN && (
        <Button
          type="link"
          size="small"
          style={{ alignSelf: 'start', padding: 0 }}
          onClick={() => setAll(!all)}
        >
          {all
            ? t('selfAssessment.gapsFewer', { ns: 'shared', count: SHOWN })
            : t('selfAssessment.gapsAll', { ns: 'shared', count: next.gaps.length })}
        </Button>
      )}
    </Flex>
  );
}
