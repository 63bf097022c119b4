/**
 * A project's funding evaluation as the project page shows it: programmes grouped by status, the
 * best one, the facts that would settle the undetermined ones, and each estimate in a sentence.
 */
import type { TFunction } from 'i18next';
import type { BothLanguages } from '../../shared/funding/bilingual-text';
import type {
  EligibilityStatus,
  FundingEvaluation,
  ProgrammeEvaluation,
} from '../../shared/funding/evaluate-programmes';
import { FIELD_NAMES, type FieldName } from '../../shared/funding/subject-fields';
import type { Lang } from '../../shared/i18n/messages';
import { formatWan } from '../format/figures';
import { sharedText } from '../i18n/wire-messages';

export interface ProgrammeEntry {
  /** packId/programmeId: programme ids are unique only within their pack. */
  key: string;
  packId: string;
  packName: BothLanguages;
  programme: ProgrammeEvaluation;
}

/** Checks (the energy review) answer a yes/no question and pay nothing: they are listed apart. */
export type FundingGroup = EligibilityStatus | 'checks';
const GROUP_ORDER: readonly FundingGroup[] = ['eligible', 'undetermined', 'not_eligible', 'checks'];

export function programmeEntries(e: FundingEvaluation): ProgrammeEntry[] {
  return e.packs.flatMap((pack) =>
    pack.programmes.map((programme) => ({
      key: `${pack.packId}/${programme.programmeId}`,
      packId: pack.packId,
      packName: pack.name,
      programme,
    })),
  );
}

const groupOf = (p: ProgrammeEvaluation): FundingGroup => (p.type === 'check' ? 'checks' : p.status);

/** What a programme would bring if it applied: the estimate a not-eligible one still carries. */
const potentialFen = (p: ProgrammeEvaluation) => p.support.amountFen;

/** Largest estimate first; those that cannot be estimated last, each group otherwise in pack order. */
function byEstimate(a: ProgrammeEntry, b: ProgrammeEntry): number {
  const x = potentialFen(a.programme);
  const y = potentialFen(b.programme);
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return y - x;
}

export function fundingGroups(e: FundingEvaluation): { group: FundingGroup; entries: ProgrammeEntry[] }[] {
  const entries = programmeEntries(e);
  return GROUP_ORDER.map((group) => ({
    group,
    entries: entries.filter((x) => groupOf(x.programme) === group).sort(byEstimate),
  })).filter((g) => g.entries.length > 0);
}

/** The eligible programme with the largest estimated support; null when none pays a known amount. */
export function bestEntry(e: FundingEvaluation): ProgrammeEntry | null {
  let best: ProgrammeEntry | null = null;
  for (const entry of programmeEntries(e)) {
    const p = entry.programme;
    if (groupOf(p) !== 'eligible' || p.estimatedSupportFen === null || p.estimatedSupportFen <= 0) continue;
    if (!best || p.estimatedSupportFen > best.programme.estimatedSupportFen!) best = entry;
  }
  return best;
}

/**
 * The facts whose absence leaves a programme undetermined or its support unestimated, in the field
 * table's order. A not-eligible programme is settled already: its unknowns change nothing.
 */
export function missingFacts(e: FundingEvaluation): FieldName[] {
  const missing = new Set<FieldName>();
  for (const { programme: p } of programmeEntries(e)) {
    if (p.status === 'not_eligible') continue;
    for (const r of p.reasons)
      if (r.field && r.outcome === 'unknown' && r.actual === null) missing.add(r.field);
    for (const f of p.support.missing) missing.add(f);
  }
  return FIELD_NAMES.filter((f) => missing.has(f));
}

const wan = (t: TFunction, lang: Lang, fen: number) =>
  t('fundingUi.wan', { amount: formatWan(fen / 100, lang) });

/** The estimate in one sentence; the computation's steps say how it was reached. */
export function estimateText(t: TFunction, lang: Lang, p: ProgrammeEvaluation): string {
  if (p.type === 'check') return sharedText(t, 'funding.checkOnly');
  if (p.support.kind === 'none') return sharedText(t, 'funding.noAmount');
  const amount = p.support.amountFen;
  if (amount === null) return t('fundingUi.estimateMissing');
  if (p.status === 'not_eligible')
    return t('fundingUi.estimateNotEligible', { amount: wan(t, lang, amount) });
  const text = wan(t, lang, amount);
  return p.status === 'eligible'
    ? t('fundingUi.estimateEligible', { amount: text })
    : t('fundingUi.estimateUndetermined', { amount: text });
}
