/** Interest subsidies, summed bases, brackets on the excess and missing facts, on the full test pack. */
import { describe, expect, it } from 'vitest';
import { evaluatePacks, evaluateProgramme } from '../../../shared/funding/evaluate-programmes';
import { evaluationText } from '../../../shared/funding/evaluation-report';
import { fenTimesRate } from '../../../shared/funding/fen-rates';
import { FundingPackSchema } from '../../../shared/funding/pack-schema';
import { fullPack, subject } from './pack-fixtures';

const pack = FundingPackSchema.parse(fullPack());
const programme = (id: string) => pack.programmes.find((p) => p.id === id)!;

describe('fenTimesRate', () => {
  it('multiplies exactly and rounds down to the fen, far beyond 2^53', () => {
    expect(fenTimesRate(1_000_000_000_000_000, 0.07)).toBe(70_000_000_000_000);
    expect(fenTimesRate(999, 0.1)).toBe(99);
    expect(fenTimesRate(1, 0.999999)).toBe(0);
    expect(fenTimesRate(100_000_000, 0.02, 2.5)).toBe(5_000_000);
  });
});

describe('interest subsidy', () => {
  const interest = (loanPrincipalYuan: number | null, loanYears: number | null) =>
    evaluateProgramme(programme('interest-three'), subject({ project: { loanPrincipalYuan, loanYears } }));

  it('is principal × rate points × years', () => {
    const e = interest(4_000_000, 2.5);
    expect(e.estimatedSupportFen).toBe(20_000_000);
    expect(e.support.steps.map((s) => s.text.zh)).toEqual([
      '4,000,000.00 元 × 2% × 2.5 年 = 200,000.00 元',
      '未超过上限 500,000.00 元',
    ]);
  });

  it('counts at most the programme’s years, then applies the cap', () => {
    const long = interest(4_000_000, 5);
    expect(long.estimatedSupportFen).toBe(24_000_000);
    expect(long.support.steps[0]!.text.en).toBe('Term of 5 years counted as the maximum of 3');
    const capped = interest(10_000_000, 3);
    expect(capped.support).toMatchObject({
      uncappedFen: 60_000_000,
      capApplied: true,
      amountFen: 50_000_000,
    });
  });

  it('cannot be estimated without the term, and says which fact is missing', () => {
    const e = interest(4_000_000, null);
    expect(e.status).toBe('eligible');
    expect(e.estimatedSupportFen).toBeNull();
    expect(e.support.missing).toEqual(['project.loanYears']);
    expect(e.support.steps[0]!.text.en).toBe('"Loan term" is not given, so the support cannot be estimated');
  });
});

describe('bases and brackets', () => {
  it('adds the facts of a base and names each one', () => {
    const e = evaluateProgramme(
      programme('rate-one'),
      subject({ project: { newEquipmentYuan: 1_000_000.01, intelligentInvestmentYuan: 2_000_000 } }),
    );
    expect(e.support.baseFen).toBe(300_000_001);
    expect(e.support.steps[0]!.text.en).toBe(
      'Base: New equipment including software ¥1,000,000.01 + Intelligent part (robots, smart factory, industrial internet) ¥2,000,000.00 = ¥3,000,000.01',
    );
    expect(e.support.amountFen).toBe(22_500_000); // 7.5% of 300,000,001 fen, rounded down
  });

  it('a base with one part unknown is unknown, not a smaller sum', () => {
    const e = evaluateProgramme(programme('rate-one'), subject({ project: { newEquipmentYuan: 1_000_000 } }));
    expect(e.support).toMatchObject({ amountFen: null, missing: ['project.intelligentInvestmentYuan'] });
  });

  it('brackets on the excess work as a marginal schedule', () => {
    const tiers = (eligibleInvestmentYuan: number) =>
      evaluateProgramme(programme('tiers-two'), subject({ project: { eligibleInvestmentYuan } })).support;
    expect(tiers(600_000).amountFen).toBe(6_000_000);
    expect(tiers(3_000_000).amountFen).toBe(20_000_000); // 10% of 1m + 5% of 2m
    expect(
      tiers(3_000_000)
        .steps.map((s) => s.text.en)
        .slice(1),
    ).toEqual([
      'Bracket ¥0.00 – ¥1,000,000.00: ¥0.00 + 10% × (¥1,000,000.00 − ¥0.00) = ¥100,000.00',
      'Bracket ≥ ¥1,000,000.00: ¥100,000.00 + 5% × (¥3,000,000.00 − ¥1,000,000.00) = ¥200,000.00',
    ]);
  });
});

