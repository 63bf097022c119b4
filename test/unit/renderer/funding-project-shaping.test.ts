/** A project's funding evaluation as the project page shows it: groups, best, missing facts, estimates. */
import { describe, expect, it } from 'vitest';
import { evaluatePacks, type ProgrammeEvaluation } from '../../../shared/funding/evaluate-programmes';
import { completeSubject, type FundingSubjectInput } from '../../../shared/funding/funding-subject';
import { FundingPackSchema } from '../../../shared/funding/pack-schema';
import { SHIPPED_PACKS } from '../../../shared/funding/shipped';
import {
  bestEntry,
  estimateText,
  fundingGroups,
  missingFacts,
  programmeEntries,
} from '../../../renderer/funding/funding-groups';
import { fromFormValues, statedSubject, toFormValues } from '../../../renderer/funding/stated-facts';
import { fullPack } from '../funding/pack-fixtures';
import { translators } from './support/translators';

const ts = translators();

/** A Longhua project of ¥8m eligible spend, ¥2.5m of it intelligent, as a plan gives it. */
const PLAN: FundingSubjectInput = {
  enterprise: { district: 'longhua', sizeClass: 'medium', employees: 320 },
  project: {
    direction: 'intelligent',
    totalInvestmentYuan: 9_000_000,
    eligibleInvestmentYuan: 8_000_000,
    intelligentInvestmentYuan: 2_500_000,
    newEquipmentYuan: 8_000_000,
    loanPrincipalYuan: 0,
    leasePrincipalYuan: 0,
  },
};
const evaluate = (extra: FundingSubjectInput['project'] = {}) =>
  evaluatePacks(SHIPPED_PACKS, completeSubject({ ...PLAN, project: { ...PLAN.project, ...extra } }));

const statusOf = (e: ReturnType<typeof evaluate>) =>
  Object.fromEntries(programmeEntries(e).map((x) => [x.key, x.programme.status]));

describe('fundingGroups', () => {
  it('groups by status in a fixed order, checks apart, largest estimate first', () => {
    const e = evaluate({ filed: true });
    const groups = fundingGroups(e);
    expect(groups.map((g) => g.group)).toEqual(['eligible', 'undetermined', 'not_eligible', 'checks']);
    const eligible = groups[0]!.entries.map((x) => x.key);
    expect(eligible).toEqual([
      'longhua-2024/longhua-2024-investment', // 12% of 8m = 960,000
      'shenzhen-city/sz-2017-9-investment', // 10% of 8m = 800,000
      'shenzhen-city/sz-2017-9-intelligent', // 20% of 2.5m = 500,000
      'shenzhen-city/sz-2023-intelligent', // no amount: last
    ]);
    expect(groups[3]!.entries.map((x) => x.key)).toEqual([
      'energy-review-check/ndrc-2023-energy-review-threshold',
    ]);
    // Every programme of every pack is listed once.
    const listed = groups.flatMap((g) => g.entries).length;
    expect(listed).toBe(SHIPPED_PACKS.reduce((n, p) => n + p.programmes.length, 0));
  });

  it('an evaluation without packs has no groups', () => {
    expect(fundingGroups({ subject: completeSubject({}), packs: [] })).toEqual([]);
  });
});

describe('bestEntry', () => {
  it('is the eligible programme with the largest estimate', () => {
    const best = bestEntry(evaluate({ filed: true }))!;
    expect(best.key).toBe('longhua-2024/longhua-2024-investment');
    expect(best.programme.estimatedSupportFen).toBe(96_000_000);
  });

  it('is none while every paying programme is undetermined, and never a larger not-eligible one', () => {
    expect(bestEntry(evaluate())).toBeNull();
    // Above ¥20m the renewal programme's cap (¥10m) is reached but Longhua pays more; outside Shenzhen
    // neither applies, even though the Guangdong east-west-north award would pay 30%.
    const far = evaluatePacks(
      SHIPPED_PACKS,
      completeSubject({
        enterprise: {
          district: 'outside',
          cityOutside: '东莞市',
          environmentalCreditPoor: false,
          creditBlacklisted: false,
        },
        project: { ...PLAN.project, filed: true, obsoleteCategory: false, energyReviewApproved: true },
      }),
    );
    const best = bestEntry(far)!;
    expect(best.key).toBe('guangdong-equipment-award/gd-equipment-award-prd');
    expect(best.programme.estimatedSupportFen).toBe(160_000_000);
    const ewn = programmeEntries(far).find((x) => x.key.endsWith('ewn'))!.programme;
    expect(ewn.status).toBe('not_eligible');
    expect(ewn.support.amountFen).toBe(240_000_000);
  });
});

