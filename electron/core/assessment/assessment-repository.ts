import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { RatingCode } from '../../../shared/assessment/answer-ratings';
import type {
  AnswerSaved,
  AssessmentAnswer,
  AssessmentDetail,
  AssessmentSummary,
} from '../../../shared/assessment/assessment-api';
import {
  scoreMaturity,
  type Answers,
  type MaturityResult,
} from '../../../shared/assessment/maturity-scoring';
import { QUESTIONS } from '../../../shared/assessment/questionnaire';
import type { Suggestion } from '../../../shared/assessment/suggested-answers';
import { SUB_DOMAIN_WEIGHTS } from '../../../shared/assessment/subdomain-weights';
import type { ManufacturingType } from '../../../shared/enterprise/enterprise-schema';
import { changedColumns } from '../db/changed-columns';
import {
  assertLiveEnterprise,
  markDeleted,
  markRestored,
  purgeDeleted,
  rowOrNotFound,
} from '../db/soft-delete';

interface AssessmentRow {
  id: number;
  enterprise_id: number;
  title: string;
  assessed_on: string;
  manufacturing_type: ManufacturingType;
  questionnaire_version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface AnswerRow {
  question_id: string;
  rating: RatingCode | null;
  evidence: string | null;
  suggested: number;
  suggestion_json: string | null;
  updated_at: string;
}

export interface NewAssessment {
  enterpriseId: number;
  title: string;
  assessedOn: string;
  manufacturingType: ManufacturingType;
  questionnaireVersion: number;
}

export interface AnswerInput {
  assessmentId: number;
  questionId: string;
  rating: RatingCode | null;
  /** Undefined keeps the note as it is. */
  evidence?: string | null;
}

export type AssessmentChanges = Partial<Pick<NewAssessment, 'title' | 'assessedOn' | 'manufacturingType'>>;

const COLUMN_OF = {
  title: 'title',
  assessedOn: 'assessed_on',
  manufacturingType: 'manufacturing_type',
} as const;

/** Only the answers of live assessments of live enterprises are visible. */
const LIVE = `FROM assessment a JOIN enterprise e ON e.id = a.enterprise_id
  WHERE a.deleted_at IS NULL AND e.deleted_at IS NULL`;

function answerOf(r: AnswerRow): AssessmentAnswer {
  return {
    questionId: r.question_id,
    rating: r.rating,
    evidence: r.evidence,
    suggested: r.suggested === 1,
    suggestion: r.suggestion_json === null ? null : (JSON.parse(r.suggestion_json) as Suggestion),
    updatedAt: r.updated_at,
  };
}

export function answersOf(answers: readonly AssessmentAnswer[]): Answers {
  return Object.fromEntries(answers.map((a) => [a.questionId, a.rating]));
}

export class AssessmentRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private assertEnterprise(enterpriseId: number): void {
    assertLiveEnterprise(this.db, enterpriseId);
  }

  private row(id: number): AssessmentRow {
    return rowOrNotFound<AssessmentRow>(this.db, `SELECT a.* ${LIVE} AND a.id = ?`, 'assessment', id);
  }

  private answers(id: number): AssessmentAnswer[] {
    const rows = this.db
      .prepare('SELECT * FROM assessment_answer WHERE assessment_id = ?')
      .all(id) as AnswerRow[];
    // Questionnaire order, so that every screen and export lists them alike.
    const order = new Map(QUESTIONS.map((q, i) => [q.id, i]));
    return rows
      .map(answerOf)
      .sort((a, b) => (order.get(a.questionId) ?? Infinity) - (order.get(b.questionId) ?? Infinity));
  }

  private detail(row: AssessmentRow): AssessmentDetail {
    const answers = this.answers(row.id);
    const result = scoreMaturity(answersOf(answers), SUB_DOMAIN_WEIGHTS[row.manufacturing_type]);
    return { assessment: summaryOf(row, answers, result), answers, result };
  }

  get(id: number): AssessmentDetail {
    return this.detail(this.row(id));
  }

  /** An assessment that must belong to the enterprise: another's is NOT_FOUND, as a missing one is. */
  getOf(enterpriseId: number, id: number): AssessmentDetail {
    const row = this.row(id);
    if (row.enterprise_id !== enterpriseId) throw new AppError('NOT_FOUND', { what: 'assessment', id });
    return this.detail(row);
  }

