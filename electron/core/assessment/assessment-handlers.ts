import { questionnaire } from '../../../shared/assessment/assessment-api';
import { compareAssessments } from '../../../shared/assessment/compare-assessments';
import { QUESTIONNAIRE_VERSION } from '../../../shared/assessment/questionnaire';
import { suggestAnswers, type Suggestion } from '../../../shared/assessment/suggested-answers';
import { registerMeasures } from '../../../shared/readiness/register-measures';
import type { HandlerContext, HandlerTable } from '../api/handler-types';
import { EnterpriseRepository } from '../enterprises/enterprise-repository';
import { registerSnapshot } from '../readiness/register-snapshot';
import { AssessmentRepository } from './assessment-repository';
import { localDate } from '../../../shared/calendar-day';

/** Deleted assessments stay restorable this long, as deleted enterprises do. */
const KEEP_DELETED_MS = 30 * 86_400_000;

const repo = (ctx: HandlerContext) => new AssessmentRepository(ctx.db(), ctx.now);

/** Other windows showing the enterprise's assessments or scores refetch them. */
function announced<T>(ctx: HandlerContext, result: T): T {
  ctx.emit({ type: 'workspace-changed', scope: 'assessments' });
  return result;
}

export const assessmentHandlers = {
  'assessment.questions': () => questionnaire(),
  'assessment.list': (ctx, { enterpriseId }) => repo(ctx).list(enterpriseId),
  'assessment.get': (ctx, { id }) => repo(ctx).get(id),

  /**
   * The suggestions are computed from the register as it stands, for the year of the assessment,
   * in the transaction that stores them, so that they match the rows they were read from.
   */
  'assessment.create': (ctx, { enterpriseId, title, assessedOn, manufacturingType, prefill = true }) => {
    const db = ctx.db();
    const created = db
      .transaction(() => {
        const enterprise = new EnterpriseRepository(db, ctx.now).get(enterpriseId);
        const date = assessedOn ?? localDate(ctx.now());
        const referenceYear = Number(date.slice(0, 4));
        let suggestions = new Map<string, Suggestion>();
        if (prefill) {
          const { groups, report } = registerSnapshot(db, enterpriseId, enterprise.years, referenceYear);
          suggestions = suggestAnswers(registerMeasures(report, groups), referenceYear);
        }
        return repo(ctx).create(
          {
            enterpriseId,
            title: title ?? date,
            assessedOn: date,
            manufacturingType: manufacturingType ?? enterprise.manufacturingType ?? 'discrete',
            questionnaireVersion: QUESTIONNAIRE_VERSION,
          },
          suggestions,
        );
      })
      .immediate();
    return announced(ctx, created);
  },
  'assessment.update': (ctx, { id, changes }) => announced(ctx, repo(ctx).update(id, changes)),
  'assessment.answer': (ctx, input) => announced(ctx, repo(ctx).answer(input)),

  'assessment.delete': (ctx, { id }) => {
    const r = repo(ctx);
    const deleted = r.delete(id);
    r.purgeDeletedBefore(new Date(ctx.now().getTime() - KEEP_DELETED_MS));
    return announced(ctx, deleted);
  },
  'assessment.undoDelete': (ctx, { id }) => announced(ctx, repo(ctx).undoDelete(id)),

  /** Both read in one snapshot, so an answer saved meanwhile cannot show on one side only. */
  'assessment.compare': (ctx, { firstId, secondId }) =>
    ctx.db().transaction(() => compareAssessments(repo(ctx).get(firstId), repo(ctx).get(secondId)))(),
} satisfies Partial<HandlerTable>;
