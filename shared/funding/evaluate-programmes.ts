/**
 * Every programme of every pack against one subject: eligible, not eligible or undetermined (a fact
 * it tests is unknown), the reasons condition by condition, and the estimated support with its
 * computation. Pure: the same packs and subject always give the same result.
 */
import { both, type BothLanguages } from './bilingual-text';
import { evaluateCondition, type Outcome } from './condition';
import type { FundingSubject } from './funding-subject';
import type { FundingPack, Programme, ProgrammeType } from './pack-schema';
import { OPEN_TO_ALL, reasonLine, type ReasonLine } from './reason-text';
import { computeSupport, type SupportEstimate } from './support-computation';

export type EligibilityStatus = 'eligible' | 'not_eligible' | 'undetermined';

const STATUS: Record<Outcome, EligibilityStatus> = {
  met: 'eligible',
  not_met: 'not_eligible',
  unknown: 'undetermined',
};

export interface ProgrammeEvaluation {
  programmeId: string;
  name: BothLanguages;
  issuer: BothLanguages;
  year: number;
  type: ProgrammeType;
  source: Programme['source'];
  notes: BothLanguages | null;
  checkCurrentNotice: boolean;
  verify: boolean;
  example: boolean;
  status: EligibilityStatus;
  /** The condition tree in reading order, each node with its outcome and words. */
  reasons: ReasonLine[];
  /** Computed whatever the status, so the user sees what meeting the conditions would bring. */
  support: SupportEstimate;
  /** The support if eligible or still undetermined, 0 if not eligible, null if it cannot be estimated. */
  estimatedSupportFen: number | null;
}

export interface PackEvaluation {
  packId: string;
  name: BothLanguages;
  programmes: ProgrammeEvaluation[];
}

export interface FundingEvaluation {
  /** The facts the evaluation used, after the profile's were filled in. */
  subject: FundingSubject;
  packs: PackEvaluation[];
}

export function evaluateProgramme(p: Programme, subject: FundingSubject): ProgrammeEvaluation {
  const reasons = p.eligibility ? evaluateCondition(p.eligibility, subject).map(reasonLine) : [OPEN_TO_ALL];
  const status = STATUS[reasons[0]!.outcome];
  const support = computeSupport(p.support, subject, p.type === 'check');
  return {
    programmeId: p.id,
    name: both(p.name),
    issuer: both(p.issuer),
    year: p.year,
    type: p.type,
    source: p.source,
    notes: p.notes ? both(p.notes) : null,
    checkCurrentNotice: p.checkCurrentNotice,
    verify: p.verify,
    example: p.example,
    status,
    reasons,
    support,
    estimatedSupportFen: status === 'not_eligible' ? 0 : support.amountFen,
  };
}

export function evaluatePacks(packs: readonly FundingPack[], subject: FundingSubject): FundingEvaluation {
  return {
    subject,
    packs: packs.map((pack) => ({
      packId: pack.id,
      name: both(pack.name),
      programmes: pack.programmes.map((p) => evaluateProgramme(p, subject)),
    })),
  };
}
