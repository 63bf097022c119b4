import { useEffect, useState } from 'react';
import type { AnswerSaved, AssessmentDetail } from '../../shared/assessment/assessment-api';
import { useApi } from '../api/api-context';
import { AnswerSaver, type QuestionSave } from './answer-saver';
import type { QuestionActions } from './QuestionItem';
import { newerDetail } from './questionnaire-shape';

/** Long enough not to save every keystroke, short enough that a note is kept before one looks away. */
const NOTE_DELAY_MS = 800;

export interface AnswerSaving {
  /** Stable, so the question components re-render only when their own answer changes. */
  actions: QuestionActions;
  saves: Readonly<Record<string, QuestionSave>>;
  /** The assessment as the core answered the last save, scored again; null before the first. */
  saved: AssessmentDetail | null;
  /** Takes in an assessment the core answered another call with (a change of its date or kind). */
  keep: (detail: AssessmentDetail) => void;
}

/**
 * The questionnaire's saver for one assessment (the page is keyed by it): actions for the question
 * components, each question's save state, the assessment as last saved, and every waiting note
 * saved when the page closes.
 */
export function useAnswerSaver(assessmentId: number): AnswerSaving {
  const api = useApi();
  const [saves, setSaves] = useState<Readonly<Record<string, QuestionSave>>>({});
  const [saved, setSaved] = useState<AssessmentDetail | null>(null);
  const [keep] = useState(() => (detail: AssessmentDetail) => setSaved((prev) => newerDetail(prev, detail)));
  const [saver] = useState(
    () =>
      new AnswerSaver<AnswerSaved>({
        send: ({ questionId, rating, evidence }) =>
          api.call('assessment.answer', {
            assessmentId,
            questionId,
            rating,
            ...(evidence === undefined ? {} : { evidence }),
          }),
        onSaved: keep,
        onState: (questionId, state) => setSaves((all) => ({ ...all, [questionId]: state })),
        noteDelayMs: NOTE_DELAY_MS,
      }),
  );
  const [actions] = useState<QuestionActions>(() => ({
    rate: (questionId, rating) => saver.rate(questionId, rating),
    note: (questionId, text, rating) => saver.note(questionId, text, rating),
    noteDone: (questionId) => saver.flushNote(questionId),
    retry: (questionId) => saver.retry(questionId),
  }));
  useEffect(() => () => saver.flush(), [saver]);
  return { actions, saves, saved, keep };
}