describe('conditions', () => {
  const rateOne = (enterprise: object, project: object) =>
    evaluateProgramme(programme('rate-one'), subject({ enterprise, project } as never));
  const base = { totalInvestmentYuan: 1_234_567.89, obsoleteCategory: false };

  it('combine unknowns in three-valued logic', () => {
    const inBaoan = { district: 'baoan', sizeClass: 'medium' };
    expect(rateOne(inBaoan, base).status).toBe('eligible');
    expect(rateOne({ ...inBaoan, sizeClass: null, employees: 50 }, base).status).toBe('eligible');
    expect(rateOne({ ...inBaoan, sizeClass: null }, base).status).toBe('undetermined');
    expect(rateOne({ ...inBaoan, sizeClass: 'large', employees: 1001 }, base).status).toBe('not_eligible');
    expect(rateOne({ ...inBaoan, district: null }, { ...base, totalInvestmentYuan: 1 }).status).toBe(
      'not_eligible',
    );
    expect(rateOne(inBaoan, { ...base, obsoleteCategory: null }).status).toBe('undetermined');
  });

  it('describe "not" and membership with the actual values', () => {
    const e = rateOne({ district: 'futian', sizeClass: 'small' }, { ...base, obsoleteCategory: true });
    expect(e.reasons.map((r) => '  '.repeat(r.depth) + r.text.en)).toEqual([
      'All of the following — not met',
      "  District: Futian; required one of Longhua, Bao'an — not met",
      '  The following must not be the case — not met',
      '    In an obsolete (淘汰类) category: yes; required = yes — met',
      '  At least one of the following — met',
      '    Size class: Small; required ≠ Large — met',
      '    Employees: not given; required ≤ 1,000 employees — undetermined: figure missing',
      '  Total project investment: ¥1,234,567.89; required ≥ ¥1,234,567.89 — met',
    ]);
  });

  it('a programme without conditions is open to every subject', () => {
    const e = evaluateProgramme(programme('tiers-two'), subject({}));
    expect(e.status).toBe('eligible');
    expect(e.reasons).toEqual([
      {
        depth: 0,
        outcome: 'met',
        text: { zh: '本项目不设申报条件 — 满足', en: 'The programme sets no conditions — met' },
      },
    ]);
  });
});

describe('evaluatePacks', () => {
  it('keeps every programme of every pack, in pack order, with the subject used', () => {
    const s = subject({ enterprise: { district: 'longhua' } });
    const e = evaluatePacks([pack, pack], s);
    expect(e.subject).toBe(s);
    expect(e.packs.map((p) => [p.packId, p.programmes.map((x) => x.programmeId)])).toEqual([
      ['test-district', ['rate-one', 'tiers-two', 'interest-three']],
      ['test-district', ['rate-one', 'tiers-two', 'interest-three']],
    ]);
  });
});

describe('the evaluation as text', () => {
  it('gives a programme the project does not qualify for 0, and names the computed amount as conditional', () => {
    const s = subject({
      enterprise: { district: 'futian' },
      project: { newEquipmentYuan: 2_000_000, intelligentInvestmentYuan: 0 },
    });
    const e = evaluatePacks([pack], s);
    const rate = e.packs[0]!.programmes[0]!;
    expect(rate.status).toBe('not_eligible');
    expect(rate.estimatedSupportFen).toBe(0);
    expect(rate.support.amountFen).toBe(15_000_000);
    const zh = evaluationText(e, 'zh-CN').split('\n');
    expect(zh).toContain('  估算资助：0（不符合条件；符合时按下列计算可得 150,000.00 元）');
    expect(zh).not.toContain('  估算资助：150,000.00 元');
    expect(evaluationText(e, 'en')).toContain(
      'Estimated support: 0 (not eligible; if it were, the computation below gives',
    );
  });
});
