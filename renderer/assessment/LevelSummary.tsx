import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MaturityResult } from '../../shared/assessment/maturity-scoring';
import { currentLanguage } from '../app/language';
import { levelTag, levelText, scoreText } from './maturity-text';

const REACHED = '#52c41a';
const OPEN = '#1677ff';

/**
 * The self-assessed level, the total it comes from and the score of each level, with the 0.8 a
 * level needs. Levels above the first one not reached are shown but do not count in the total.
 */
export function LevelSummary({ result }: { result: MaturityResult }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const at = scoreText(0.8, lang);
  return (
    <Flex vertical gap={8}>
      <Flex align="baseline" gap={12} wrap>
        <Typography.Text type="secondary">{t('selfAssessment.levelLabel', { ns: 'shared' })}</Typography.Text>
        <Typography.Text strong style={{ fontSize: 22 }} data-testid="assessment-level">
          {levelText(t, lang, result.level)}
        </Typography.Text>
      </Flex>
      <Typography.Text data-testid="assessment-total">
        {t('selfAssessment.total', { ns: 'shared', total: scoreText(result.total, lang) })}
        {result.band &&
          t('selfAssessment.band', {
            ns: 'shared',
            from: scoreText(result.band.from, lang),
            to: scoreText(result.band.to, lang),
          })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="assessment-answered">
        {t('selfAssessment.answered', {
          ns: 'shared',
          answered: result.answered,
          questions: result.questions,
        })}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('selfAssessment.levelScores', { ns: 'shared', at })}
      </Typography.Text>
      {result.levels.map((l) => (
        <Flex key={l.level} align="center" gap={8} data-testid={`assessment-level-row-${l.level}`}>
          <Typography.Text style={{ width: 92, flex: 'none', fontSize: 12 }}>
            {levelTag(l.level, lang)}
          </Typography.Text>
          <Progress
            percent={l.score * 100}
            showInfo={false}
            size="small"
            strokeColor={l.reached ? REACHED : OPEN}
            style={{ flex: 1, margin: 0, opacity: l.counted ? 1 : 0.45 }}
            aria-label={levelTag(l.level, lang)}
          />
          <Typography.Text
            style={{ width: 36, flex: 'none', textAlign: 'right', fontSize: 12 }}
            data-testid={`assessment-level-score-${l.level}`}
          >
            {scoreText(l.score, lang)}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
