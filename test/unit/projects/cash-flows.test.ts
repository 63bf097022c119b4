/**
 * Payback, NPV and IRR (DOMAIN.md §8) against cases worked by hand, and their properties over
 * random cash flows: NPV falls as the rate rises for conventional flows; an IRR zeroes the NPV.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annuityPayment, irr, npv, simplePaybackYears } from '../../../shared/projects/cash-flows';
import { investmentReturns } from '../../../shared/projects/project-figures';

describe('cash flows by hand', () => {
  it('simple payback is investment ÷ yearly saving, none without a saving', () => {
    expect(simplePaybackYears(100_000, 25_000)).toBe(4);
    expect(simplePaybackYears(100_000, 0)).toBeNull();
    expect(simplePaybackYears(100_000, -5)).toBeNull();
  });

  it('NPV discounts each year', () => {
    // −1000 + 500/1.1 + 500/1.21 + 500/1.331 = −1000 + 454.545… + 413.223… + 375.657… = 243.4259954…
    expect(npv(0.1, [-1000, 500, 500, 500])).toBeCloseTo(243.4259954, 6);
    expect(npv(0, [-1000, 500, 500, 500])).toBe(500);
    expect(npv(0.05, [])).toBe(0);
  });

  it('IRR zeroes the NPV, or says why there is none', () => {
    expect(irr([-100, 110]).rate).toBeCloseTo(0.1, 12);
    expect(irr([-100, 0, 121]).rate).toBeCloseTo(0.1, 12);
    // 500 × annuity factor(3, r) = 1000: r = 23.3752 %.
    const r = irr([-1000, 500, 500, 500]);
    expect(r.status).toBe('found');
    expect(r.rate).toBeCloseTo(0.2337519, 6);
    expect(irr([-100, 50]).rate).toBeCloseTo(-0.5, 12);
    expect(irr([100, 100])).toEqual({ rate: null, status: 'no_sign_change' });
    expect(irr([0, 0, 0])).toEqual({ rate: null, status: 'no_sign_change' });
    expect(irr([-100, -5])).toEqual({ rate: null, status: 'no_sign_change' });
    // −100 + 230x − 132x² … in (1+r): roots at 10 % and 20 %, so no single IRR.
    expect(irr([-100, 230, -132])).toEqual({ rate: null, status: 'multiple' });
    // 100 − 300x + 250x² has no real root: the flows change sign but nothing zeroes the NPV.
    expect(irr([100, -300, 250])).toEqual({ rate: null, status: 'no_root' });
  });

  it('loan instalments are an annuity', () => {
    // 1,000,000 × 0.05 ÷ (1 − 1.05⁻³) = 367,208.56.
    expect(annuityPayment(1_000_000, 0.05, 3)).toBeCloseTo(367_208.5646, 3);
    expect(annuityPayment(900, 0, 3)).toBe(300);
  });

  it('a project invests in year 0 and saves the same each year of the horizon', () => {
    const r = investmentReturns({
      investmentFen: 100_000_00,
      annualSavingFen: 25_000_00,
      discountRate: 0.08,
      horizonYears: 10,
    });
    expect(r.cashFlowsFen).toEqual([-100_000_00, ...Array(10).fill(25_000_00)]);
    expect(r.simplePaybackYears).toBe(4);
    // 25,000 × (1 − 1.08⁻¹⁰) ÷ 0.08 − 100,000 = 25,000 × 6.710081 − 100,000 = 67,752.03 yuan.
    expect(r.npvFen).toBe(6_775_203);
    // 4 = annuity factor(10, r): r = 21.4 %.
    expect(r.irr).toBeCloseTo(0.21406, 5);
    expect(
      investmentReturns({ investmentFen: 0, annualSavingFen: 0, discountRate: 0.08, horizonYears: 5 }),
    ).toMatchObject({ npvFen: 0, irr: null, irrStatus: 'no_sign_change', simplePaybackYears: null });
  });
});

const amount = fc.integer({ min: 1, max: 1e9 });

describe('cash flow properties', () => {
  it('NPV strictly decreases as the rate rises, for an outlay followed by non-negative returns', () => {
    fc.assert(
      fc.property(
        amount,
        fc
          .array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 30 })
          .filter((a) => a.some((x) => x > 0)),
        fc.double({ min: -0.5, max: 2, noNaN: true }),
        fc.double({ min: 1e-4, max: 2, noNaN: true }),
        (invest, returns, r1, step) => {
          const flows = [-invest, ...returns];
          expect(npv(r1 + step, flows)).toBeLessThan(npv(r1, flows));
        },
      ),
      { seed: 20260310, numRuns: 500 },
    );
  });

  /**
   * How far from 0 the NPV at a reported rate may be: the rate is exact to a few ulps, so the NPV is
   * off by at most its slope there times that, plus rounding in the sum. Near −100 % the slope is
   * steep (a rate of −99.9999996 % is a 1 − 3.5e-9 discount) and the bound grows with it.
   */
  function tolerance(flows: readonly number[], rate: number): number {
    const v = 1 / (1 + rate);
    let size = 0;
    let slope = 0;
    flows.forEach((f, t) => {
      size += Math.abs(f) * Math.pow(v, t);
      slope += t * Math.abs(f) * Math.pow(v, t + 1);
    });
    return size * 1e-9 + slope * Math.max(1, Math.abs(rate)) * 1e-14;
  }

  it('a conventional project always has its IRR, and it zeroes the NPV', () => {
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: 1, max: 50 }), (invest, saving, years) => {
        const flows = [-invest, ...Array<number>(years).fill(saving)];
        const r = irr(flows);
        expect(r.status).toBe('found');
        expect(Math.abs(npv(r.rate!, flows))).toBeLessThanOrEqual(tolerance(flows, r.rate!));
      }),
      { seed: 20260311, numRuns: 500 },
    );
  });

  it('whenever an IRR is reported for any flows, it zeroes the NPV', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 2, maxLength: 20 }), (flows) => {
        const r = irr(flows);
        if (r.rate === null) return;
        expect(Math.abs(npv(r.rate, flows))).toBeLessThanOrEqual(tolerance(flows, r.rate));
      }),
      { seed: 20260312, numRuns: 1000 },
    );
  });
});
