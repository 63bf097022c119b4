/**
 * projectFigures on a project worked out by hand, and the promise that amounts are exact: every
 * total equals the sum of its lines, in integer fen, for any line items.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineFigures, projectFigures, type FigureInputs } from '../../../shared/projects/project-figures';
import { LINE_CATEGORIES, lineAmountFen } from '../../../shared/projects/project-schema';

const line = (id: number, l: Partial<FigureInputs['lines'][number]>): FigureInputs['lines'][number] => ({
  id,
  category: 'equipment',
  quantity: 1,
  unitPriceFen: 0,
  deductibleVatRate: null,
  intelligent: false,
  origin: null,
  ...l,
});

const HAND: FigureInputs = {
  lines: [
    // 2 × ¥56,500.00 with 13 % VAT inside: VAT 113,000 × 0.13/1.13 = ¥13,000.
    line(1, { quantity: 2, unitPriceFen: 5_650_000, deductibleVatRate: 0.13, origin: 'domestic' }),
    // An imported robot, intelligent, no deductible VAT given.
    line(2, { unitPriceFen: 25_000_000, intelligent: true, origin: 'imported' }),
    // 120.5 m² at ¥800.33: 96,439.765 → ¥96,439.77 (rounded once, on the line).
    line(3, { category: 'construction', quantity: 120.5, unitPriceFen: 80_033 }),
    line(4, { category: 'software', unitPriceFen: 3_000_000, deductibleVatRate: 0.06, intelligent: true }),
    line(5, { category: 'installation', unitPriceFen: 1_000_000 }),
    // Training: not a fixed asset.
    line(6, { category: 'other', unitPriceFen: 500_000 }),
  ],
  financing: [
    { id: 1, kind: 'own', amountFen: 20_000_000, annualRate: null, termYears: null },
    { id: 2, kind: 'loan', amountFen: 30_000_000, annualRate: 0.05, termYears: 3 },
    { id: 3, kind: 'subsidy', amountFen: 5_000_000, annualRate: null, termYears: null },
  ],
  benefits: [
    {
      energy: [{ source: 'electricity', quantity: 100_000 }],
      annualCostSavingFen: 7_500_000,
      annualOutputValueFen: 0,
      labourPersons: 0,
      otherCo2Tonnes: 0,
    },
    {
      energy: [
        { source: 'electricity', quantity: -10_000 },
        { source: 'diesel', quantity: 1_000 },
      ],
      annualCostSavingFen: 10_000_000,
      annualOutputValueFen: 50_000_000,
      labourPersons: 2,
      otherCo2Tonnes: 1.5,
    },
  ],
  discountRate: 0.08,
  horizonYears: 10,
  energyBasis: { gridFactor: 'national_2022' },
};

describe('projectFigures by hand', () => {
  it('adds the investment by category, the eligible part and the intelligent part', () => {
    const { investment } = projectFigures(HAND);
    // Lines: 113,000.00 + 250,000.00 + 96,439.77 + 30,000.00 + 10,000.00 + 5,000.00 = ¥504,439.77.
    expect(investment.totalFen).toBe(50_443_977);
    expect(investment.byCategory).toEqual({
      equipment: 36_300_000,
      software: 3_000_000,
      installation: 1_000_000,
      construction: 9_643_977,
      other: 500_000,
    });
    // VAT: 13,000.00 on line 1; 30,000 × 0.06/1.06 = 1,698.11 on the software.
    expect(investment.deductibleVatFen).toBe(1_300_000 + 169_811);
    // Eligible: everything but "other", less the deductible VAT.
    expect(investment.eligibleFen).toBe(50_443_977 - 500_000 - 1_469_811);
    expect(investment.eligibleByCategory.other).toBe(0);
    expect(investment.intelligentFen).toBe(28_000_000);
    expect(investment.intelligentEligibleFen).toBe(25_000_000 + 3_000_000 - 169_811);
    expect(investment.equipmentByOrigin).toEqual({
      domestic: 11_300_000,
      imported: 25_000_000,
      unspecified: 0,
    });
    expect(investment.lines[2]).toEqual({
      id: 3,
      amountFen: 9_643_977,
      deductibleVatFen: 0,
      eligibleFen: 9_643_977,
    });
  });

  it('sums the financing, says what is not financed, and gives loan instalments', () => {
    const { financing } = projectFigures(HAND);
    expect(financing.byKind).toEqual({ own: 20_000_000, loan: 30_000_000, leasing: 0, subsidy: 5_000_000 });
    expect(financing.totalFen).toBe(55_000_000);
    expect(financing.unfinancedFen).toBe(50_443_977 - 55_000_000);
    // ¥300,000 at 5 % over 3 years: ¥110,162.5713 a year, 3 × that − 300,000 = ¥30,487.71 interest.
    expect(financing.instalments).toEqual([
      { id: 2, kind: 'loan', annualPaymentFen: 11_016_257, totalInterestFen: 3_048_771 },
    ]);
  });

  it('turns the benefits into tce and CO₂ with the chosen grid factor, and gives the returns', () => {
    const { benefits, returns } = projectFigures(HAND);
    expect(benefits.energy).toEqual({ electricity: 90_000, diesel: 1_000 });
    // 90,000 × 0.1229 + 1,000 × 1.4571 = 11,061 + 1,457.1 kgce.
    expect(benefits.tce).toBeCloseTo(12.5181, 10);
    // 90,000 × 0.5366 (2022) + 1,000 × 3.0959 kg = 48.294 + 3.0959 t, and 1.5 t stated.
    expect(benefits.co2FromEnergyTonnes).toBeCloseTo(51.3899, 4);
    expect(benefits.co2Tonnes).toBeCloseTo(52.8899, 4);
    expect(benefits.energyBasis.gridFactor).toMatchObject({ kgPerKwh: 0.5366, year: 2022 });
    expect(benefits).toMatchObject({
      annualCostSavingFen: 17_500_000,
      annualOutputValueFen: 50_000_000,
      labourPersons: 2,
    });
    // 504,439.77 ÷ 175,000 = 2.88 years; NPV = 175,000 × 6.71008140 − 504,439.77 = 669,824.4748.
    expect(returns.simplePaybackYears).toBeCloseTo(2.882513, 6);
    expect(returns.npvFen).toBe(66_982_447);
    expect(returns.irrStatus).toBe('found');
    expect(returns.irr).toBeGreaterThan(0.3);
  });

  it('an empty project adds up to zero, with no payback and no IRR', () => {
    const f = projectFigures({ ...HAND, lines: [], financing: [], benefits: [] });
    expect(f.investment.totalFen).toBe(0);
    expect(f.benefits.tce).toBe(0);
    expect(f.returns).toMatchObject({
      simplePaybackYears: null,
      npvFen: 0,
      irr: null,
      irrStatus: 'no_sign_change',
    });
  });
});

const randomLine = fc.record({
  category: fc.constantFrom(...LINE_CATEGORIES),
  quantity: fc.integer({ min: 1, max: 1_000_000 }).map((h) => h / 100),
  unitPriceFen: fc.integer({ min: 0, max: 1e9 }),
  deductibleVatRate: fc.option(fc.constantFrom(0.03, 0.06, 0.09, 0.13, 0.17), { nil: null }),
  intelligent: fc.boolean(),
  origin: fc.option(fc.constantFrom('domestic' as const, 'imported' as const), { nil: null }),
});

describe('exact totals', () => {
  it('every total equals the sum of its lines, in integer fen', () => {
    fc.assert(
      fc.property(fc.array(randomLine, { maxLength: 60 }), (lines) => {
        const input = { ...HAND, lines: lines.map((l, i) => ({ id: i + 1, ...l })) };
        const { investment } = projectFigures(input);
        const amounts = input.lines.map(lineAmountFen);
        const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);
        expect(investment.totalFen).toBe(sum(amounts));
        expect(sum(Object.values(investment.byCategory))).toBe(investment.totalFen);
        expect(sum(Object.values(investment.eligibleByCategory))).toBe(investment.eligibleFen);
        expect(investment.eligibleFen).toBe(sum(input.lines.map((l) => lineFigures(l).eligibleFen)));
        expect(sum(Object.values(investment.equipmentByOrigin))).toBe(investment.byCategory.equipment);
        for (const l of investment.lines) {
          expect(Number.isSafeInteger(l.amountFen) && Number.isSafeInteger(l.eligibleFen)).toBe(true);
          expect(l.eligibleFen).toBeLessThanOrEqual(l.amountFen);
          expect(l.eligibleFen).toBeGreaterThanOrEqual(0);
        }
      }),
      { seed: 20260313, numRuns: 300 },
    );
  });
});
