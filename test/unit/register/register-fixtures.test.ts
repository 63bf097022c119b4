import { describe, expect, it } from 'vitest';
import { LANGS, message } from '../../../shared/i18n/messages';
import { equipmentRowSchema } from '../../../shared/register/equipment-row';
import type { NormalizedRow } from '../../../shared/register/row-normalizer';
import { expectMatchesTruth, fixture, readAll, readTruth, REFERENCE_YEAR } from './register-truth';

function expectValidRowsAndMessages(rows: NormalizedRow[]) {
  const schema = equipmentRowSchema(REFERENCE_YEAR);
  for (const r of rows) {
    if (r.row) expect(schema.safeParse(r.row).error?.issues ?? []).toEqual([]);
    for (const issue of [...r.errors, ...r.warnings]) {
      for (const lang of LANGS) expect(message(lang, issue.key, issue.params)).not.toBe(issue.key);
    }
  }
}

describe('register fixtures against their truth', () => {
  it.each([
    ['register-standard-200.csv', 'register-standard-200.truth.jsonl', 'utf-8-bom'],
    ['register-standard-200-gbk.csv', 'register-standard-200.truth.jsonl', 'gb18030'],
    ['register-messy-120-gbk.csv', 'register-messy-120-gbk.truth.jsonl', 'gb18030'],
  ])('%s stores what its truth says', async (file, truth, encoding) => {
    const { info, rows, summary } = await readAll(fixture(file));
    expect(info.format).toBe('csv');
    expect(info.encoding).toBe(encoding);
    expect(info.headerLine).toBe(1);
    expect(info.hasCodeColumn).toBe(true);
    expect(rows[0]?.line).toBe(2);
    expectMatchesTruth(rows, readTruth(fixture(truth)));
    expectValidRowsAndMessages(rows);
    expect(summary.rejected).toBe(0);
  });

  it('register-messy-300.xlsx: title row, 万元, "3台", mixed dates, blank categories inferred', async () => {
    const { info, rows } = await readAll(fixture('register-messy-300.xlsx'));
    expect(info).toMatchObject({
      format: 'xlsx',
      encoding: null,
      sheet: '设备台账',
      headerLine: 2,
      headerRows: 1,
    });
    expect(info.sheets.map((s) => s.name)).toEqual(['设备台账', '说明']);
    expect(info.mapping.original_value_yuan).toMatchObject({
      header: '原值（万元）',
      scale: 10_000,
      unit: '万元',
    });
    expect(rows[0]?.line).toBe(3);
    expectMatchesTruth(rows, readTruth(fixture('register-messy-300.truth.jsonl')));
    expectValidRowsAndMessages(rows);
    const inferred = rows.filter((r) => r.warnings.some((w) => w.key === 'register.categoryInferred'));
    expect(inferred.length).toBeGreaterThan(50);
    expect(inferred[0]?.warnings.find((w) => w.key === 'register.categoryInferred')).toMatchObject({
      field: 'category',
      column: '类别',
      value: '',
    });
  });

  it('keeps the month when the file gives one', async () => {
    const { rows } = await readAll(fixture('register-messy-120-gbk.csv'));
    const first = rows[0]?.row;
    expect(first).toMatchObject({ asset_code: 'EQ-000001', year_commissioned: 2018, month_commissioned: 4 });
    expect(rows.find((r) => r.row?.asset_code === 'EQ-000004')?.row?.month_commissioned).toBeNull();
  });
});

describe('register-bad-rows.csv', () => {
  it('imports B-001, B-009 and B-010 and rejects every other row with line, column and reason', async () => {
    const { rows, summary } = await readAll(fixture('register-bad-rows.csv'));
    expect(rows.filter((r) => r.row !== null).map((r) => [r.line, r.row?.asset_code])).toEqual([
      [2, 'B-001'],
      [10, 'B-009'],
      [11, 'B-010'],
    ]);
    const rejected = rows
      .filter((r) => r.row === null)
      .map((r) =>
        r.errors.map((e) => ({ line: e.line, code: r.code, column: e.column, field: e.field, key: e.key })),
      );
    expect(rejected).toEqual([
      [{ line: 3, code: 'B-002', column: '设备名称', field: 'name', key: 'register.nameMissing' }],
      [{ line: 4, code: 'B-003', column: '数量', field: 'quantity', key: 'register.quantityNotPositive' }],
      [
        {
          line: 5,
          code: 'B-004',
          column: '投产年份',
          field: 'year_commissioned',
          key: 'register.yearFuture',
        },
      ],
      [{ line: 6, code: 'B-005', column: '额定功率(kW)', field: 'rated_kw', key: 'register.negative' }],
      [{ line: 7, code: 'B-001', column: '设备编号', field: 'asset_code', key: 'register.codeRepeated' }],
      [
        {
          line: 8,
          code: 'B-007',
          column: '资产原值(元)',
          field: 'original_value_yuan',
          key: 'register.notNumber',
        },
      ],
      [
        {
          line: 9,
          code: 'B-008',
          column: '能效等级',
          field: 'efficiency_class',
          key: 'register.efficiencyUnknown',
        },
      ],
    ]);
    expect(summary).toMatchObject({ rows: 10, accepted: 3, rejected: 7 });
    expectValidRowsAndMessages(rows);
  });

  it('says why in words, with the values from the file', async () => {
    const { rows } = await readAll(fixture('register-bad-rows.csv'));
    const errorAt = (line: number) => rows.find((r) => r.line === line)?.errors[0];
    expect(errorAt(5)).toMatchObject({
      value: '2099',
      params: { year: 2099, referenceYear: REFERENCE_YEAR },
    });
    expect(errorAt(7)).toMatchObject({ value: 'B-001', params: { code: 'B-001', firstLine: 2 } });
    expect(errorAt(8)).toMatchObject({ value: 'abc', params: { value: 'abc' } });
    expect(message('zh-CN', 'register.codeRepeated', errorAt(7)?.params)).toBe(
      '设备编号“B-001”在文件中重复，首次出现在第 2 行',
    );
    expect(message('en', 'register.yearFuture', errorAt(5)?.params)).toContain('in the future');
    expect(
      message('en', 'register.efficiencyUnknown', rows.find((r) => r.line === 9)?.errors[0]?.params),
    ).toContain('Unknown efficiency class "IE9"');
  });

  it('keeps the formula of B-009 as text, never evaluated', async () => {
    const { rows } = await readAll(fixture('register-bad-rows.csv'));
    const b9 = rows.find((r) => r.code === 'B-009');
    expect(b9?.row?.name).toBe('=HYPERLINK("http://example.invalid","点我")');
    expect(b9?.errors).toEqual([]);
  });

  it('imports B-010 with rated power unknown, a warning, and its quoted two-line note intact', async () => {
    const { rows } = await readAll(fixture('register-bad-rows.csv'));
    const b10 = rows.find((r) => r.code === 'B-010');
    expect(b10?.line).toBe(11);
    expect(b10?.row).toMatchObject({
      rated_kw: null,
      category: 'boiler',
      status: 'to_be_retired',
      energy_source: 'coal',
    });
    expect(b10?.row?.notes).toBe('备注含"引号"，\n以及换行');
    expect(b10?.warnings.map((w) => [w.field, w.key, w.column, w.value])).toContainEqual([
      'rated_kw',
      'register.powerZero',
      '额定功率(kW)',
      '0',
    ]);
  });
});
