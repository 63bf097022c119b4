/**
 * The questionnaire as the screen lays it out: elements, then sub-domains (the manufacturing
 * element's grouped by its capability domains), then questions from level 1 up; and how far each
 * sub-domain and element has been answered.
 */
import type {
  AssessmentAnswer,
  AssessmentDetail,
  Questionnaire,
} from '../../shared/assessment/assessment-api';
import type { ElementCode, ManufacturingDomain, SubDomainCode } from '../../shared/assessment/cmmm-structure';

export type Question = Questionnaire['questions'][number];
type Bilingual = { zh: string; en: string };

export interface SubDomainGroup {
  code: SubDomainCode;
  label: Bilingual;
  domain: ManufacturingDomain | null;
  questions: Question[];
}

export interface ElementGroup {
  code: ElementCode;
  label: Bilingual;
  subDomains: SubDomainGroup[];
}

export function questionnaireGroups(q: Questionnaire): ElementGroup[] {
  return q.elements.map((e) => ({
    code: e.code,
    label: { zh: e.zh, en: e.en },
    subDomains: q.subDomains
      .filter((s) => s.element === e.code)
      .map((s) => ({
        code: s.code,
        label: { zh: s.zh, en: s.en },
        domain: 'domain' in s ? s.domain : null,
        questions: q.questions.filter((x) => x.subDomain === s.code).sort((a, b) => a.level - b.level),
      })),
  }));
}

/** Sub-domains in runs of the same capability domain, for the manufacturing element's headings. */
export function domainRuns(
  subDomains: readonly SubDomainGroup[],
): { domain: ManufacturingDomain | null; subDomains: SubDomainGroup[] }[] {
  const runs: { domain: ManufacturingDomain | null; subDomains: SubDomainGroup[] }[] = [];
  for (const s of subDomains) {
    const last = runs.at(-1);
    if (last && last.domain === s.domain) last.subDomains.push(s);
    else runs.push({ domain: s.domain, subDomains: [s] });
  }
  return runs;
}

export interface Progress {
  questions: number;
  /** With a rating, the register's suggestions included. */
  answered: number;
  /** Rated by the register's suggestion and not yet confirmed or changed. */
  suggested: number;
}

export const answerIndex = (detail: AssessmentDetail): ReadonlyMap<string, AssessmentAnswer> =>
  new Map(detail.answers.map((a) => [a.questionId, a]));

export function progressOf(
  questions: readonly Question[],
  answers: ReadonlyMap<string, AssessmentAnswer>,
): Progress {
  let answered = 0;
  let suggested = 0;
  for (const q of questions) {
    const a = answers.get(q.id);
    if (a?.rating == null) continue;
    answered += 1;
    if (a.suggested) suggested += 1;
  }
  return { questions: questions.length, answered, suggested };
}

export const elementQuestions = (e: ElementGroup): Question[] => e.subDomains.flatMap((s) => s.questions);

/** Where a question sits, to open its element and sub-domain when a gap names it. */
export function locate(
  groups: readonly ElementGroup[],
  questionId: string,
): { element: ElementCode; subDomain: SubDomainCode } | null {
  for (const e of groups)
    for (const s of e.subDomains)
      if (s.questions.some((q) => q.id === questionId)) return { element: e.code, subDomain: s.code };
  return null;
}

/**
 * Of two answers for the same assessment, the one saved last. A refetch started before a save can
 * arrive after it; the core's updated-at time tells which is newer, a tie goes to the one that
 * arrived last.
 */
export function newerDetail(current: AssessmentDetail | null, next: AssessmentDetail): AssessmentDetail {
  if (current === null || current.assessment.id !== next.assessment.id) return next;
  return next.assessment.updatedAt >= current.assessment.updatedAt ? next : current;
}
