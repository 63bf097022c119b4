import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommissioned } from '../../../shared/register/commissioning-date';
import {
  parseAnnualHours,
  parseAssetCode,
  parseBoolean,
  parseEfficiencyClass,
  parseEnergySource,
  parseLoadFactor,
  parseMoney,
  parsePower,
  parseQuantity,
  parseStatus,
  parseText,
  type Parsed,
} from '../../../shared/register/value-parsers';

const value = <T>(p: Parsed<T>) => {
  if (!p.ok) throw new Error(`expected a value, got ${p.issue.key}`);
  return p.value;
};
const issue = <T>(p: Parsed<T>) => (p.ok ? null : p.issue.key);

describe('parseMoney', () => {
  it.each([
    ['1,234,567.00', 1, 1234567],
    ['１，２３４．５６', 1, 1234.56],
    ['¥1,234', 1, 1234],
    ['￥ 99.9元', 1, 99.9],
    ['33.48', 10_000, 334_800],
    ['33.48万元', 1, 334_800],
    ['12万', 1, 120_000],
    ['334800元', 10_000, 334_800],
    ['1.005', 1, 1.01],
    ['0.125', 1, 0.13],
    ['1.2E+05', 1, 120_000],
    [185000, 1, 185_000],
    [33.48, 10_000, 334_800],
    ['RMB 5,000', 1, 5000],
  ])('%s (header ×%d) → %d yuan', (raw, scale, yuan) => {
    expect(value(parseMoney(raw, scale))).toBe(yuan);
  });

  it('reads blanks and placeholders as unknown', () => {
    for (const raw of ['', '  ', null, undefined, '-', '—', '/', '无'])
      expect(value(parseMoney(raw))).toBeNull();
  });

  it('rejects text, negatives and bad grouping', () => {
    expect(issue(parseMoney('abc'))).toBe('register.notNumber');
    expect(issue(parseMoney('-5'))).toBe('register.negative');
    expect(issue(parseMoney('12,5'))).toBe('register.notNumber');
    expect(issue(parseMoney('5 美元'))).toBe('register.unknownUnit');
    expect(issue(parseMoney('1e20'))).toBe('register.tooBig');
  });

  it('round-trips any amount in fen, however it is formatted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000_00 }),
        fc.boolean(),
        fc.boolean(),
        (fen, grouped, fullWidth) => {
          const yuan = fen / 100;
          let text = yuan.toLocaleString('en-US', {
            minimumFractionDigits: 2,
            maximumFractionDigits: 2,
            useGrouping: grouped,
          });
          if (fullWidth)
            text = text.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
          expect(value(parseMoney(text))).toBe(yuan);
          expect(value(parseMoney(`${text}元`))).toBe(yuan);
        },
      ),
    );
  });

  it('scales 万元 exactly: n.nn 万元 is n,nn0,000 fen / 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (hundredthsOfWan) => {
        const text = (hundredthsOfWan / 100).toFixed(2);
        expect(value(parseMoney(text, 10_000))).toBe(hundredthsOfWan * 100);
      }),
    );
  });
});

describe('parsePower', () => {
  it.each([
    ['47.4kW', 1, 47.4],
    ['75千瓦', 1, 75],
    ['5.5 KW', 1, 5.5],
    ['５．５ｋＷ', 1, 5.5],
    ['10hp', 1, 7.457],
    ['10马力', 1, 7.457],
    ['750W', 1, 0.75],
    ['750', 0.001, 0.75],
    ['1.2MW', 1, 1200],
    ['11+2.2', 1, 13.2],
    ['2×7.5kW', 1, 15],
    ['3*5.5', 1, 16.5],
    [107.2, 1, 107.2],
    ['20', 0.7457, 14.914],
  ])('%s (header ×%d) → %d kW', (raw, scale, kw) => {
    expect(value(parsePower(raw, scale))).toBe(kw);
  });

  it('stores 0 as unknown with a warning, and rejects negatives and text', () => {
    const zero = parsePower('0');
    expect(zero).toEqual({ ok: true, value: null, warning: { key: 'register.powerZero', params: {} } });
    expect(parsePower('0kW')).toEqual(zero);
    expect(issue(parsePower('-5'))).toBe('register.negative');
    expect(issue(parsePower('-5kW'))).toBe('register.negative');
    expect(issue(parsePower('大约10'))).toBe('register.notNumber');
    expect(issue(parsePower('10 lbs'))).toBe('register.unknownUnit');
    expect(issue(parsePower('7.5/11'))).toBe('register.notNumber');
  });

  it('round-trips kW written with any of its units', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom('', 'kW', 'KW', ' kw', '千瓦'),
        (tenthsOfWatt, unit) => {
          const kw = tenthsOfWatt / 10_000;
          expect(value(parsePower(`${kw}${unit}`))).toBe(kw);
          expect(value(parsePower(`${kw * 1000}W`))).toBe(kw);
        },
      ),
    );
  });
});

