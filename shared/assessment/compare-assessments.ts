/**
 * Two assessments side by side: both in full, and what changed from the first to the second, so a
 * screen can show progress between two dates (or two factories) without recomputing anything.
 */
import type { RatingCode } from './answer-ratings';
import type { ElementCode, Level, SubDomainCode } from './cmmm-structure';
import type { AssessmentDetail } from './assessment-api';
import { settle } from './maturity-scoring';
import { QUESTIONS } from './questionnaire';

/** Second minus first. */
export interface Delta<K> {
  key: K;
  first: number;
  second: number;
  delta: number;
}

export interface AssessmentComparison {
  first: AssessmentDetail;
  second: AssessmentDetail;
  sameEnterprise: boolean;
  /** Scores weighed for different kinds of manufacturing are not strictly comparable. */
  sameManufacturingType: boolean;
  total: Delta<'total'>;
  level: Delta<'level'>;
  levels: Delta<Level>[];
  subDomains: Delta<SubDomainCode>[];
  elements: Delta<ElementCode>[];
  /** Questions whose rating differs, in questionnaire order. */
  changedAnswers: { questionId: string; first: RatingCode | null; second: RatingCode | null }[];
}

function delta<K>(key: K, first: number, second: number): Delta<K> {
  return { key, first, second, delta: settle(second - first) };
}

function zip<T, K>(a: readonly T[], b: readonly T[], key: (t: T) => K, value: (t: T) => number): Delta<K>[] {
  return a.map((x, i) => delta(key(x), value(x), value(b[i]!)));
}

export function compareAssessments(first: AssessmentDetail, second: AssessmentDetail): AssessmentComparison {
  const a = first.result;
  const b = second.result;
  const ratingsOf = (d: AssessmentDetail) => new Map(d.answers.map((x) => [x.questionId, x.rating]));
  const ra = ratingsOf(first);
  const rb = ratingsOf(second);
  return {
    first,
    second,
    sameEnterprise: first.assessment.enterpriseId === second.assessment.enterpriseId,
    sameManufacturingType: first.assessment.manufacturingType === second.assessment.manufacturingType,
    total: delta('total', a.total, b.total),
    level: delta('level', a.level, b.level),
    levels: zip(
      a.levels,
      b.levels,
      (l) => l.level,
      (l) => l.score,
    ),
    subDomains: zip(
      a.subDomains,
      b.subDomains,
      (s) => s.subDomain,
      (s) => s.score,
    ),
    elements: zip(
      a.elements,
      b.elements,
      (e) => e.element,
      (e) => e.score,
    ),
    changedAnswers: QUESTIONS.map((q) => ({
      questionId: q.id,
      first: ra.get(q.id) ?? null,
      second: rb.get(q.id) ?? null,
    })).filter((c) => c.first !== c.second),
  };
}
