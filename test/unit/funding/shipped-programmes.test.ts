/**
 * Each shipped example (DOMAIN.md §9) on subjects computed by hand: thresholds and bracket edges a
 * fen either side, caps reached and not, and reasons that name the fact, its value and the rule.
 */
import { describe, expect, it } from 'vitest';
import { evaluateProgramme, type ProgrammeEvaluation } from '../../../shared/funding/evaluate-programmes';
import type { FundingSubjectInput } from '../../../shared/funding/funding-subject';
import { SHIPPED_PACKS } from '../../../shared/funding/shipped';
import { shipped, subject } from './pack-fixtures';

const run = (pack: string, programme: string, given: FundingSubjectInput) =>
  evaluateProgramme(shipped(pack, programme), subject(given));

const fen = (yuan: number) => Math.round(yuan * 100);

/** The status and the support in yuan (null: cannot be estimated). */
const outcome = (e: ProgrammeEvaluation) => ({
  status: e.status,
  yuan: e.estimatedSupportFen === null ? null : e.estimatedSupportFen / 100,
});

const reasonFor = (e: ProgrammeEvaluation, field: string) => e.reasons.find((r) => r.field === field);

const SHENZHEN = { district: 'nanshan' } as const;

describe('shipped examples', () => {
  it('are all marked as examples to check against the current notice, with [verify] status', () => {
    const programmes = SHIPPED_PACKS.flatMap((p) => p.programmes);
    expect(programmes.length).toBe(10);
    for (const p of programmes) {
      expect({ id: p.id, example: p.example, notice: p.checkCurrentNotice, verify: p.verify }).toEqual({
        id: p.id,
        example: true,
        notice: true,
        verify: true,
      });
      expect(p.source.document).not.toBe('');
    }
  });
});

describe('深府办规〔2017〕9号 zero threshold: 10% of the eligible investment, cap ¥10m', () => {
  const investment = (eligibleInvestmentYuan: number, filed = true) =>
    run('shenzhen-city', 'sz-2017-9-investment', {
      enterprise: SHENZHEN,
      project: { filed, eligibleInvestmentYuan },
    });

  it('pays 10% with no threshold, rounded down to the fen, up to the cap', () => {
    expect(outcome(investment(8_765_432.1))).toEqual({ status: 'eligible', yuan: 876_543.21 });
    expect(outcome(investment(0.09))).toEqual({ status: 'eligible', yuan: 0 });
    expect(outcome(investment(100_000_000.01))).toEqual({ status: 'eligible', yuan: 10_000_000 });
    expect(investment(100_000_000.01).support.capApplied).toBe(false);
    const big = investment(150_000_000);
    expect(outcome(big)).toEqual({ status: 'eligible', yuan: 10_000_000 });
    expect(big.support).toMatchObject({
      baseFen: fen(150_000_000),
      uncappedFen: fen(15_000_000),
      capFen: fen(10_000_000),
      capApplied: true,
      amountFen: fen(10_000_000),
    });
    expect(big.support.steps.map((s) => s.text.en)).toEqual([
      'Base: Eligible investment (fixed assets, net of deductible VAT) ¥150,000,000.00',
      '¥150,000,000.00 × 10% = ¥15,000,000.00',
      'Above the cap: limited to ¥10,000,000.00',
    ]);
  });

  it('requires the project to be filed, in Shenzhen, and says which condition failed', () => {
    const notFiled = investment(5_000_000, false);
    expect(outcome(notFiled)).toEqual({ status: 'not_eligible', yuan: 0 });
    expect(reasonFor(notFiled, 'project.filed')).toMatchObject({
      outcome: 'not_met',
      actual: false,
      expected: true,
      text: {
        zh: '已办理技术改造项目备案：否；要求等于 是 — 不满足',
        en: 'Filed (备案) as a transformation project: no; required = yes — not met',
      },
    });
    // What it would pay is still shown with the computation.
    expect(notFiled.support.amountFen).toBe(fen(500_000));
    const outside = run('shenzhen-city', 'sz-2017-9-investment', {
      enterprise: { district: 'outside', cityOutside: '东莞' },
      project: { filed: true, eligibleInvestmentYuan: 5_000_000 },
    });
    expect(reasonFor(outside, 'enterprise.district')?.text.zh).toBe(
      '所在区：深圳市外；要求不属于 深圳市外 — 不满足',
    );
    expect(outcome(investment(0))).toEqual({ status: 'not_eligible', yuan: 0 });
  });

  it('is undetermined, not refused, while the filing is unknown', () => {
    const e = run('shenzhen-city', 'sz-2017-9-investment', {
      enterprise: SHENZHEN,
      project: { eligibleInvestmentYuan: 5_000_000 },
    });
    expect(outcome(e)).toEqual({ status: 'undetermined', yuan: 500_000 });
    expect(reasonFor(e, 'project.filed')?.text.en).toBe(
      'Filed (备案) as a transformation project: not given; required = yes — undetermined: figure missing',
    );
  });
});

