import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../shared/register/cell-value';
import { classifyRow, detectHeader } from '../../../shared/register/table-layout';

const HEADER = ['设备编号', '设备名称', '规格型号', '数量', '资产原值(元)', '额定功率(kW)'];
const DATA: CellValue[] = ['EQ-1', '数控车床', 'CK6140', '1', '185000', '11'];

describe('detectHeader', () => {
  it('finds the header of a sheet thousands of columns wide, and maps a field named past them', () => {
    const extra = Array.from({ length: 5000 }, (_, i) => `附加字段${i}`);
    const header = [...HEADER, ...extra, '备注'];
    const data = [...DATA, ...extra.map((_, i) => `值${i * 7}`), '含配套冷却系统'];
    const layout = detectHeader([['XX公司设备台账'], header, data, data]);
    expect(layout).toMatchObject({ headerIndex: 1, headerRows: 1 });
    expect(layout?.mapping.name?.column).toBe(1);
    expect(layout?.mapping.rated_kw?.column).toBe(5);
    expect(layout?.mapping.notes?.column).toBe(header.length - 1);
  });

  it('finds the header at the top of a plain sheet', () => {
    const layout = detectHeader([HEADER, DATA]);
    expect(layout).toMatchObject({ headerIndex: 0, headerRows: 1, headers: HEADER });
    expect(layout?.mapping.name?.column).toBe(1);
  });

  it('skips title rows and blank rows above the header', () => {
    const layout = detectHeader([
      ['深圳市某某精密制造有限公司设备台账（2024年）'],
      [],
      ['', '制表日期：2024-12-31'],
      HEADER,
      DATA,
    ]);
    expect(layout).toMatchObject({ headerIndex: 3, headerRows: 1 });
  });

  it('combines a two-row header whose heading is merged over its sub-headers', () => {
    const layout = detectHeader([
      ['XX公司设备台账（2024年）'],
      ['设备编号', '设备名称', '资产原值', null, '额定功率(kW)'],
      [null, null, '数量', '金额', null],
      ['EQ-1', '数控车床', 1, 185000, 11],
    ]);
    expect(layout).toMatchObject({ headerIndex: 1, headerRows: 2 });
    expect(layout?.headers).toEqual([
      '设备编号',
      '设备名称',
      '资产原值/数量',
      '资产原值/金额',
      '额定功率(kW)',
    ]);
    const m = layout?.mapping;
    expect([
      m?.asset_code?.column,
      m?.quantity?.column,
      m?.original_value_yuan?.column,
      m?.rated_kw?.column,
    ]).toEqual([0, 2, 3, 4]);
    expect(m?.original_value_yuan?.header).toBe('资产原值/金额');
  });

  it('combines a grouping row above the header, taking units from it', () => {
    const layout = detectHeader([
      ['基本信息', '', '', '价值（万元）', ''],
      ['设备编号', '设备名称', '型号', '原值', '净值'],
      ['EQ-1', '数控车床', 'CK6140', 18.5, 9.2],
    ]);
    expect(layout).toMatchObject({ headerIndex: 0, headerRows: 2 });
    expect(layout?.headers[3]).toBe('价值（万元）/原值');
    expect(layout?.mapping.original_value_yuan).toMatchObject({ column: 3, scale: 10_000 });
    expect(layout?.mapping.model?.column).toBe(2);
  });

  it('returns null when nothing looks like a register header', () => {
    expect(detectHeader([['本表由设备部维护'], ['a', 'b', 'c'], [1, 2, 3]])).toBeNull();
    expect(detectHeader([])).toBeNull();
  });
});

describe('classifyRow', () => {
  const keys = [0, 1];
  it.each([
    [['合计', '', '', '5', '9,999,999', ''], 'total'],
    [['', '合 计', '', '5'], 'total'],
    [['小计：机加工车间', '', '', '3'], 'total'],
    [['Total', null, null, 12], 'total'],
    [['', '', '', '', ''], 'blank'],
    [[null, '  '], 'blank'],
    [['制表人：张三', '', '审核：李四'], 'footer'],
    [['注：本表数据截至2024年底'], 'footer'],
    [['', '一、生产设备'], 'note'],
    [['', '', '机加工车间'], 'note'],
    [['', '数控车床'], 'data'],
    [DATA, 'data'],
    [['T-01', '贴片机', '', 1], 'data'],
  ] as [CellValue[], string][])('%j → %s', (cells, kind) => {
    expect(classifyRow(cells, keys)).toBe(kind);
  });
});
