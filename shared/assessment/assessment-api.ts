/** What the self-assessment's API calls take and return. */
import { z } from 'zod';
import { EntityId, optionalText } from '../enterprise/enterprise-schema';
import type { ManufacturingType } from '../enterprise/enterprise-schema';
import { RATING_CODES, RATINGS, type RatingCode } from './answer-ratings';
import { ELEMENTS, LEVELS, SUB_DOMAINS, type Level } from './cmmm-structure';
import type { MaturityResult } from './maturity-scoring';
import { LEVEL_REACHED_AT, SCORE_BANDS, SELF_ASSESSMENT_NOTICE } from './maturity-scoring';
import { QUESTION_IDS, QUESTIONNAIRE_VERSION, QUESTIONS } from './questionnaire';
import { SUGGESTION_RULES, type Suggestion } from './suggested-answers';
import { SUB_DOMAIN_WEIGHTS, WEIGHTS_BASIS } from './subdomain-weights';
import { MEASURE_DEFINITIONS } from '../readiness/register-measures';

/** A calendar date as YYYY-MM-DD, the day the assessment describes. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1990 || y > 2200) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const AssessedOn = z.string().max(10).refine(isCalendarDate, { message: 'assessment.dateInvalid' });
const Title = z.string().trim().min(1).max(200);
const ManufacturingTypeField = z.enum(['discrete', 'process']);

export const AssessmentCreateSchema = z.strictObject({
  enterpriseId: EntityId,
  /** Default: the date. */
  title: Title.optional(),
  /** Default: today. */
  assessedOn: AssessedOn.optional(),
  /** Default: the enterprise's, or discrete when its profile does not say. */
  manufacturingType: ManufacturingTypeField.optional(),
  /** Fill in the suggestions of the questions the register answers (default true). */
  prefill: z.boolean().optional(),
});

export const AssessmentChangesSchema = z.strictObject({
  title: Title.optional(),
  assessedOn: AssessedOn.optional(),
  manufacturingType: ManufacturingTypeField.optional(),
});

export const AnswerRequestSchema = z.strictObject({
  assessmentId: EntityId,
  questionId: z.enum(QUESTION_IDS),
  /** Null takes the rating back (the question counts as unanswered). */
  rating: z.enum(RATING_CODES).nullable(),
  /** Omitted: the evidence note stays as it was; empty or null clears it. */
  evidence: optionalText(2000),
});

export const CompareRequestSchema = z.strictObject({ firstId: EntityId, secondId: EntityId });

export interface AssessmentSummary {
  id: number;
  enterpriseId: number;
  title: string;
  /** YYYY-MM-DD. */
  assessedOn: string;
  manufacturingType: ManufacturingType;
  questionnaireVersion: number;
  /** Questions with a rating, suggested ones included. */
  answered: number;
  /** Ratings still as the register suggested them, not yet answered by the user. */
  suggested: number;
  questions: number;
  total: number;
  level: Level | 0;
  createdAt: string;
  updatedAt: string;
}

export interface AssessmentAnswer {
  questionId: string;
  rating: RatingCode | null;
  evidence: string | null;
  /** True while the rating is the register's suggestion, until the user answers. */
  suggested: boolean;
  /** What the register suggested when the assessment was created; kept after the user answers. */
  suggestion: Suggestion | null;
  updatedAt: string;
}

export interface AssessmentDetail {
  assessment: AssessmentSummary;
  /** Only the questions with a rating, a note or a suggestion. */
  answers: AssessmentAnswer[];
  result: MaturityResult;
}

export interface AnswerSaved extends AssessmentDetail {
  answer: AssessmentAnswer;
}

/** Everything the questionnaire screen needs, none of it stored per workspace. */
export function questionnaire() {
  return {
    version: QUESTIONNAIRE_VERSION,
    levels: LEVELS,
    elements: ELEMENTS,
    subDomains: SUB_DOMAINS,
    questions: QUESTIONS,
    ratings: RATINGS,
    weights: SUB_DOMAIN_WEIGHTS,
    weightsBasis: WEIGHTS_BASIS,
    levelReachedAt: LEVEL_REACHED_AT,
    bands: SCORE_BANDS,
    suggestionRules: SUGGESTION_RULES.map((r) => ({
      ...r,
      measureDefinition: MEASURE_DEFINITIONS[r.measure],
    })),
    notice: SELF_ASSESSMENT_NOTICE,
  };
}
export type Questionnaire = ReturnType<typeof questionnaire>;