describe('深府办规〔2017〕9号 intelligent part: 20%, cap ¥20m', () => {
  const intelligent = (intelligentInvestmentYuan: number) =>
    run('shenzhen-city', 'sz-2017-9-intelligent', {
      enterprise: SHENZHEN,
      project: { filed: true, intelligentInvestmentYuan, eligibleInvestmentYuan: 999_999_999 },
    });

  it('pays 20% of the intelligent part only, capped at ¥20m', () => {
    expect(outcome(intelligent(37_500_000))).toEqual({ status: 'eligible', yuan: 7_500_000 });
    expect(intelligent(37_500_000).support.baseFen).toBe(fen(37_500_000));
    expect(outcome(intelligent(100_000_000))).toEqual({ status: 'eligible', yuan: 20_000_000 });
    expect(intelligent(100_000_000).support.capApplied).toBe(false);
    expect(outcome(intelligent(100_000_000.05))).toEqual({ status: 'eligible', yuan: 20_000_000 });
    expect(intelligent(100_000_000.05).support).toMatchObject({
      uncappedFen: 2_000_000_001,
      capApplied: true,
    });
    expect(outcome(intelligent(0))).toEqual({ status: 'not_eligible', yuan: 0 });
  });
});

describe('深府办规〔2023〕6号 / 深工信规〔2024〕12号 project types', () => {
  const project = (programme: string, p: FundingSubjectInput['project']) =>
    run('shenzhen-city', programme, { enterprise: SHENZHEN, project: { filed: true, ...p } });

  it('major projects: total investment from ¥500m, 10% of the eligible investment, cap ¥100m', () => {
    const below = project('sz-2023-major', {
      totalInvestmentYuan: 499_999_999.99,
      eligibleInvestmentYuan: 480_000_000,
    });
    expect(outcome(below)).toEqual({ status: 'not_eligible', yuan: 0 });
    expect(reasonFor(below, 'project.totalInvestmentYuan')).toMatchObject({
      op: 'gte',
      expected: 500_000_000,
      actual: 499_999_999.99,
      outcome: 'not_met',
      text: {
        zh: '项目总投资：499,999,999.99 元；要求不小于 500,000,000.00 元 — 不满足',
        en: 'Total project investment: ¥499,999,999.99; required ≥ ¥500,000,000.00 — not met',
      },
    });
    expect(
      outcome(
        project('sz-2023-major', { totalInvestmentYuan: 500_000_000, eligibleInvestmentYuan: 480_000_000 }),
      ),
    ).toEqual({ status: 'eligible', yuan: 48_000_000 });
    expect(
      outcome(project('sz-2023-major', { totalInvestmentYuan: 1.5e9, eligibleInvestmentYuan: 1.2e9 })),
    ).toEqual({ status: 'eligible', yuan: 100_000_000 });
  });

  it('equipment renewal: from ¥20m, 10%, cap ¥10m', () => {
    expect(
      outcome(
        project('sz-2023-renewal', {
          totalInvestmentYuan: 19_999_999.99,
          eligibleInvestmentYuan: 18_000_000,
        }),
      ),
    ).toEqual({ status: 'not_eligible', yuan: 0 });
    expect(
      outcome(
        project('sz-2023-renewal', { totalInvestmentYuan: 20_000_000, eligibleInvestmentYuan: 18_000_000 }),
      ),
    ).toEqual({ status: 'eligible', yuan: 1_800_000 });
    expect(
      outcome(
        project('sz-2023-renewal', { totalInvestmentYuan: 160_000_000, eligibleInvestmentYuan: 150_000_000 }),
      ),
    ).toEqual({ status: 'eligible', yuan: 10_000_000 });
  });

  it('intelligent transformation and loan/lease interest: eligibility only, the amount is left to the notice', () => {
    const smart = project('sz-2023-intelligent', { direction: 'intelligent' });
    expect(outcome(smart)).toEqual({ status: 'eligible', yuan: null });
    expect(smart.support.steps[0]!.text.en).toBe(
      'The pack gives no rate or amount for this programme; see the current notice',
    );
    expect(
      outcome(project('sz-2023-intelligent', { direction: 'green', intelligentInvestmentYuan: 0 })),
    ).toEqual({
      status: 'not_eligible',
      yuan: 0,
    });
    expect(
      outcome(
        project('sz-2023-loan-lease-interest', { loanPrincipalYuan: 0, leasePrincipalYuan: 3_000_000 }),
      ),
    ).toEqual({ status: 'eligible', yuan: null });
    expect(
      outcome(project('sz-2023-loan-lease-interest', { loanPrincipalYuan: 0, leasePrincipalYuan: 0 })),
    ).toEqual({ status: 'not_eligible', yuan: 0 });
  });
});