describe('missingFacts', () => {
  it('names the unknown facts of undetermined programmes in the field table’s order, not those of settled ones', () => {
    expect(missingFacts(evaluate())).toEqual([
      'enterprise.environmentalCreditPoor',
      'enterprise.creditBlacklisted',
      'project.filed',
      'project.energyTce',
      'project.electricityKwh',
      'project.energyReviewApproved',
      'project.obsoleteCategory',
    ]);
    // Filed and reviewed: the Guangdong award still needs the credit statements and the catalogue.
    expect(missingFacts(evaluate({ filed: true, energyReviewApproved: true }))).toEqual([
      'enterprise.environmentalCreditPoor',
      'enterprise.creditBlacklisted',
      'project.energyTce',
      'project.electricityKwh',
      'project.obsoleteCategory',
    ]);
  });

  it('includes a fact the support needs even when the conditions are met', () => {
    const pack = FundingPackSchema.parse(fullPack());
    const e = evaluatePacks([pack], completeSubject({ project: { loanPrincipalYuan: 1_000_000 } }));
    expect(missingFacts(e)).toContain('project.loanYears');
  });
});

describe('estimateText', () => {
  const e = evaluate({ filed: true });
  const find = (key: string) => programmeEntries(e).find((x) => x.key === key)!.programme;

  it('says the estimate of an eligible programme in 万元, and what a not-eligible one would have brought', () => {
    expect(estimateText(ts['zh-CN'], 'zh-CN', find('longhua-2024/longhua-2024-investment'))).toBe(
      '估算资助：96.00 万元',
    );
    expect(estimateText(ts.en, 'en', find('longhua-2024/longhua-2024-investment'))).toBe(
      'Estimated support: 96.00 × CNY 10k',
    );
    expect(estimateText(ts['zh-CN'], 'zh-CN', find('shenzhen-city/sz-2023-major'))).toBe(
      '不符合条件，不计资助（如符合，可得 80.00 万元）',
    );
  });

  it('an undetermined estimate waits for the conditions; no amount, a check and missing facts say so', () => {
    const first = evaluate();
    const undetermined = programmeEntries(first).find(
      (x) => x.key === 'longhua-2024/longhua-2024-investment',
    )!;
    expect(estimateText(ts['zh-CN'], 'zh-CN', undetermined.programme)).toBe(
      '估算资助：96.00 万元（条件确定满足后）',
    );
    expect(estimateText(ts['zh-CN'], 'zh-CN', find('shenzhen-city/sz-2023-intelligent'))).toBe(
      '本规则包未给出资助比例或金额，请查阅当年申报通知',
    );
    expect(estimateText(ts.en, 'en', find('energy-review-check/ndrc-2023-energy-review-threshold'))).toBe(
      'An informational check; no support is paid',
    );
    const noTerm: ProgrammeEvaluation = evaluatePacks(
      [FundingPackSchema.parse(fullPack())],
      completeSubject({ project: { loanPrincipalYuan: 1_000_000 } }),
    ).packs[0]!.programmes[2]!;
    expect(estimateText(ts['zh-CN'], 'zh-CN', noTerm)).toBe('估算资助：缺少数据，无法估算');
  });
});

describe('stated facts', () => {
  it('round-trip through the form: yes/no/unknown words, money in 万元, unknowns left out', () => {
    const stated = {
      'project.filed': true,
      'enterprise.creditBlacklisted': false,
      'project.energyTce': 850.5,
      'enterprise.revenueYuan': 123_456.78,
      'enterprise.guangdongRegion': 'east_west_north',
    } as const;
    const values = toFormValues(stated);
    expect(values).toMatchObject({
      'project.filed': 'yes',
      'enterprise.creditBlacklisted': 'no',
      'project.obsoleteCategory': 'unknown',
      'project.energyTce': 850.5,
      'enterprise.revenueYuan': 12.345678,
    });
    expect(fromFormValues(values)).toEqual(stated);
    expect(fromFormValues({ 'project.filed': 'unknown', 'project.energyTce': null })).toEqual({});
  });

  it('become funding.evaluate’s subject, split into enterprise and project facts', () => {
    expect(statedSubject({ 'project.filed': true, 'enterprise.creditBlacklisted': false })).toEqual({
      enterprise: { creditBlacklisted: false },
      project: { filed: true },
    });
    // Stated over the plan, filing settles the Longhua programme.
    const base = completeSubject(PLAN);
    const key = 'longhua-2024/longhua-2024-investment';
    expect(statusOf(evaluatePacks(SHIPPED_PACKS, completeSubject(statedSubject({}), base)))[key]).toBe(
      'undetermined',
    );
    const filed = completeSubject(statedSubject({ 'project.filed': true }), base);
    expect(statusOf(evaluatePacks(SHIPPED_PACKS, filed))[key]).toBe('eligible');
  });
});
