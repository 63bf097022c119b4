import { describe, expect, it } from 'vitest';
import { mapHeaders } from '../../../shared/register/header-mapping';
import {
  findDuplicateCodes,
  hasCodeColumn,
  normalizeRow,
  type NormalizedRow,
} from '../../../shared/register/row-normalizer';

const mappingOf = (headers: string[]) =>
  mapHeaders(headers.map((text) => ({ text, child: null, parent: null })));
const FULL = mappingOf([
  '设备编号',
  '设备名称',
  '设备类别',
  '数量',
  '投产年份',
  '单价(元)',
  '总功率(kW)',
  '能源类型',
  '是否数控',
  '使用状态',
  '负载率',
]);
const ctx = (line: number) => ({ referenceYear: 2026, line });
const keys = (r: NormalizedRow, kind: 'errors' | 'warnings') => r[kind].map((i) => `${i.field}:${i.key}`);

describe('normalizeRow', () => {
  it('turns unit price into the row value and total power into power per unit', () => {
    const r = normalizeRow(
      ['A1', '注塑机', '注塑机', '2台', '2015年3月', '150000', '44kW', '', '是', '在用', '75%'],
      FULL,
      ctx(2),
    );
    expect(r.errors).toEqual([]);
    expect(r.row).toMatchObject({
      quantity: 2,
      original_value_yuan: 300_000,
      rated_kw: 22,
      year_commissioned: 2015,
      month_commissioned: 3,
      energy_source: 'electricity',
      load_factor: 0.75,
      cnc: true,
      status: 'in_service',
    });
  });

  it('defaults what a row leaves blank, and says so where the column exists', () => {
    const r = normalizeRow(['A2', '数控车床', '机床', '', '', '', '', '', '', '', ''], FULL, ctx(3));
    expect(r.row).toMatchObject({
      quantity: 1,
      status: 'in_service',
      cnc: false,
      networked: false,
      load_factor: null,
      year_commissioned: null,
      month_commissioned: null,
      original_value_yuan: null,
      rated_kw: null,
      energy_source: 'electricity',
    });
    expect(keys(r, 'warnings')).toEqual([
      'quantity:register.quantityDefaulted',
      'status:register.statusDefaulted',
    ]);
  });

  it('leaves the fuel of a boiler unknown unless the file or its name says it', () => {
    const plain = normalizeRow(['B1', '蒸汽锅炉', '锅炉', '1', '', '', '', '', '', '在用', ''], FULL, ctx(2));
    expect(plain.row?.energy_source).toBeNull();
    const named = normalizeRow(
      ['B2', '燃气蒸汽锅炉', '锅炉', '1', '', '', '', '', '', '在用', ''],
      FULL,
      ctx(3),
    );
    expect(named.row?.energy_source).toBe('natural_gas');
    expect(keys(named, 'warnings')).toContain('energy_source:register.energyInferred');
    const given = normalizeRow(
      ['B3', '燃气蒸汽锅炉', '锅炉', '1', '', '', '', '燃煤', '', '在用', ''],
      FULL,
      ctx(4),
    );
    expect(given.row?.energy_source).toBe('coal');
    expect(given.warnings).toEqual([]);
  });

  it('counts robots as CNC whatever the cell says, with a warning when it said no', () => {
    const r = normalizeRow(['R1', '码垛机器人', '', '1', '', '', '', '', '否', '在用', ''], FULL, ctx(2));
    expect(r.row).toMatchObject({ category: 'robot', cnc: true });
    expect(keys(r, 'warnings')).toEqual(['category:register.categoryInferred', 'cnc:register.robotIsCnc']);
    expect(r.warnings[0]?.params).toMatchObject({ category: 'robot', name: '码垛机器人' });
  });

  it('infers the class behind a finance class and reports an unknown one', () => {
    const finance = normalizeRow(
      ['C1', '螺杆空压机', '动力设备', '1', '', '', '', '', '', '在用', ''],
      FULL,
      ctx(2),
    );
    expect(finance.row?.category).toBe('compressor');
    const unknown = normalizeRow(
      ['C2', '办公电脑', '电子设备', '1', '', '', '', '', '', '在用', ''],
      FULL,
      ctx(3),
    );
    expect(unknown.row?.category).toBe('other');
    expect(unknown.warnings[0]).toMatchObject({
      key: 'register.categoryUnknown',
      column: '设备类别',
      value: '电子设备',
    });
  });

  it('collects every error of a row, each with its column and cell', () => {
    const r = normalizeRow(
      ['', '', '机床', '0', '2099', 'x', '-1', '核能', '也许', '出租', '2'],
      FULL,
      ctx(9),
    );
    expect(r.row).toBeNull();
    expect(keys(r, 'errors')).toEqual([
      'name:register.nameMissing',
      'quantity:register.quantityNotPositive',
      'year_commissioned:register.yearFuture',
      'original_value_yuan:register.notNumber',
      'rated_kw:register.negative',
      'load_factor:register.loadFactorRange',
      'energy_source:register.energySourceUnknown',
      'cnc:register.booleanInvalid',
      'status:register.statusUnknown',
    ]);
    expect(r.errors.every((e) => e.line === 9)).toBe(true);
    expect(r.errors.find((e) => e.field === 'cnc')).toMatchObject({ column: '是否数控', value: '也许' });
  });

  it('leaves asset codes null, and says so, when the file has no code column', () => {
    const noCode = mappingOf(['设备名称', '数量']);
    expect(hasCodeColumn(noCode)).toBe(false);
    const r = normalizeRow(['冲床', '1'], noCode, ctx(2));
    expect(r.row?.asset_code).toBeNull();
    expect(r.code).toBeNull();
    expect(hasCodeColumn(FULL)).toBe(true);
  });

  it('imports a row with a blank code in a code column, warning that re-imports cannot match it', () => {
    const mapping = mappingOf(['设备编号', '设备名称']);
    const r = normalizeRow(['  ', '冲床'], mapping, ctx(4));
    expect(r.row).toMatchObject({ asset_code: null, name: '冲床' });
    expect(r.errors).toEqual([]);
    expect(keys(r, 'warnings')).toEqual([
      'asset_code:register.codeMissing',
      'category:register.categoryInferred',
    ]);
    expect(r.warnings[0]).toMatchObject({ line: 4, column: '设备编号' });
  });
});

describe('findDuplicateCodes', () => {
  it('rejects the second and later rows of a code, naming the first line', () => {
    const mapping = mappingOf(['设备编号', '设备名称']);
    const rows = [
      normalizeRow(['X-1', '冲床'], mapping, ctx(2)),
      normalizeRow(['X-2', '冲床'], mapping, ctx(3)),
      normalizeRow(['X-1', '车床'], mapping, ctx(4)),
      normalizeRow(['X-1', ''], mapping, ctx(5)),
    ];
    const checked = findDuplicateCodes(rows, mapping);
    expect(checked.map((r) => r.row !== null)).toEqual([true, true, false, false]);
    expect(checked[2]?.errors).toEqual([
      {
        line: 4,
        column: '设备编号',
        field: 'asset_code',
        value: 'X-1',
        key: 'register.codeRepeated',
        params: { code: 'X-1', firstLine: 2 },
      },
    ]);
    expect(checked[3]?.errors.map((e) => e.key)).toEqual(['register.codeRepeated', 'register.nameMissing']);
  });
});