describe('Longhua 2024 brackets', () => {
  const longhua = (eligibleInvestmentYuan: number, district = 'longhua') =>
    run('longhua-2024', 'longhua-2024-investment', {
      enterprise: { district: district as 'longhua' },
      project: { filed: true, eligibleInvestmentYuan },
    });

  it.each([
    [1_500_000, 90_000],
    [4_999_999.99, 299_999.99],
    [5_000_000, 600_000],
    [19_999_999.99, 2_399_999.99],
    [20_000_000, 3_000_000],
    [49_999_999.99, 7_499_999.99],
    [50_000_000, 10_000_000],
    [99_999_999.99, 19_999_999.99],
    [100_000_000, 20_000_000],
    [100_000_000.01, 20_000_000],
    [120_000_000, 21_000_000],
    [500_000_000, 40_000_000],
    [500_000_000.2, 40_000_000],
    [900_000_000, 40_000_000],
  ])('¥%d → ¥%d', (base, support) => {
    expect(outcome(longhua(base))).toEqual({ status: 'eligible', yuan: support });
  });

  it('below ¥1.5m is not eligible and pays nothing', () => {
    const e = longhua(1_499_999.99);
    expect(outcome(e)).toEqual({ status: 'not_eligible', yuan: 0 });
    expect(e.support.steps.at(-2)!.text.en).toBe(
      '¥1,499,999.99 is below the lowest bracket, which starts at ¥1,500,000.00: no support',
    );
  });

  it('shows the bracket of the base, and above ¥100m the first ¥100m at 20% plus 5% beyond', () => {
    expect(longhua(30_000_000).support.steps.map((s) => s.text.en)).toEqual([
      'Base: Eligible investment (fixed assets, net of deductible VAT) ¥30,000,000.00',
      '¥30,000,000.00 falls in the bracket ¥20,000,000.00 – ¥50,000,000.00: 15% × ¥30,000,000.00 = ¥4,500,000.00',
      'Within the cap of ¥40,000,000.00',
    ]);
    const e = longhua(120_000_000);
    expect(e.support.steps.map((s) => [s.text.en, s.amountFen])).toEqual([
      ['Base: Eligible investment (fixed assets, net of deductible VAT) ¥120,000,000.00', fen(120_000_000)],
      [
        'Bracket ¥50,000,000.00 – ¥100,000,000.00 at its upper edge: 20% × ¥100,000,000.00 = ¥20,000,000.00',
        fen(20_000_000),
      ],
      [
        'Bracket ≥ ¥100,000,000.00: ¥20,000,000.00 + 5% × (¥120,000,000.00 − ¥100,000,000.00) = ¥21,000,000.00',
        fen(21_000_000),
      ],
      ['Within the cap of ¥40,000,000.00', fen(21_000_000)],
    ]);
    expect(longhua(500_000_000.2).support).toMatchObject({ uncappedFen: 4_000_000_001, capApplied: true });
    expect(longhua(500_000_000).support.capApplied).toBe(false);
  });

  it('is for enterprises in Longhua only', () => {
    expect(outcome(longhua(30_000_000, 'baoan'))).toEqual({ status: 'not_eligible', yuan: 0 });
  });
});

