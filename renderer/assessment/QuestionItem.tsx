import { CheckCircleOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Radio, Tag, Typography } from 'antd';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS, type RatingCode } from '../../shared/assessment/answer-ratings';
import type { AssessmentAnswer } from '../../shared/assessment/assessment-api';
import { currentLanguage } from '../app/language';
import { inLang } from '../dashboard/figure-text';
import { errorText } from '../i18n/wire-messages';
import type { QuestionSave } from './answer-saver';
import { levelTag } from './maturity-text';
import type { Question } from './questionnaire-shape';
import { SuggestionNote, suggestionState, type SuggestionRule } from './SuggestionNote';

export interface QuestionActions {
  rate: (questionId: string, rating: RatingCode | null) => void;
  note: (questionId: string, text: string, rating: RatingCode | null) => void;
  noteDone: (questionId: string) => void;
  retry: (questionId: string) => void;
}

function SaveState({
  questionId,
  save,
  onRetry,
}: {
  questionId: string;
  save: QuestionSave | undefined;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (!save) return null;
  const style = { fontSize: 12 };
  return (
    <Typography.Text
      type={save.status === 'failed' ? 'danger' : 'secondary'}
      style={style}
      data-testid={`question-state-${questionId}`}
      data-status={save.status}
      role="status"
    >
      {save.status === 'saving' && (
        <>
          <LoadingOutlined /> {t('selfAssessment.saving', { ns: 'shared' })}
        </>
      )}
      {save.status === 'editing' && t('selfAssessment.editing', { ns: 'shared' })}
      {save.status === 'saved' && (
        <>
          <CheckCircleOutlined /> {t('selfAssessment.saved', { ns: 'shared' })}
        </>
      )}
      {save.status === 'failed' && (
        <>
          <WarningOutlined /> {t('selfAssessment.failed', { ns: 'shared', reason: errorText(t, save.error) })}{' '}
          <Typography.Link onClick={onRetry} style={style}>
            {t('common.retry')}
          </Typography.Link>
        </>
      )}
    </Typography.Text>
  );
}

/**
 * One question: its level, the four ratings as buttons (arrow keys move between them), the
 * register's suggestion where there is one, and a note on the evidence. The note is the field's
 * own while it is mounted, so a save finishing never moves the caret or drops what was typed since.
 */
export const QuestionItem = memo(function QuestionItem({
  question,
  answer,
  save,
  rule,
  actions,
}: {
  question: Question;
  answer: AssessmentAnswer | undefined;
  save: QuestionSave | undefined;
  rule: SuggestionRule | undefined;
  actions: QuestionActions;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [note, setNote] = useState(answer?.evidence ?? '');
  const shown = save?.pendingRating !== undefined ? save.pendingRating : (answer?.rating ?? null);
  const text = inLang(question.text, lang);
  const suggestion = answer?.suggestion
    ? suggestionState(answer, shown, save?.pendingRating !== undefined)
    : null;
  const id = question.id;
  return (
    <Flex
      vertical
      gap={8}
      id={`question-${id}`}
      style={{ paddingBlock: 12, borderBottom: '1px solid #f0f0f0' }}
      data-testid={`question-${id}`}
    >
      <Flex gap={8} align="start" justify="space-between">
        <Flex gap={8} align="start">
          <Tag color="blue" style={{ marginInlineEnd: 0, flex: 'none' }}>
            {levelTag(question.level, lang)}
          </Tag>
          <Typography.Text>{text}</Typography.Text>
        </Flex>
        <span style={{ flex: 'none' }}>
          <SaveState questionId={id} save={save} onRetry={() => actions.retry(id)} />
        </span>
      </Flex>
      <Flex gap={8} align="center" wrap>
        <Radio.Group
          optionType="button"
          // A rating the register suggested is outlined until the user makes it theirs.
          buttonStyle={suggestion === 'pending' ? 'outline' : 'solid'}
          value={shown}
          onChange={(e) => actions.rate(id, e.target.value as RatingCode)}
          options={RATINGS.map((r) => ({ value: r.code, label: inLang(r, lang) }))}
          aria-label={text}
          data-testid={`question-rating-${id}`}
        />
        {shown !== null && (
          <Button
            type="link"
            size="small"
            onClick={() => actions.rate(id, null)}
            data-testid={`question-clear-${id}`}
          >
            {t('selfAssessment.clearRating', { ns: 'shared' })}
          </Button>
        )}
      </Flex>
      {answer?.suggestion && suggestion && (
        <SuggestionNote
          questionId={id}
          suggestion={answer.suggestion}
          state={suggestion}
          shownRating={shown}
          rule={rule}
          onConfirm={() => actions.rate(id, answer.suggestion!.rating)}
        />
      )}
      <Input.TextArea
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
          actions.note(id, e.target.value, shown);
        }}
        onBlur={() => actions.noteDone(id)}
        placeholder={t('selfAssessment.evidencePlaceholder', { ns: 'shared' })}
        aria-label={t('selfAssessment.evidenceLabel', { ns: 'shared', question: text })}
        autoSize={{ minRows: 1, maxRows: 6 }}
        maxLength={2000}
        data-testid={`question-evidence-${id}`}
      />
    </Flex>
  );
});
