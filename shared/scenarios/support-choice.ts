/**
 * The support a scenario counts for one project: the programme, among those whose conditions the
 * project and enterprise meet, that gives the most. Programmes are not stacked: most notices bar
 * funding the same spend twice, and where a city and a district programme may be combined the
 * notice says so — something the rule packs do not record.
 */
import type { BothLanguages } from '../funding/bilingual-text';
import type { FundingEvaluation, ProgrammeEvaluation } from '../funding/evaluate-programmes';

export const SUPPORT_RULE: BothLanguages = {
  zh: '每个项目只计一项资助：在条件全部满足（“符合”）且能估算金额的项目中取估算资助最多的一项，不叠加；条件尚无法判断的项目只列出、不计入；资助不超过项目总投资。同一资助项目被多个项目选中时会标出，请核对通知是否允许同年多次申报。资助按第 0 年到账计，净投资 = 投资 − 资助',
  en: 'One programme per project: among programmes whose conditions are all met ("eligible") and that give an amount, the one estimated to give most, never stacked; programmes that cannot yet be judged are listed, not counted; support never exceeds the project\'s investment. A programme chosen for several projects is flagged: check its notice allows more than one application a year. Support is taken as received in year 0; net cost = investment − support',
};

export interface ProgrammeRef {
  packId: string;
  programmeId: string;
  name: BothLanguages;
  issuer: BothLanguages;
  year: number;
  /** An example programme, or one whose figures need checking against the current notice. */
  example: boolean;
  verify: boolean;
  checkCurrentNotice: boolean;
}

export interface SupportChoice {
  /** Null when no programme is eligible with an amount above 0. */
  programme: ProgrammeRef | null;
  /** The programme's own estimate. */
  estimatedFen: number;
  /** What the scenario counts: the estimate, at most the project's investment. */
  supportFen: number;
  cappedAtInvestment: boolean;
  /** Eligible programmes with an amount above 0, the chosen one included. */
  eligibleCount: number;
  /** Programmes that might apply once the missing facts are known; not counted. */
  undetermined: (ProgrammeRef & { estimatedSupportFen: number | null })[];
  /** Other projects of the scenario whose support is the same programme. */
  sharedWith: number[];
}

function ref(packId: string, p: ProgrammeEvaluation): ProgrammeRef {
  return {
    packId,
    programmeId: p.programmeId,
    name: p.name,
    issuer: p.issuer,
    year: p.year,
    example: p.example,
    verify: p.verify,
    checkCurrentNotice: p.checkCurrentNotice,
  };
}

/** On equal estimates the first in pack order wins, so the choice never flips between calls. */
export function chooseSupport(evaluation: FundingEvaluation, investmentFen: number): SupportChoice {
  let best: { packId: string; p: ProgrammeEvaluation; fen: number } | null = null;
  let eligibleCount = 0;
  const undetermined: SupportChoice['undetermined'] = [];
  for (const pack of evaluation.packs) {
    for (const p of pack.programmes) {
      if (p.status === 'undetermined') {
        undetermined.push({ ...ref(pack.packId, p), estimatedSupportFen: p.estimatedSupportFen });
        continue;
      }
      const fen = p.estimatedSupportFen;
      if (p.status !== 'eligible' || fen === null || fen <= 0) continue;
      eligibleCount += 1;
      if (!best || fen > best.fen) best = { packId: pack.packId, p, fen };
    }
  }
  const estimatedFen = best?.fen ?? 0;
  const supportFen = Math.min(estimatedFen, Math.max(0, investmentFen));
  return {
    programme: best ? ref(best.packId, best.p) : null,
    estimatedFen,
    supportFen,
    cappedAtInvestment: supportFen < estimatedFen,
    eligibleCount,
    undetermined,
    sharedWith: [],
  };
}

/** Marks the projects whose chosen programme another project of the same scenario also chose. */
export function markShared(choices: readonly { projectId: number; support: SupportChoice }[]): void {
  const byProgramme = new Map<string, number[]>();
  for (const c of choices) {
    const p = c.support.programme;
    if (!p) continue;
    const key = `${p.packId}/${p.programmeId}`;
    byProgramme.set(key, [...(byProgramme.get(key) ?? []), c.projectId]);
  }
  for (const c of choices) {
    const p = c.support.programme;
    if (!p) continue;
    c.support.sharedWith = byProgramme
      .get(`${p.packId}/${p.programmeId}`)!
      .filter((id) => id !== c.projectId);
  }
}