describe('Guangdong equipment awards: 20% in the Pearl River Delta, 30% elsewhere, cap ¥50m', () => {
  const CLEAN = {
    obsoleteCategory: false,
    energyReviewApproved: false,
    energyTce: 999.99,
    electricityKwh: 4_999_999.99,
  };
  const STATEMENTS = { environmentalCreditPoor: false, creditBlacklisted: false };
  const award = (region: 'prd' | 'ewn', enterprise: FundingSubjectInput['enterprise'], project = {}) =>
    run('guangdong-equipment-award', `gd-equipment-award-${region}`, {
      enterprise: { ...STATEMENTS, ...enterprise },
      project: { ...CLEAN, newEquipmentYuan: 12_345_678.91, ...project },
    });

  it('pays by region, read from the district or the city', () => {
    expect(outcome(award('prd', SHENZHEN))).toEqual({ status: 'eligible', yuan: 2_469_135.78 });
    expect(outcome(award('ewn', SHENZHEN))).toEqual({ status: 'not_eligible', yuan: 0 });
    const meizhou = { district: 'outside', cityOutside: '梅州市' } as const;
    expect(outcome(award('ewn', meizhou))).toEqual({ status: 'eligible', yuan: 3_703_703.67 });
    expect(outcome(award('prd', meizhou))).toEqual({ status: 'not_eligible', yuan: 0 });
    expect(outcome(award('prd', SHENZHEN, { newEquipmentYuan: 250_000_000.05 }))).toEqual({
      status: 'eligible',
      yuan: 50_000_000,
    });
  });

  it('leaves the Shenzhen-Shanwei zone undetermined until the region is stated', () => {
    expect(outcome(award('ewn', { district: 'shenshan' })).status).toBe('undetermined');
    expect(outcome(award('ewn', { district: 'shenshan', guangdongRegion: 'east_west_north' })).status).toBe(
      'eligible',
    );
  });

  it('excludes obsolete projects, a required energy review missing, poor environmental credit and blacklisting', () => {
    expect(outcome(award('prd', SHENZHEN, { obsoleteCategory: true })).status).toBe('not_eligible');
    expect(outcome(award('prd', { ...SHENZHEN, creditBlacklisted: true })).status).toBe('not_eligible');
    expect(outcome(award('prd', { ...SHENZHEN, environmentalCreditPoor: true })).status).toBe('not_eligible');
    const needsReview = award('prd', SHENZHEN, { energyTce: 1000 });
    expect(outcome(needsReview).status).toBe('not_eligible');
    expect(needsReview.reasons.map((r) => [r.depth, r.outcome, r.field ?? r.group])).toEqual([
      [0, 'not_met', 'all'],
      [1, 'met', 'enterprise.guangdongRegion'],
      [1, 'met', 'project.obsoleteCategory'],
      [1, 'not_met', 'any'],
      [2, 'not_met', 'project.energyReviewApproved'],
      [2, 'not_met', 'all'],
      [3, 'not_met', 'project.energyTce'],
      [3, 'met', 'project.electricityKwh'],
      [1, 'met', 'enterprise.environmentalCreditPoor'],
      [1, 'met', 'enterprise.creditBlacklisted'],
    ]);
    expect(outcome(award('prd', SHENZHEN, { energyTce: 1000, energyReviewApproved: true })).status).toBe(
      'eligible',
    );
  });
});

describe('energy review threshold (informational)', () => {
  const check = (project: FundingSubjectInput['project']) =>
    run('energy-review-check', 'ndrc-2023-energy-review-threshold', { project });

  it('is met under 1,000 tce and under 5 GWh a year, and never pays', () => {
    expect(outcome(check({ energyTce: 999.99, electricityKwh: 4_999_999 }))).toEqual({
      status: 'eligible',
      yuan: null,
    });
    expect(check({ energyTce: 1, electricityKwh: 1 }).support.steps[0]!.text.en).toBe(
      'An informational check; no support is paid',
    );
    expect(outcome(check({ energyTce: 1000, electricityKwh: 1 })).status).toBe('not_eligible');
    expect(outcome(check({ energyTce: 1, electricityKwh: 5_000_000 })).status).toBe('not_eligible');
  });

  it('is decided by a known failure even when the other figure is missing', () => {
    expect(outcome(check({ electricityKwh: 6_000_000 })).status).toBe('not_eligible');
    expect(outcome(check({ electricityKwh: 1_000_000 })).status).toBe('undetermined');
  });
});
