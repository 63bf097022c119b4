/**
 * The investment arithmetic of DOMAIN.md §8 over yearly cash flows (index = year, 0 = now):
 * simple payback, NPV and IRR, and the instalments of a loan or lease. Amounts are whatever unit
 * the caller uses (fen in this app); nothing here rounds.
 */

/** Years for the saving to repay the investment; null when the saving is not positive. */
export function simplePaybackYears(investment: number, annualSaving: number): number | null {
  return annualSaving > 0 ? investment / annualSaving : null;
}

/** Σ CFₜ xᵗ by Horner's rule, from the last year back: no powers, no growing error. */
function polynomial(flows: readonly number[], x: number): number {
  let sum = 0;
  for (let t = flows.length - 1; t >= 0; t--) sum = sum * x + (flows[t] as number);
  return sum;
}

/** Σ CFₜ / (1 + r)ᵗ; r > −1. */
export function npv(rate: number, flows: readonly number[]): number {
  return polynomial(flows, 1 / (1 + rate));
}

export type IrrStatus = 'found' | 'no_sign_change' | 'no_root' | 'multiple';

export interface IrrResult {
  /** Null unless exactly one rate zeroes the NPV. */
  rate: number | null;
  status: IrrStatus;
}

/**
 * The NPV is a polynomial in x = 1/(1+r). Rates of 0 and above are its roots for x in (0, 1]; rates
 * between −100 % and 0 are the roots of the same polynomial with the coefficients reversed, in
 * y = 1+r in (0, 1) (multiplied through by yⁿ, which keeps the sign). Both stay bounded, so neither
 * overflows however long the horizon. Each range is scanned on a logarithmic grid for sign changes
 * and every bracket halved to the last bit. Descartes' rule bounds the roots by the sign changes of
 * the flows: flows that never change sign have none, and more than one root means the IRR is not
 * defined, which is reported rather than one root picked.
 */
const GRID = 4000;

function bisect(coefficients: readonly number[], lo: number, hi: number, fLo: number): number {
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    const f = polynomial(coefficients, mid);
    if (f === 0) return mid;
    if (Math.sign(f) === Math.sign(fLo)) {
      lo = mid;
      fLo = f;
    } else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Roots of the polynomial in [lo, hi) or [lo, hi]. */
function rootsIn(coefficients: readonly number[], lo: number, hi: number, withHi: boolean): number[] {
  const roots: number[] = [];
  const step = Math.log(hi / lo) / GRID;
  let z0 = lo;
  let f0 = polynomial(coefficients, z0);
  if (f0 === 0) roots.push(z0);
  for (let i = 1; i <= GRID; i++) {
    const z1 = i === GRID ? hi : lo * Math.exp(step * i);
    const f1 = polynomial(coefficients, z1);
    if (f1 === 0) {
      if (i < GRID || withHi) roots.push(z1);
    } else if (f0 !== 0 && Math.sign(f0) !== Math.sign(f1)) roots.push(bisect(coefficients, z0, z1, f0));
    z0 = z1;
    f0 = f1;
  }
  return roots;
}

export function irr(flows: readonly number[]): IrrResult {
  if (!flows.some((f) => f > 0) || !flows.some((f) => f < 0)) return { rate: null, status: 'no_sign_change' };
  const rates = [
    // r from 0 (x = 1) up to 10¹² a year.
    ...rootsIn(flows, 1e-12, 1, true).map((x) => 1 / x - 1),
    // r from just above −100 % (y = 1e-12) up to, not including, 0.
    ...rootsIn([...flows].reverse(), 1e-12, 1, false).map((y) => y - 1),
  ];
  if (rates.length === 0) return { rate: null, status: 'no_root' };
  if (rates.length > 1) return { rate: null, status: 'multiple' };
  return { rate: rates[0] as number, status: 'found' };
}

/** Equal yearly instalments repaying `principal` at `rate` over `years` (an annuity). */
export function annuityPayment(principal: number, rate: number, years: number): number {
  if (years <= 0) return principal;
  if (rate === 0) return principal / years;
  return (principal * rate) / (1 - Math.pow(1 + rate, -years));
}
