/** A project's figures as its pages write them: exact yuan, rates, payback, IRR, energy and its basis. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { npv } from '../../../shared/projects/cash-flows';
import { projectFigures } from '../../../shared/projects/project-figures';
import { editKeys } from '../../../renderer/projects/edit-keys';
import { energyBasisNotes } from '../../../renderer/projects/figures/energy-notes';
import {
  cashFlowRows,
  dateRangeText,
  energyAmountsText,
  financingBalance,
  formatFen,
  fractionToPercent,
  irrText,
  paybackText,
  percentToFraction,
} from '../../../renderer/projects/project-format';
import { translators } from './support/translators';

const ts = translators();

const parseYuanText = (text: string) => {
  const negative = text.startsWith('-');
  const [whole, cents] = text.replace(/^-/, '').replace(/,/g, '').split('.');
  const fen = Number(whole) * 100 + Number(cents);
  return negative ? -fen : fen;
};

describe('formatFen', () => {
  it('writes yuan with exactly two decimals and grouped thousands', () => {
    expect(formatFen(123_456_789, 'zh-CN')).toBe('1,234,567.89');
    expect(formatFen(5, 'en')).toBe('0.05');
    expect(formatFen(0, 'zh-CN')).toBe('0.00');
    expect(formatFen(-1_234_567, 'zh-CN')).toBe('-12,345.67');
  });

  it('is exact up to the largest amount the API takes, so a written total is the sum of its written lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e13, max: 1e13 }), { minLength: 1, maxLength: 20 }),
        (lines) => {
          const total = lines.reduce((a, b) => a + b, 0);
          const written = lines.map((fen) => parseYuanText(formatFen(fen, 'zh-CN')));
          expect(written).toEqual(lines);
          expect(parseYuanText(formatFen(total, 'zh-CN'))).toBe(written.reduce((a, b) => a + b, 0));
        },
      ),
    );
  });
});

describe('percentages', () => {
  it('turns typed percentages into fractions without float residue, and back', () => {
    expect(percentToFraction(4.35)).toBe(0.0435);
    expect(percentToFraction(8)).toBe(0.08);
    expect(percentToFraction(13)).toBe(0.13);
    expect(fractionToPercent(0.0435)).toBe(4.35);
    expect(fractionToPercent(0.07)).toBe(7);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const percent = hundredths / 100;
        expect(fractionToPercent(percentToFraction(percent))).toBe(percent);
      }),
    );
  });
});

describe('returns in words', () => {
  it('says why there is no IRR, in either language', () => {
    const none = { irr: null, irrStatus: 'no_sign_change' as const };
    expect(irrText(ts['zh-CN'], none, 'zh-CN')).toBe('不存在（现金流没有正负变化）');
    expect(irrText(ts.en, none, 'en')).toBe('none (the cash flows never change sign)');
    expect(irrText(ts['zh-CN'], { irr: null, irrStatus: 'multiple' }, 'zh-CN')).toBe(
      '不存在（有多个使净现值为零的折现率）',
    );
    expect(irrText(ts['zh-CN'], { irr: 0.21224, irrStatus: 'found' }, 'zh-CN')).toBe('21.22%');
  });

  it('writes the payback in years, or that it never comes', () => {
    expect(paybackText(ts['zh-CN'], 4.0247, 'zh-CN')).toBe('4.02 年');
    expect(paybackText(ts.en, 1234.5, 'en')).toBe('1,234.5 years');
    expect(paybackText(ts['zh-CN'], null, 'zh-CN')).toBe('无法回收（年节约不为正）');
  });

  it('ends the discounted running sum at the NPV', () => {
    const figures = projectFigures({
      lines: [
        {
          id: 1,
          category: 'equipment',
          quantity: 2,
          unitPriceFen: 18_500_055,
          deductibleVatRate: 0.13,
          intelligent: false,
          origin: null,
        },
      ],
      financing: [],
      benefits: [
        {
          energy: [],
          annualCostSavingFen: 9_500_000,
          annualOutputValueFen: 0,
          labourPersons: 0,
          otherCo2Tonnes: 0,
        },
      ],
      discountRate: 0.08,
      horizonYears: 10,
      energyBasis: {},
    });
    const rows = cashFlowRows(figures.returns);
    expect(rows).toHaveLength(11);
    expect(rows[0]).toMatchObject({ year: 0, flow: -370_001.1, cumulative: -370_001.1 });
    expect(rows[10]!.cumulative).toBeCloseTo(-370_001.1 + 10 * 95_000, 6);
    expect(rows[10]!.discountedCumulative * 100).toBeCloseTo(figures.returns.npvFen, 0);
    expect(Math.round(npv(0.08, figures.returns.cashFlowsFen))).toBe(figures.returns.npvFen);
  });
});

describe('financingBalance', () => {
  it('names a gap, an excess or a match against the investment', () => {
    expect(financingBalance({ unfinancedFen: 8_234_677 })).toEqual({ kind: 'gap', fen: 8_234_677 });
    expect(financingBalance({ unfinancedFen: -100 })).toEqual({ kind: 'excess', fen: 100 });
    expect(financingBalance({ unfinancedFen: 0 })).toEqual({ kind: 'balanced', fen: 0 });
  });
});

describe('dates and energy', () => {
  it('writes a period with either end open', () => {
    expect(dateRangeText(ts['zh-CN'], '2025-06-01', '2025-12-31')).toBe('2025-06-01 至 2025-12-31');
    expect(dateRangeText(ts['zh-CN'], '2025-06-01', null)).toBe('2025-06-01 至 未定');
    expect(dateRangeText(ts.en, null, null)).toBe('Dates not set');
  });

  it('lists energy by source in the usual order, each with its unit', () => {
    expect(energyAmountsText({ natural_gas: 500, electricity: 150_000 }, 'zh-CN')).toBe(
      '电力 150,000 kWh；天然气 500 m³',
    );
    expect(energyAmountsText({ diesel: -12.5 }, 'en')).toBe('Diesel -12.5 kg');
  });

  it('names every coefficient used with its source, and the grid factor with its year', () => {
    const figures = projectFigures({
      lines: [],
      financing: [],
      benefits: [
        {
          energy: [
            { source: 'electricity', quantity: 150_000 },
            { source: 'natural_gas', quantity: 1000 },
            { source: 'other', quantity: 10 },
          ],
          annualCostSavingFen: 0,
          annualOutputValueFen: 0,
          labourPersons: 0,
          otherCo2Tonnes: 0,
        },
      ],
      discountRate: 0.08,
      horizonYears: 10,
      energyBasis: {
        gridFactor: 'southern_grid_2023',
        electricityCoal: 'equal',
        electricityEqualKgcePerKwh: 0.3,
      },
    });
    const notes = energyBasisNotes(ts['zh-CN'], figures.benefits, 'zh-CN');
    expect(notes[0]).toMatch(/^电网排放因子 0\.4042 kgCO₂\/kWh（2023 年，南方电网/);
    expect(notes[1]).toMatch(/^电力折标煤 0\.3 kgce\/kWh（电力等价值/);
    expect(notes.some((n) => n.startsWith('天然气折标煤 1.2143 kgce/m³（GB/T 2589-2020'))).toBe(true);
    expect(notes.some((n) => n.startsWith('燃料的二氧化碳排放因子：'))).toBe(true);
    expect(notes.at(-1)).toBe('其他（折标煤）没有排放因子，其二氧化碳未计入');

    const nothing = projectFigures({
      lines: [],
      financing: [],
      benefits: [],
      discountRate: 0.08,
      horizonYears: 10,
      energyBasis: {},
    });
    expect(energyBasisNotes(ts.en, nothing.benefits, 'en')).toEqual([
      expect.stringMatching(/^Grid factor 0\.5306 kgCO₂\/kWh \(2023, national average/),
      expect.stringMatching(/^Electricity 0\.1229 kgce\/kWh \(GB\/T 2589-2020/),
    ]);
  });
});

describe('editKeys', () => {
  const press = (key: string, target: { tagName: string; expanded?: boolean }, composing = false) => {
    const calls: string[] = [];
    let prevented = false;
    const handler = editKeys({ onEnter: () => calls.push('enter'), onEscape: () => calls.push('escape') });
    handler({
      key,
      keyCode: composing ? 229 : 13,
      nativeEvent: { isComposing: composing },
      target: {
        tagName: target.tagName,
        getAttribute: (name: string) => (name === 'aria-expanded' ? String(target.expanded ?? false) : null),
      },
      preventDefault: () => (prevented = true),
    } as unknown as Parameters<typeof handler>[0]);
    return { calls, prevented };
  };

  it('saves on Enter and cancels on Esc in a field', () => {
    expect(press('Enter', { tagName: 'INPUT' })).toEqual({ calls: ['enter'], prevented: true });
    expect(press('Escape', { tagName: 'INPUT' })).toEqual({ calls: ['escape'], prevented: true });
  });

  it('leaves the keys to an input method composing, an open list, a multi-line text and a button', () => {
    expect(press('Enter', { tagName: 'INPUT' }, true).calls).toEqual([]);
    expect(press('Enter', { tagName: 'INPUT', expanded: true }).calls).toEqual([]);
    expect(press('Escape', { tagName: 'INPUT', expanded: true }).calls).toEqual([]);
    expect(press('Enter', { tagName: 'TEXTAREA' }).calls).toEqual([]);
    expect(press('Enter', { tagName: 'BUTTON' }).calls).toEqual([]);
    expect(press('Escape', { tagName: 'TEXTAREA' }).calls).toEqual(['escape']);
  });
});
