import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fenToYuan,
  formatWanYuan,
  formatYuan,
  hasAtMostTwoDecimals,
  MAX_YUAN,
  yuanToFen,
} from '../../../shared/money';

const MAX_FEN = MAX_YUAN * 100;
const arbFen = fc.bigInt({ min: 0n, max: BigInt(MAX_FEN) }).map(Number);

describe('money: yuan ⇄ fen', () => {
  it('any amount with two decimals survives yuan → fen → yuan exactly, over the whole range', () => {
    fc.assert(
      fc.property(arbFen, (fen) => {
        const yuan = fen / 100;
        expect(yuanToFen(yuan)).toBe(fen);
        expect(fenToYuan(yuanToFen(yuan))).toBe(yuan);
      }),
      { numRuns: 2000 },
    );
  });

  it('converts the decimal text people type, not its binary approximation', () => {
    expect(yuanToFen(0.29)).toBe(29); // 0.29 * 100 = 28.999999999999996
    expect(yuanToFen(1.1)).toBe(110);
    expect(yuanToFen(19_999_999.99)).toBe(1_999_999_999);
    expect(yuanToFen(-12.34)).toBe(-1234);
  });

  it('refuses amounts whose fen are not exact integers', () => {
    expect(() => yuanToFen(1e14)).toThrow(RangeError);
    expect(() => yuanToFen(Number.NaN)).toThrow(RangeError);
    expect(() => yuanToFen(Infinity)).toThrow(RangeError);
  });
});

describe('hasAtMostTwoDecimals', () => {
  it('accepts every two-decimal amount up to MAX_YUAN (including large revenues such as 641361080.19)', () => {
    expect(hasAtMostTwoDecimals(641_361_080.19)).toBe(true);
    expect(hasAtMostTwoDecimals(MAX_YUAN)).toBe(true);
    fc.assert(
      fc.property(arbFen, (fen) => {
        expect(hasAtMostTwoDecimals(fen / 100)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts float noise from arithmetic on two-decimal amounts', () => {
    expect(hasAtMostTwoDecimals(0.1 + 0.2)).toBe(true);
    expect(hasAtMostTwoDecimals(1234.56 * 3)).toBe(true);
  });

  it('rejects amounts with a third decimal, wherever doubles can still hold one', () => {
    expect(hasAtMostTwoDecimals(1.005)).toBe(false);
    expect(hasAtMostTwoDecimals(0.001)).toBe(false);
    expect(hasAtMostTwoDecimals(400_000_000.001)).toBe(false);
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }).map(Number),
        fc.integer({ min: 1, max: 9 }),
        (mils, third) => {
          // mils with a non-zero last digit: a third decimal of at least 0.001 up to ¥1,000,000,000
          const value = (mils - (mils % 10) + third) / 1000;
          expect(hasAtMostTwoDecimals(value)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('formatting', () => {
  it('shows 万元 and 元 with two decimals and grouping', () => {
    expect(formatWanYuan(12_345_678, 'en')).toBe('1,234.57');
    expect(formatWanYuan(400_000_000, 'zh-CN')).toBe('40,000.00');
    expect(formatYuan(1234.5, 'en')).toBe('1,234.50');
    expect(formatYuan(0, 'zh-CN')).toBe('0.00');
  });
});
