/**
 * Everything a project's draft is made from, read in one snapshot through the repositories and
 * calculators the app's pages use (the project with its figures, the indicators and readiness of
 * the reference year, the latest self-assessment, the funding evaluation of the project with its
 * stated facts, the narratives as the narratives store gives them), then turned into the DraftModel by the pure builder.
 */
import type Database from 'better-sqlite3';
import { buildDraftModel } from '../../../shared/drafts/build-draft-model';
import type { DraftModel } from '../../../shared/drafts/draft-model';
import type { NarrativeSectionKey } from '../../../shared/drafts/narrative-sections';
import { evaluatePacks } from '../../../shared/funding/evaluate-programmes';
import { completeSubject } from '../../../shared/funding/funding-subject';
import { projectSubject } from '../../../shared/funding/project-subject';
import type { Lang } from '../../../shared/i18n/messages';
import { EnterpriseRepository } from '../enterprises/enterprise-repository';
import { FundingPackStore } from '../funding/funding-pack-store';
import { ProjectRepository } from '../projects/project-repository';
import { readinessReport } from '../readiness/readiness-report';
import { draftProject } from './draft-project';
import { loadNarratives } from './narrative-store';

/** The sections written so far, by key; loadNarratives gives null for the others. */
function narrativeBodies(
  db: Database.Database,
  input: { projectId: number; lang: Lang },
): Partial<Record<NarrativeSectionKey, string>> {
  const bodies: Partial<Record<NarrativeSectionKey, string>> = {};
  for (const n of loadNarratives(db, input)) if (n.body !== null) bodies[n.key] = n.body;
  return bodies;
}

export function loadDraftModel(
  db: Database.Database,
  now: () => Date,
  input: { projectId: number; lang: Lang },
): DraftModel {
  return db.transaction(() => {
    // NOT_FOUND for an unknown or deleted project, or one whose enterprise is deleted.
    const project = new ProjectRepository(db, now).detail(input.projectId);
    const enterpriseId = project.enterpriseId;
    const enterprise = new EnterpriseRepository(db, now).get(enterpriseId);
    const at = now();
    // As the dashboard and readiness.compute do by default: this year, default assumptions, latest assessment.
    const referenceYear = at.getFullYear();
    const { readiness, indicators } = readinessReport(db, now, enterprise, referenceYear);
    // funding.evaluate with { projectId }: every pack in force against the project's subject.
    const packs = new FundingPackStore(db, now).packs().map((p) => p.pack);
    const funding = evaluatePacks(
      packs,
      completeSubject(undefined, projectSubject(enterprise, project, project.figures)),
    );
    const { targetProgramme } = draftProject(db, project.id);
    return buildDraftModel({
      lang: input.lang,
      now: at,
      enterprise,
      project,
      targetProgramme,
      indicators,
      readiness,
      funding,
      narratives: narrativeBodies(db, { projectId: project.id, lang: input.lang }),
    });
  })();
}
