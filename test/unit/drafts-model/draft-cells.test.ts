/** How the text outputs write a draft's cells. */
import { describe, expect, it } from 'vitest';
import { draftColumnHeader, formatDraftCell, formatFenYuan } from '../../../shared/drafts/draft-cells';
import type { DraftColumn } from '../../../shared/drafts/draft-model';

const col = (kind: DraftColumn['kind'], decimals = 0): DraftColumn => ({
  key: 'k',
  label: '金额',
  kind,
  unit: null,
  decimals,
  summed: false,
});

describe('formatDraftCell', () => {
  it('writes money as yuan with separators and two decimals, exactly from the fen', () => {
    expect(formatDraftCell(123_456_789, col('money'), 'zh-CN')).toBe('1,234,567.89');
    expect(formatDraftCell(5, col('money'), 'en')).toBe('0.05');
    expect(formatDraftCell(-20_000_000, col('money'), 'zh-CN')).toBe('-200,000.00');
    // 2^53 − 1 fen stays exact where a division by 100 would not.
    expect(formatFenYuan(9_007_199_254_740_991, 'en')).toBe('90,071,992,547,409.91');
    expect(formatFenYuan(-0, 'en')).toBe('0.00');
  });

  it('writes numbers with the column decimals, percentages, yes/no and unknown', () => {
    expect(formatDraftCell(61.29893, col('number', 3), 'zh-CN')).toBe('61.299');
    expect(formatDraftCell(-0.00018, col('number', 3), 'zh-CN')).toBe('0.000');
    expect(formatDraftCell(12345, col('number'), 'en')).toBe('12,345');
    expect(formatDraftCell(0.9638, col('percent', 1), 'zh-CN')).toBe('96.4%');
    expect(formatDraftCell(true, col('boolean'), 'zh-CN')).toBe('是');
    expect(formatDraftCell(false, col('boolean'), 'zh-CN')).toBe('否');
    expect(formatDraftCell(true, col('boolean'), 'en')).toBe('Yes');
    expect(formatDraftCell(null, col('money'), 'zh-CN')).toBe('—');
    expect(formatDraftCell('EMS-3000', col('text'), 'en')).toBe('EMS-3000');
  });

  it('puts the unit after the label in each language', () => {
    expect(draftColumnHeader({ ...col('money'), unit: '元' }, 'zh-CN')).toBe('金额（元）');
    expect(draftColumnHeader({ ...col('money'), label: 'Amount', unit: 'yuan' }, 'en')).toBe('Amount (yuan)');
    expect(draftColumnHeader(col('text'), 'en')).toBe('金额');
  });
});
