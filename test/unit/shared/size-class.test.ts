import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySize, INDUSTRY_SIZE_RULE_2011, type SizeClass } from '../../../shared/enterprise/size-class';

/** 工信部联企业〔2011〕300号, industry: the bounds as DOMAIN.md §3 states them. */
const LARGE = { employees: 1000, revenue: 400_000_000 };
const MEDIUM = { employees: 300, revenue: 20_000_000 };
const SMALL = { employees: 20, revenue: 3_000_000 };
const RANK: Record<SizeClass, number> = { micro: 0, small: 1, medium: 2, large: 3 };
const size = (employees: number, revenue: number) => classifySize(employees, revenue)?.size;

describe('classifySize (工信部联企业〔2011〕300号, industry)', () => {
  it.each([
    ['large', LARGE, 'medium'],
    ['medium', MEDIUM, 'small'],
    ['small', SMALL, 'micro'],
  ] as const)('exactly at the %s bounds gives that class; just below either gives %s', (cls, b, below) => {
    expect(size(b.employees, b.revenue)).toBe(cls);
    expect(size(b.employees - 1, b.revenue)).toBe(below);
    expect(size(b.employees, b.revenue - 0.01)).toBe(below);
    expect(size(b.employees - 1, b.revenue - 0.01)).toBe(below);
  });

  it('needs both bounds: many employees with little revenue, or the reverse, is a lower class', () => {
    expect(size(5000, 10_000_000)).toBe('small');
    expect(size(5000, 1_000_000)).toBe('micro');
    expect(size(10, 5_000_000_000)).toBe('micro');
    expect(size(350, 10_000_000_000)).toBe('medium');
    expect(size(0, 0)).toBe('micro');
  });

  it('returns null when either figure is unknown', () => {
    expect(classifySize(null, 1e9)).toBeNull();
    expect(classifySize(5000, null)).toBeNull();
    expect(classifySize(undefined, undefined)).toBeNull();
  });

  it('names the rule and the bounds it applied', () => {
    expect(classifySize(350, 25_000_000)).toEqual({
      size: 'medium',
      ruleId: INDUSTRY_SIZE_RULE_2011.id,
      source: '工信部联企业〔2011〕300号',
      minEmployees: 300,
      minRevenueYuan: 20_000_000,
      employees: 350,
      revenueYuan: 25_000_000,
    });
    expect(classifySize(3, 100)).toMatchObject({ size: 'micro', minEmployees: null, minRevenueYuan: null });
  });

  it('takes the thresholds from the rule passed in (the rule is data)', () => {
    const stricter = {
      ...INDUSTRY_SIZE_RULE_2011,
      id: 'test',
      classes: [{ size: 'small' as const, minEmployees: 50, minRevenueYuan: 1 }],
    };
    expect(classifySize(49, 1e12, stricter)?.size).toBe('micro');
    expect(classifySize(50, 1, stricter)).toMatchObject({ size: 'small', ruleId: 'test' });
  });

  const arbEmployees = fc.integer({ min: 0, max: 200_000 });
  const arbRevenue = fc.bigInt({ min: 0n, max: 100_000_000_000n }).map((fen) => Number(fen) / 100);

  it('more employees or more revenue never gives a smaller class', () => {
    fc.assert(
      fc.property(arbEmployees, arbRevenue, arbEmployees, arbRevenue, (e, r, moreE, moreR) => {
        const base = RANK[size(e, r)!];
        expect(RANK[size(e + moreE, r)!]).toBeGreaterThanOrEqual(base);
        expect(RANK[size(e, r + moreR)!]).toBeGreaterThanOrEqual(base);
        expect(RANK[size(e + moreE, r + moreR)!]).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the rule text: the highest class whose two lower bounds are both met', () => {
    fc.assert(
      fc.property(arbEmployees, arbRevenue, (e, r) => {
        const meets = (b: { employees: number; revenue: number }) => e >= b.employees && r >= b.revenue;
        const expected = meets(LARGE) ? 'large' : meets(MEDIUM) ? 'medium' : meets(SMALL) ? 'small' : 'micro';
        expect(size(e, r)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
