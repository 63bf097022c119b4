/**
 * Application readiness (issue 6): how complete a project's application is, 0–100, and each missing
 * piece with where to fix it. Pure; electron/core/drafts/application-readiness-loader.ts gathers the
 * facts from the workspace with the calculators the app's pages use.
 *
 * Five parts with fixed weights adding up to 100 (READINESS_WEIGHTS). Each part is a list of checks
 * of equal value, and gives floor(weight × checks met ÷ checks) points — rounded down, so a part
 * shows its full weight only when nothing in it is missing, and 100 means nothing is. The score is
 * the sum of the parts' points, so the parts always add up exactly to the score. Eligibility counts
 * as two checks: an eligible programme meets both, an undetermined one (a fact still unknown) one.
 * A required attachment counts when it is marked ready (attaching its first file marks it).
 */
import type { FieldName } from '../funding/subject-fields';
import { fieldDefinition } from '../funding/subject-fields';
import { pickText, type BothLanguages } from '../funding/bilingual-text';
import type { EligibilityStatus, ProgrammeEvaluation } from '../funding/evaluate-programmes';
import { formatFen } from '../funding/fact-format';
import type { ReasonLine } from '../funding/reason-text';
import { message, type Lang } from '../i18n/messages';
import type { Params } from '../api/errors';
import type {
  ApplicationReadiness,
  ApplicationReadinessGap,
  ApplicationReadinessPart,
  ReadinessPartKey,
} from './drafts-api';
import type { FixPage, FixTarget } from './fix-target';

export const READINESS_WEIGHTS: Readonly<Record<ReadinessPartKey, number>> = {
  fields: 20,
  narratives: 20,
  attachments: 30,
  amounts: 15,
  eligibility: 15,
};

const PART_ORDER: readonly ReadinessPartKey[] = [
  'fields',
  'narratives',
  'attachments',
  'amounts',
  'eligibility',
];

/** The project fields an application needs, in the order the project page shows them. */
export const PROJECT_FIELDS = ['name', 'direction', 'startDate', 'endDate', 'site', 'description'] as const;
export type ProjectFieldKey = (typeof PROJECT_FIELDS)[number];

/** The programme chosen for the application, as the funding evaluation judged it. */
export type EligibilityFacts =
  | { state: 'none' }
  /** Chosen, but no pack in force has it any more. */
  | { state: 'gone'; programme: string }
  | {
      state: 'evaluated';
      programme: string;
      name: BothLanguages;
      status: EligibilityStatus;
      /** Facts still unknown that decide it (undetermined). */
      unknownFacts: BothLanguages[];
      /** The conditions that fail (not eligible). */
      unmet: BothLanguages[];
    };

export interface ReadinessFacts {
  projectId: number;
  enterpriseId: number;
  /** Each field's value; blank text counts as missing. */
  project: Record<ProjectFieldKey, string | null>;
  enterprise: {
    uscc: string | null;
    usccValid: boolean;
    /** A profile year with both operating revenue and employees (the size class needs both). */
    hasProfileYear: boolean;
  };
  /** The investment lines with their amounts (projectFigures). */
  lines: { id: number; name: string; amountFen: number }[];
  investmentFen: number;
  financingFen: number;
  benefitCount: number;
  /** In the requested language. */
  narratives: { key: string; title: string; written: boolean }[];
  attachments: { key: string; title: string; required: boolean; ready: boolean; files: number }[];
  eligibility: EligibilityFacts;
}

interface GapSpec {
  key: string;
  params?: Params;
  page: FixPage;
  anchor: string | null;
}

/** One check; when not met, the gaps say what is missing (several for "every line has an amount"). */
interface Check {
  met: boolean;
  gaps: GapSpec[];
}

const check = (met: boolean, ...gaps: GapSpec[]): Check => ({ met, gaps: met ? [] : gaps });

const isBlank = (v: string | null) => v === null || v.trim() === '';

/** The checks of each part, in the order their gaps are listed. */
function checksOf(f: ReadinessFacts, lang: Lang): Record<ReadinessPartKey, Check[]> {
  const fen = (n: number) => formatFen(lang, n);
  const sep = message(lang, 'drafts.listSeparator');
  const fields: Check[] = [
    ...PROJECT_FIELDS.map((field): Check =>
      check(!isBlank(f.project[field]), {
        key: 'drafts.gap_projectField',
        params: { field: message(lang, `drafts.field_${field}`) },
        page: 'project',
        anchor: field,
      }),
    ),
    check(f.lines.length > 0, { key: 'drafts.gap_noLines', page: 'project-lines', anchor: null }),
    check(
      f.enterprise.uscc !== null && f.enterprise.usccValid,
      f.enterprise.uscc === null
        ? { key: 'drafts.gap_noUscc', page: 'enterprise', anchor: 'uscc' }
        : {
            key: 'drafts.gap_usccInvalid',
            params: { uscc: f.enterprise.uscc },
            page: 'enterprise',
            anchor: 'uscc',
          },
    ),
    check(f.enterprise.hasProfileYear, {
      key: 'drafts.gap_profileYear',
      page: 'enterprise',
      anchor: 'years',
    }),
  ];
  const narratives = f.narratives.map((n) =>
    check(n.written, {
      key: 'drafts.gap_narrative',
      params: { title: n.title },
      page: 'narratives',
      anchor: n.key,
    }),
  );
  const attachments = f.attachments
    .filter((a) => a.required)
    .map((a) =>
      check(a.ready, {
        key: a.files > 0 ? 'drafts.gap_attachmentUnmarked' : 'drafts.gap_attachment',
        params: { title: a.title, files: a.files },
        page: 'attachments',
        anchor: a.key,
      }),
    );
  const zeroLines = f.lines.filter((l) => l.amountFen <= 0);
  const amounts: Check[] = [
    check(
      f.financingFen > 0 && f.financingFen === f.investmentFen,
      f.financingFen === 0
        ? { key: 'drafts.gap_noFinancing', page: 'project-financing', anchor: null }
        : {
            key: 'drafts.gap_financingMismatch',
            params: {
              financing: fen(f.financingFen),
              investment: fen(f.investmentFen),
              difference: fen(Math.abs(f.financingFen - f.investmentFen)),
            },
            page: 'project-financing',
            anchor: null,
          },
    ),
    // Met with no lines at all: that gap is the fields' and is not counted twice.
    check(
      zeroLines.length === 0,
      ...zeroLines.map((l): GapSpec => ({
        key: 'drafts.gap_lineZero',
        params: { name: l.name },
        page: 'project-lines',
        anchor: `line:${l.id}`,
      })),
    ),
    check(f.benefitCount > 0, { key: 'drafts.gap_noBenefits', page: 'project-benefits', anchor: null }),
  ];
  return {
    fields,
    narratives,
    attachments,
    amounts,
    eligibility: eligibilityChecks(f.eligibility, lang, sep),
  };
}

