/**
 * The facts of a project's application readiness, read in one snapshot with the calculators the
 * app's pages use: projectFigures for the amounts (through the project repository), the funding
 * evaluation on the project's subject for eligibility, the checklist and narrative stores.
 */
import type Database from 'better-sqlite3';
import {
  applicationReadiness,
  eligibilityFacts,
  type ReadinessFacts,
} from '../../../shared/drafts/application-readiness';
import type { ApplicationReadiness } from '../../../shared/drafts/drafts-api';
import { checkUscc } from '../../../shared/enterprise/uscc';
import { evaluateProgramme } from '../../../shared/funding/evaluate-programmes';
import { projectSubject } from '../../../shared/funding/project-subject';
import type { Lang } from '../../../shared/i18n/messages';
import { EnterpriseRepository } from '../enterprises/enterprise-repository';
import { ProjectRepository } from '../projects/project-repository';
import { loadChecklist } from './checklist-store';
import { draftProject } from './draft-project';
import { isBlank, loadNarratives } from './narrative-store';
import { targetProgrammeInForce } from './target-programme';

export function readinessFacts(
  db: Database.Database,
  now: () => Date,
  input: { projectId: number; lang: Lang },
): ReadinessFacts {
  const { targetProgramme } = draftProject(db, input.projectId);
  const project = new ProjectRepository(db, now).detail(input.projectId);
  const enterprise = new EnterpriseRepository(db, now).get(project.enterpriseId);
  const chosen = targetProgrammeInForce(db, targetProgramme);
  const evaluation = chosen
    ? evaluateProgramme(chosen.programme, projectSubject(enterprise, project, project.figures))
    : null;
  const { investment, financing } = project.figures;
  return {
    projectId: project.id,
    enterpriseId: project.enterpriseId,
    project: {
      name: project.name,
      direction: project.direction,
      startDate: project.startDate,
      endDate: project.endDate,
      site: project.site,
      description: project.description,
    },
    enterprise: {
      uscc: enterprise.uscc,
      usccValid: enterprise.uscc !== null && checkUscc(enterprise.uscc).valid,
      hasProfileYear: enterprise.years.some((y) => y.revenueYuan !== null && y.employees !== null),
    },
    lines: project.lines.map((l) => ({ id: l.id, name: l.name, amountFen: l.amountFen })),
    investmentFen: investment.totalFen,
    financingFen: financing.totalFen,
    benefitCount: project.benefits.length,
    narratives: loadNarratives(db, input).map((n) => ({
      key: n.key,
      title: n.title,
      written: n.body !== null && !isBlank(n.body),
    })),
    attachments: loadChecklist(db, input).items.map((i) => ({
      key: i.key,
      title: i.title,
      required: i.required,
      ready: i.ready,
      files: i.files.length,
    })),
    eligibility: eligibilityFacts(targetProgramme, evaluation),
  };
}

export function loadApplicationReadiness(
  db: Database.Database,
  now: () => Date,
  input: { projectId: number; lang: Lang },
): ApplicationReadiness {
  return db.transaction(() => applicationReadiness(readinessFacts(db, now, input), input.lang))();
}