  /** Newest first: by the date assessed, then by creation. */
  list(enterpriseId: number): AssessmentSummary[] {
    this.assertEnterprise(enterpriseId);
    const rows = this.db
      .prepare(`SELECT a.* ${LIVE} AND a.enterprise_id = ? ORDER BY a.assessed_on DESC, a.id DESC`)
      .all(enterpriseId) as AssessmentRow[];
    return rows.map((r) => this.detail(r).assessment);
  }

  latest(enterpriseId: number): AssessmentDetail | null {
    const row = this.db
      .prepare(`SELECT a.* ${LIVE} AND a.enterprise_id = ? ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1`)
      .get(enterpriseId) as AssessmentRow | undefined;
    return row ? this.detail(row) : null;
  }

  /** Runs inside the caller's transaction, which also computed the suggestions. */
  create(input: NewAssessment, suggestions: ReadonlyMap<string, Suggestion>): AssessmentDetail {
    this.assertEnterprise(input.enterpriseId);
    const ts = this.now().toISOString();
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO assessment (enterprise_id, title, assessed_on, manufacturing_type, questionnaire_version, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.enterpriseId,
        input.title,
        input.assessedOn,
        input.manufacturingType,
        input.questionnaireVersion,
        ts,
        ts,
      );
    const id = Number(lastInsertRowid);
    const insert = this.db.prepare(
      `INSERT INTO assessment_answer (assessment_id, question_id, rating, suggested, suggestion_json, updated_at)
       VALUES (?, ?, ?, 1, ?, ?)`,
    );
    for (const [questionId, s] of suggestions) insert.run(id, questionId, s.rating, JSON.stringify(s), ts);
    return this.get(id);
  }

  update(id: number, changes: AssessmentChanges): AssessmentDetail {
    return this.db
      .transaction(() => {
        this.row(id);
        const { sets, values } = changedColumns(COLUMN_OF, changes);
        sets.push('updated_at = ?');
        values.push(this.now().toISOString());
        this.db.prepare(`UPDATE assessment SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
        return this.get(id);
      })
      .immediate();
  }

  /** Saves one answer as the user gives it: from then on it is theirs, no longer a suggestion. */
  answer(input: AnswerInput): AnswerSaved {
    return this.db
      .transaction(() => {
        this.row(input.assessmentId);
        const ts = this.now().toISOString();
        const before = this.db
          .prepare('SELECT evidence FROM assessment_answer WHERE assessment_id = ? AND question_id = ?')
          .get(input.assessmentId, input.questionId) as { evidence: string | null } | undefined;
        const evidence = input.evidence === undefined ? (before?.evidence ?? null) : input.evidence;
        this.db
          .prepare(
            `INSERT INTO assessment_answer (assessment_id, question_id, rating, evidence, suggested, updated_at)
             VALUES (?, ?, ?, ?, 0, ?)
             ON CONFLICT (assessment_id, question_id)
             DO UPDATE SET rating = excluded.rating, evidence = excluded.evidence, suggested = 0,
                           updated_at = excluded.updated_at`,
          )
          .run(input.assessmentId, input.questionId, input.rating, evidence, ts);
        this.db.prepare('UPDATE assessment SET updated_at = ? WHERE id = ?').run(ts, input.assessmentId);
        const detail = this.get(input.assessmentId);
        const answer = detail.answers.find((a) => a.questionId === input.questionId)!;
        return { ...detail, answer };
      })
      .immediate();
  }

  /** Soft delete: the rows stay until purged, so the deletion can be undone exactly. */
  delete(id: number): { id: number; title: string } {
    return this.db
      .transaction(() => {
        const row = this.row(id);
        markDeleted(this.db, 'assessment', id, this.now());
        return { id, title: row.title };
      })
      .immediate();
  }

  undoDelete(id: number): AssessmentDetail {
    return this.db
      .transaction(() => {
        markRestored(this.db, 'assessment', id);
        return this.get(id);
      })
      .immediate();
  }

  /** Removes for good what was deleted before the cut-off. */
  purgeDeletedBefore(cutoff: Date): number {
    return purgeDeleted(this.db, 'assessment', cutoff);
  }
}

function summaryOf(
  row: AssessmentRow,
  answers: readonly AssessmentAnswer[],
  result: MaturityResult,
): AssessmentSummary {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    title: row.title,
    assessedOn: row.assessed_on,
    manufacturingType: row.manufacturing_type,
    questionnaireVersion: row.questionnaire_version,
    answered: result.answered,
    suggested: answers.filter((a) => a.suggested && a.rating !== null).length,
    questions: result.questions,
    total: result.total,
    level: result.level,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