describe('parseQuantity', () => {
  it.each([
    ['3台', 3],
    ['2套', 2],
    ['1 pcs', 1],
    ['５个', 5],
    ['10 units', 10],
    [4, 4],
    ['1.0', 1],
  ])('%s → %d', (raw, n) => expect(value(parseQuantity(raw))).toBe(n));

  it('rejects zero, negatives and fractions', () => {
    expect(issue(parseQuantity('0'))).toBe('register.quantityNotPositive');
    expect(issue(parseQuantity('0台'))).toBe('register.quantityNotPositive');
    expect(issue(parseQuantity('-2'))).toBe('register.quantityNotPositive');
    expect(issue(parseQuantity('1.5台'))).toBe('register.quantityNotInteger');
    expect(issue(parseQuantity('两台'))).toBe('register.notNumber');
  });
});

describe('parseCommissioned', () => {
  const ym = (raw: Parameters<typeof parseCommissioned>[0]) => value(parseCommissioned(raw, 2026));
  it.each([
    ['2015年3月', 2015, 3],
    ['2015年3月5日', 2015, 3],
    ['2015/3/1', 2015, 3],
    ['2015-03', 2015, 3],
    ['2015.3', 2015, 3],
    ['2015.03.01', 2015, 3],
    ['2015', 2015, null],
    ['2015年', 2015, null],
    ['201503', 2015, 3],
    ['20150301', 2015, 3],
    ['２０１５年３月', 2015, 3],
    ['2015-03-01 00:00:00', 2015, 3],
    ['42064', 2015, 3],
    [42064, 2015, 3],
    [2015, 2015, null],
    [2015.3, 2015, 3],
    ['15/3/2015', 2015, 3],
    ['3/1/2015', 2015, null],
  ])('%s → %d-%s', (raw, year, month) => expect(ym(raw)).toEqual({ year, month }));

  it('takes year and month of XLSX date cells (UTC, as exceljs builds them)', () => {
    expect(ym(new Date(Date.UTC(2015, 2, 1)))).toEqual({ year: 2015, month: 3 });
  });

  it('rejects the future, the 1800s and what is not a date', () => {
    expect(parseCommissioned('2099', 2026)).toEqual({
      ok: false,
      issue: { key: 'register.yearFuture', params: { year: 2099, referenceYear: 2026 } },
    });
    expect(issue(parseCommissioned('2027年1月', 2026))).toBe('register.yearFuture');
    expect(issue(parseCommissioned('1899', 2026))).toBe('register.yearTooOld');
    expect(issue(parseCommissioned('2015年13月', 2026))).toBe('register.dateInvalid');
    expect(issue(parseCommissioned('去年', 2026))).toBe('register.dateInvalid');
    expect(issue(parseCommissioned('15年', 2026))).toBe('register.dateInvalid');
    expect(value(parseCommissioned('', 2026))).toBeNull();
    expect(value(parseCommissioned('不详', 2026))).toBeNull();
  });

  it('judges the same text again when the reference year changes', () => {
    expect(parseCommissioned('2026', 2026).ok).toBe(true);
    expect(parseCommissioned('2026', 2025).ok).toBe(false);
  });
});