/** Two checks: being decided (not undetermined) and being eligible. */
function eligibilityChecks(e: EligibilityFacts, lang: Lang, sep: string): Check[] {
  const anchor = e.state === 'none' ? 'targetProgramme' : e.programme;
  const gap = (key: string, params: Params = {}): GapSpec => ({ key, params, page: 'funding', anchor });
  // The second check repeats no gap: one missing piece, one line.
  const failing = (g: GapSpec) => [check(false, g), check(false)];
  if (e.state === 'none') return failing(gap('drafts.gap_noProgramme'));
  if (e.state === 'gone') return failing(gap('drafts.gap_programmeGone', { programme: e.programme }));
  const name = pickText(lang, e.name);
  const list = (texts: BothLanguages[]) => texts.map((t) => pickText(lang, t)).join(sep);
  if (e.status === 'eligible') return [check(true), check(true)];
  if (e.status === 'undetermined') {
    return [check(true), check(false, gap('drafts.gap_undetermined', { name, facts: list(e.unknownFacts) }))];
  }
  return failing(gap('drafts.gap_notEligible', { name, reasons: list(e.unmet) }));
}

/** floor(weight × met ÷ checks); a part with nothing to check (no required item) is complete. */
export function partPoints(weight: number, met: number, checks: number): number {
  return checks === 0 ? weight : Math.floor((weight * met) / checks);
}

export function applicationReadiness(facts: ReadinessFacts, lang: Lang): ApplicationReadiness {
  const checks = checksOf(facts, lang);
  const fix = (page: FixPage, anchor: string | null): FixTarget => ({
    page,
    enterpriseId: facts.enterpriseId,
    projectId: facts.projectId,
    anchor,
  });
  const parts: ApplicationReadinessPart[] = PART_ORDER.map((key) => ({
    key,
    label: message(lang, `drafts.part_${key}`),
    weight: READINESS_WEIGHTS[key],
    points: partPoints(READINESS_WEIGHTS[key], checks[key].filter((c) => c.met).length, checks[key].length),
  }));
  const gaps: ApplicationReadinessGap[] = PART_ORDER.flatMap((part) =>
    checks[part].flatMap((c) =>
      c.gaps.map((g) => ({ part, text: message(lang, g.key, g.params), fix: fix(g.page, g.anchor) })),
    ),
  );
  return {
    projectId: facts.projectId,
    score: parts.reduce((sum, p) => sum + p.points, 0),
    parts,
    gaps,
    basis: message(lang, 'drafts.readinessBasis', {
      weights: PART_ORDER.map((k) => `${message(lang, `drafts.part_${k}`)} ${READINESS_WEIGHTS[k]}`).join(
        message(lang, 'drafts.listSeparator'),
      ),
    }),
  };
}

/** The subtrees of the reason lines (flat, with depths) under the node at i. */
function childrenOf(reasons: readonly ReasonLine[], i: number): number[] {
  const out: number[] = [];
  const depth = reasons[i]!.depth;
  for (let j = i + 1; j < reasons.length && reasons[j]!.depth > depth; j++) {
    if (reasons[j]!.depth === depth + 1) out.push(j);
  }
  return out;
}

/**
 * The leaves that decide the outcome: followed down through nodes of the same outcome only, so a
 * condition inside a "not" or an alternative already met is not blamed.
 */
function decidingLeaves(reasons: readonly ReasonLine[], outcome: ReasonLine['outcome']): ReasonLine[] {
  const walk = (i: number): ReasonLine[] => {
    const node = reasons[i]!;
    if (node.outcome !== outcome) return [];
    if (!node.group) return [node];
    return childrenOf(reasons, i).flatMap(walk);
  };
  return reasons.length ? walk(0) : [];
}

/** The programme's evaluation as readiness needs it; null evaluation: chosen but no longer in force. */
export function eligibilityFacts(
  programme: string | null,
  evaluation: ProgrammeEvaluation | null,
): EligibilityFacts {
  if (programme === null) return { state: 'none' };
  if (evaluation === null) return { state: 'gone', programme };
  const unknown = [
    ...new Set(decidingLeaves(evaluation.reasons, 'unknown').map((r) => r.field as FieldName)),
  ].map((field) => fieldDefinition(field).label);
  return {
    state: 'evaluated',
    programme,
    name: evaluation.name,
    status: evaluation.status,
    unknownFacts: unknown,
    unmet: decidingLeaves(evaluation.reasons, 'not_met').map((r) => r.text),
  };
}
