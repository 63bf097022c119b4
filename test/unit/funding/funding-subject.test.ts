/** Where the facts come from: what the caller states, the enterprise's profile and the project's figures. */
import { describe, expect, it } from 'vitest';
import type { Enterprise } from '../../../shared/enterprise/enterprise-schema';
import { completeSubject, subjectFromEnterprise } from '../../../shared/funding/funding-subject';
import { guangdongRegionOf } from '../../../shared/funding/guangdong-region';
import { projectFacts } from '../../../shared/funding/project-subject';
import { projectFigures, type FigureInputs } from '../../../shared/projects/project-figures';

describe('completeSubject', () => {
  it('leaves every fact not given unknown', () => {
    const s = completeSubject({});
    expect(Object.values(s.enterprise).every((v) => v === null)).toBe(true);
    expect(Object.values(s.project).every((v) => v === null)).toBe(true);
  });

  it('puts stated facts over the base, a stated null included, and derives the region again', () => {
    const base = completeSubject({
      enterprise: { district: 'nanshan', sizeClass: 'medium' },
      project: { filed: true },
    });
    expect(base.enterprise.guangdongRegion).toBe('pearl_river_delta');
    const s = completeSubject(
      {
        enterprise: { district: 'outside', cityOutside: '湛江市', sizeClass: null },
        project: { energyTce: 12 },
      },
      base,
    );
    expect(s.enterprise).toMatchObject({
      district: 'outside',
      sizeClass: null,
      guangdongRegion: 'east_west_north',
    });
    expect(s.project).toMatchObject({ filed: true, energyTce: 12 });
    expect(
      completeSubject({ enterprise: { guangdongRegion: 'outside_guangdong' } }, base).enterprise
        .guangdongRegion,
    ).toBe('outside_guangdong');
  });
});

describe('guangdongRegionOf', () => {
  it.each([
    ['longhua', null, 'pearl_river_delta'],
    ['shenshan', null, null],
    ['outside', '东莞市', 'pearl_river_delta'],
    ['outside', '汕头', 'east_west_north'],
    ['outside', '长沙市', null],
    [null, null, null],
  ])('%s %s → %s', (district, city, region) => {
    expect(guangdongRegionOf(district, city)).toBe(region);
  });
});

describe('subjectFromEnterprise', () => {
  it('takes where the enterprise is, its trade, and the size class with the figures it rests on', () => {
    const year = (y: number, outputValueYuan: number | null) => ({
      year: y,
      employees: 320,
      revenueYuan: 25_000_000,
      outputValueYuan,
      newProductOutputYuan: null,
      rndYuan: null,
      fixedAssetsYuan: null,
      energy: [],
      sizeClass: null,
      newProductRate: null,
    });
    const enterprise = {
      district: 'baoan',
      cityOutside: null,
      industryDivision: '39',
      manufacturingType: 'discrete',
      sizeClass: { size: 'medium', employees: 320, revenueYuan: 25_000_000, year: 2024 },
      years: [year(2024, null), year(2023, 30_000_000)],
    } as unknown as Enterprise;
    expect(subjectFromEnterprise(enterprise).enterprise).toEqual({
      district: 'baoan',
      cityOutside: null,
      guangdongRegion: 'pearl_river_delta',
      industryDivision: '39',
      manufacturingType: 'discrete',
      sizeClass: 'medium',
      employees: 320,
      revenueYuan: 25_000_000,
      outputValueYuan: 30_000_000,
      environmentalCreditPoor: null,
      creditBlacklisted: null,
    });
  });
});

describe('projectFacts', () => {
  const line = (
    id: number,
    category: FigureInputs['lines'][number]['category'],
    unitPriceFen: number,
    more = {},
  ) => ({
    id,
    category,
    quantity: 1,
    unitPriceFen,
    deductibleVatRate: null,
    intelligent: false,
    origin: null,
    ...more,
  });
  const plan = (financing: FigureInputs['financing']) => {
    const inputs: FigureInputs = {
      lines: [
        line(1, 'equipment', 1_130_000_00, { deductibleVatRate: 0.13, intelligent: true }),
        line(2, 'software', 200_000_00),
        line(3, 'construction', 500_000_00),
        line(4, 'other', 70_000_00),
      ],
      financing,
      benefits: [],
      discountRate: 0.08,
      horizonYears: 10,
      energyBasis: {},
    };
    return projectFacts(
      { direction: 'intelligent', financing: financing as never, statedFacts: {} },
      projectFigures(inputs),
    );
  };

  it('reads the investment from the figures: total, eligible net of VAT, intelligent part, new equipment with software', () => {
    expect(plan([])).toEqual({
      direction: 'intelligent',
      totalInvestmentYuan: 1_900_000,
      eligibleInvestmentYuan: 1_700_000,
      intelligentInvestmentYuan: 1_000_000,
      newEquipmentYuan: 1_200_000,
      loanPrincipalYuan: 0,
      loanYears: null,
      leasePrincipalYuan: 0,
      leaseYears: null,
    });
  });

  it('counts several loans as one principal over the principal-weighted term', () => {
    const loan = (id: number, amountFen: number, termYears: number | null) => ({
      id,
      kind: 'loan' as const,
      amountFen,
      annualRate: 0.04,
      termYears,
    });
    expect(plan([loan(1, 1_000_000_00, 2), loan(2, 3_000_000_00, 3)])).toMatchObject({
      loanPrincipalYuan: 4_000_000,
      loanYears: 2.75,
    });
    expect(plan([loan(1, 1_000_000_00, 2), loan(2, 3_000_000_00, null)])).toMatchObject({
      loanPrincipalYuan: 4_000_000,
      loanYears: null,
    });
  });
});