describe('word parsers', () => {
  it('reads yes/no in all the usual spellings', () => {
    for (const yes of ['是', 'Y', 'y', 'yes', '√', '✓', '1', 'true', 'TRUE', '有', true, 1])
      expect(value(parseBoolean(yes))).toBe(true);
    for (const no of ['否', 'N', 'n', '×', '✗', '0', 'false', '无', false, 0])
      expect(value(parseBoolean(no))).toBe(false);
    expect(value(parseBoolean(''))).toBeNull();
    expect(issue(parseBoolean('maybe'))).toBe('register.booleanInvalid');
    expect(issue(parseBoolean(2))).toBe('register.booleanInvalid');
  });

  it('maps IE classes and GB 18613-2020 grades', () => {
    const cases: [string, string][] = [
      ['IE3', 'IE3'],
      ['ie 4', 'IE4'],
      ['IE-2', 'IE2'],
      ['ＩＥ５', 'IE5'],
      ['一级', 'IE5'],
      ['二级', 'IE4'],
      ['三级', 'IE3'],
      ['1级', 'IE5'],
      ['3级能效', 'IE3'],
      ['能效2级', 'IE4'],
      ['YE3', 'IE3'],
    ];
    for (const [raw, code] of cases) expect(value(parseEfficiencyClass(raw))).toBe(code);
    expect(value(parseEfficiencyClass(''))).toBeNull();
    expect(value(parseEfficiencyClass('无'))).toBeNull();
    for (const bad of ['IE9', 'IE0', '四级', '高效']) {
      expect(parseEfficiencyClass(bad)).toEqual({
        ok: false,
        issue: { key: 'register.efficiencyUnknown', params: { value: bad } },
      });
    }
  });

  it('maps status words to codes', () => {
    const cases: [string, string][] = [
      ['在用', 'in_service'],
      ['使用中', 'in_service'],
      ['正常', 'in_service'],
      ['维修', 'under_repair'],
      ['维修中', 'under_repair'],
      ['故障', 'under_repair'],
      ['闲置', 'idle'],
      ['停用', 'idle'],
      ['待报废', 'to_be_retired'],
      ['报废', 'retired'],
      ['已报废', 'retired'],
      ['In Service', 'in_service'],
      ['在用（良好）', 'in_service'],
    ];
    for (const [raw, code] of cases) expect(value(parseStatus(raw))).toBe(code);
    expect(issue(parseStatus('出租'))).toBe('register.statusUnknown');
  });

  it('maps energy source words', () => {
    const cases: [string, string][] = [
      ['电', 'electricity'],
      ['电力', 'electricity'],
      ['天然气', 'natural_gas'],
      ['燃气', 'natural_gas'],
      ['柴油', 'diesel'],
      ['燃煤', 'coal'],
      ['重油', 'fuel_oil'],
      ['蒸汽', 'steam'],
      ['生物质', 'other'],
      ['管道天然气', 'natural_gas'],
    ];
    for (const [raw, code] of cases) expect(value(parseEnergySource(raw))).toBe(code);
    expect(issue(parseEnergySource('核能'))).toBe('register.energySourceUnknown');
  });
});

describe('numbers with bounds', () => {
  it('reads hours and load factors', () => {
    expect(value(parseAnnualHours('8000h'))).toBe(8000);
    expect(value(parseAnnualHours('4,000 小时'))).toBe(4000);
    expect(issue(parseAnnualHours('9000'))).toBe('register.hoursTooMany');
    expect(value(parseLoadFactor('0.75'))).toBe(0.75);
    expect(value(parseLoadFactor('60%'))).toBe(0.6);
    expect(value(parseLoadFactor('60', 0.01))).toBe(0.6);
    expect(issue(parseLoadFactor('60'))).toBe('register.loadFactorRange');
  });
});

describe('text', () => {
  it('keeps formula-looking cells exactly, trimmed', () => {
    for (const t of ['=SUM(A1:A3)', '+86 755', '-', '@cmd', '=HYPERLINK("http://example.invalid","点我")']) {
      expect(value(parseText(` ${t} `, 'name'))).toBe(t);
    }
  });

  it('rejects text over its limit and folds full-width asset codes', () => {
    expect(issue(parseText('长'.repeat(201), 'name'))).toBe('register.textTooLong');
    expect(value(parseAssetCode('ＥＱ－０１'))).toBe('EQ-01');
    expect(value(parseAssetCode(1001))).toBe('1001');
    expect(value(parseText(null, 'notes'))).toBeNull();
  });
});
