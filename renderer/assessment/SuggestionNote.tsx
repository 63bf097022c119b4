import { CheckOutlined, DatabaseOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RatingCode } from '../../shared/assessment/answer-ratings';
import type { AssessmentAnswer, Questionnaire } from '../../shared/assessment/assessment-api';
import type { Suggestion } from '../../shared/assessment/suggested-answers';
import { currentLanguage } from '../app/language';
import { amountText, inLang } from '../dashboard/figure-text';
import { ratingText } from './maturity-text';

export type SuggestionRule = Questionnaire['suggestionRules'][number];

/** Where the suggestion stands: still the register's, taken by the user, or replaced. */
export type SuggestionState = 'pending' | 'confirmed' | 'changed';

/** `shownRating` is the user's answer on its way when there is one, else the stored rating. */
export function suggestionState(
  answer: AssessmentAnswer,
  shownRating: RatingCode | null,
  answering: boolean,
): SuggestionState {
  if (answer.suggested && !answering) return 'pending';
  return shownRating === answer.suggestion?.rating ? 'confirmed' : 'changed';
}

/**
 * A rating the register suggested: which figure it comes from and its value, what the register
 * cannot tell, and whether the user has confirmed or changed it. Until then it is marked a
 * suggestion, and one click takes it as the user's answer.
 */
export function SuggestionNote({
  questionId,
  suggestion,
  state,
  shownRating,
  rule,
  onConfirm,
}: {
  questionId: string;
  suggestion: Suggestion;
  state: SuggestionState;
  shownRating: RatingCode | null;
  rule: SuggestionRule | undefined;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const rating = ratingText(suggestion.rating, lang);
  const heading =
    state === 'pending'
      ? t('selfAssessment.suggestionPending', { ns: 'shared', rating })
      : state === 'confirmed'
        ? t('selfAssessment.suggestionConfirmed', { ns: 'shared', rating })
        : t('selfAssessment.suggestionChanged', {
            ns: 'shared',
            rating,
            mine: shownRating
              ? ratingText(shownRating, lang)
              : t('selfAssessment.unanswered', { ns: 'shared' }),
          });
  // Every rule reads a share (see suggested-answers.ts), so the value is a percentage.
  const value =
    suggestion.value === null
      ? t('selfAssessment.suggestionNothingToCount', { ns: 'shared', year: suggestion.referenceYear })
      : t('selfAssessment.suggestionValue', {
          ns: 'shared',
          value: amountText(t, lang, 'share', suggestion.value),
          year: suggestion.referenceYear,
        });
  return (
    <Flex
      vertical
      gap={2}
      style={{
        background: state === 'pending' ? '#e6f4ff' : '#fafafa',
        border: `1px ${state === 'pending' ? 'dashed #69b1ff' : 'solid #f0f0f0'}`,
        borderRadius: 6,
        padding: '6px 10px',
      }}
      data-testid={`question-suggestion-${questionId}`}
      data-state={state}
    >
      <Flex align="center" justify="space-between" gap={8} wrap>
        <Typography.Text strong={state === 'pending'} style={{ fontSize: 13 }}>
          <DatabaseOutlined /> {heading}
        </Typography.Text>
        {state === 'pending' && (
          <Button
            size="small"
            icon={<CheckOutlined />}
            onClick={onConfirm}
            data-testid={`question-confirm-${questionId}`}
          >
            {t('selfAssessment.confirmSuggestion', { ns: 'shared' })}
          </Button>
        )}
      </Flex>
      <Typography.Text style={{ fontSize: 12 }} data-testid={`question-suggestion-value-${questionId}`}>
        {rule
          ? t('selfAssessment.suggestionBasis', {
              ns: 'shared',
              definition: inLang(rule.measureDefinition, lang),
              value,
            })
          : value}
      </Typography.Text>
      {rule && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {inLang(rule.note, lang)}
        </Typography.Text>
      )}
    </Flex>
  );
}
