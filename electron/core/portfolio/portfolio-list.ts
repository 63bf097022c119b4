/**
 * Every live client with what a consultant scans the list for: register size, the readiness scores
 * (the very computation `readiness.compute` runs, so the dashboard shows the same figures), the
 * newest self-assessment, projects, the best application readiness and the next date to meet.
 */
import type Database from 'better-sqlite3';
import type { Lang } from '../../../shared/i18n/messages';
import { pickText } from '../../../shared/funding/bilingual-text';
import type { Portfolio, PortfolioRow } from '../../../shared/portfolio/portfolio-api';
import type { ReadinessKey } from '../../../shared/readiness/readiness-formulas';
import type { HandlerContext } from '../api/handler-types';
import { AssessmentRepository } from '../assessment/assessment-repository';
import { EnterpriseRepository } from '../enterprises/enterprise-repository';
import { FundingPackStore } from '../funding/funding-pack-store';
import { loadApplicationReadiness } from '../drafts/application-readiness-loader';
import { readinessHandlers } from '../readiness/readiness-handlers';
import {
  clientProjects,
  deadlineCandidates,
  isOpen,
  nearestDeadline,
  type ClientProject,
} from './client-projects';
import { programmeClosings } from './programme-closing';
import { localDate } from '../../../shared/calendar-day';
import { workspaceVersion } from '../db/workspace-version';

/** Live register rows per enterprise, in one pass over the index. */
function equipmentRowCounts(db: Database.Database): Map<number, number> {
  const rows = db
    .prepare(
      'SELECT enterprise_id AS id, count(*) AS n FROM equipment WHERE +deleted_by IS NULL GROUP BY enterprise_id',
    )
    .all() as { id: number; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

type Scores = Record<ReadinessKey, number>;

function readinessScores(ctx: HandlerContext, enterpriseId: number, year: number): Scores {
  const report = readinessHandlers['readiness.compute'](ctx, { enterpriseId, year });
  return Object.fromEntries(report.scores.map((s) => [s.key, s.score])) as Scores;
}

/**
 * The open project closest to filing, by the drafts area's own readiness: the figure is the one the
 * project's application page shows. On a tie the older project is named.
 */
function bestApplication(
  ctx: HandlerContext,
  projects: readonly ClientProject[],
  lang: Lang,
): { score: number; projectId: number } | null {
  let best: { score: number; projectId: number } | null = null;
  for (const p of projects.filter(isOpen)) {
    const { score } = loadApplicationReadiness(ctx.db(), ctx.now, { projectId: p.id, lang });
    if (best === null || score > best.score) best = { score, projectId: p.id };
  }
  return best;
}

/**
 * The last list a connection made, and what it was made from. It stays right while the workspace
 * is unchanged (workspaceVersion), on the same day, in the same language and for the same year. The portfolio is the consultant's home page: with 50 clients of
 * 20,000 rows making the list takes about 2 s, and coming back to it should not.
 */
const lastList = new WeakMap<Database.Database, { made: string; portfolio: Portfolio }>();

export function listPortfolio(ctx: HandlerContext, lang: Lang, year: number): Portfolio {
  const db = ctx.db();
  const made = JSON.stringify([workspaceVersion(db), lang, year, localDate(ctx.now())]);
  const last = lastList.get(db);
  if (last?.made === made) return last.portfolio;
  const portfolio = makePortfolio(ctx, lang, year);
  lastList.set(db, { made, portfolio });
  return portfolio;
}

function makePortfolio(ctx: HandlerContext, lang: Lang, year: number): Portfolio {
  const db = ctx.db();
  // One read transaction: every row is of the same moment, even while another window writes.
  return db.transaction((): Portfolio => {
    const counts = equipmentRowCounts(db);
    const assessments = new AssessmentRepository(db, ctx.now);
    const closing = programmeClosings(new FundingPackStore(db, ctx.now).packs().map((p) => p.pack));
    const today = localDate(ctx.now());
    const rows = new EnterpriseRepository(db, ctx.now).list().map((e): PortfolioRow => {
      const equipmentRows = counts.get(e.id) ?? 0;
      const scores = equipmentRows === 0 ? null : readinessScores(ctx, e.id, year);
      const projects = clientProjects(db, e.id);
      const application = bestApplication(ctx, projects, lang);
      const deadline = nearestDeadline(deadlineCandidates(projects, closing), today);
      return {
        enterpriseId: e.id,
        name: e.name,
        uscc: e.uscc,
        district: e.district,
        equipmentRows,
        smartFactory: scores?.smart_factory ?? null,
        energySaving: scores?.energy_saving ?? null,
        automation: scores?.automation ?? null,
        maturityLevel: assessments.latest(e.id)?.assessment.total ?? null,
        projects: projects.length,
        openProjects: projects.filter(isOpen).length,
        applicationReadiness: application?.score ?? null,
        applicationReadinessProjectId: application?.projectId ?? null,
        nextDeadline: deadline && {
          date: deadline.date,
          what: pickText(lang, deadline.what),
          projectId: deadline.projectId,
        },
        updatedAt: e.updatedAt,
      };
    });
    return { year, rows };
  })();
}
