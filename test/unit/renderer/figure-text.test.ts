/** Indicator figures as the dashboard writes them: each with its unit, money in 万元. */
import { describe, expect, it } from 'vitest';
import { amountText, asLabel, indicatorName, partWords } from '../../../renderer/dashboard/figure-text';
import { translators } from './support/translators';

const ts = translators();

describe('amountText', () => {
  it('writes shares as percentages to a tenth', () => {
    expect(amountText(ts['zh-CN'], 'zh-CN', 'share', 10 / 12)).toBe('83.3%');
    expect(amountText(ts.en, 'en', 'share', 0.5)).toBe('50.0%');
  });

  it('puts the unit after the amount, in the language', () => {
    expect(amountText(ts['zh-CN'], 'zh-CN', 'units', 1234)).toBe('1,234 台');
    expect(amountText(ts.en, 'en', 'units', 1234)).toBe('1,234 units');
    expect(amountText(ts['zh-CN'], 'zh-CN', 'perTenThousandEmployees', 200)).toBe('200 台/万人');
    expect(amountText(ts['zh-CN'], 'zh-CN', 'kW', 1148.57)).toBe('1,148.6 kW');
    expect(amountText(ts['zh-CN'], 'zh-CN', 'tcePerWanYuan', 0.027652)).toBe('0.0277 吨标准煤/万元');
  });

  it('shows money in 万元 with two decimals, as the rest of the app does', () => {
    expect(amountText(ts['zh-CN'], 'zh-CN', 'yuan', 3_000_000.55)).toBe('300.00 万元');
    expect(amountText(ts.en, 'en', 'yuan', 123_456)).toBe('12.35 10k yuan');
  });
});

describe('indicator words', () => {
  it('names indicators and what their parts count', () => {
    expect(indicatorName(ts['zh-CN'], 'nc_rate')).toBe('生产设备数控化率');
    expect(partWords(ts['zh-CN'], 'nc_rate', 'numerator')).toBe('数控生产设备（含机器人）');
    expect(partWords(ts.en, 'motor_ie3_share', 'excluded')).toBe('motors of unknown power or class');
    expect(asLabel(partWords(ts.en, 'diesel_generators', 'numerator'), 'en')).toBe('Diesel generator sets');
    expect(asLabel('柴油发电机组', 'zh-CN')).toBe('柴油发电机组');
  });
});
