import { describe, expect, it } from 'vitest';
import type { MappableField } from '../../../shared/register/equipment-row';
import {
  applyMappingChoice,
  headerCandidates,
  mapHeaders,
  MappingChoiceSchema,
  type HeaderMapping,
} from '../../../shared/register/header-mapping';

const single = (headers: string[]) =>
  mapHeaders(headers.map((text) => ({ text, child: null, parent: null })));
const fieldOf = (header: string) => headerCandidates(header)[0]?.field ?? null;
const columnsOf = (m: HeaderMapping) =>
  Object.fromEntries(Object.entries(m).flatMap(([f, match]) => (match ? [[f, match.column]] : [])));

describe('header names of DOMAIN.md §4', () => {
  const synonyms: Record<MappableField, string[]> = {
    asset_code: ['设备编号', '资产编号', '编号', '固定资产编号'],
    name: ['设备名称', '资产名称', '名称'],
    category: ['设备类别', '类别', '资产类别', '设备类型'],
    model: ['规格型号', '型号', '规格'],
    maker: ['生产厂家', '制造商', '品牌', '厂家', '品牌/制造商'],
    quantity: ['数量', '台数', '台(套)数', '台（套）数'],
    year_commissioned: ['投产年份', '启用日期', '购置日期', '购入日期', '出厂日期'],
    original_value_yuan: ['资产原值(元)', '原值', '原值（万元）', '购置金额'],
    rated_kw: ['额定功率(kW)', '功率', '装机容量', '额定功率'],
    annual_hours: ['年运行小时', '年运行时间(h)'],
    load_factor: ['负载率', '负荷率(%)'],
    energy_source: ['能源类型', '燃料'],
    efficiency_class: ['能效等级', '电机能效', '能效'],
    cnc: ['是否数控', '数控'],
    networked: ['是否联网', '联网', '数据采集'],
    workshop: ['使用车间', '所在部门', '使用部门', '存放地点'],
    status: ['使用状态', '状态'],
    notes: ['备注', '说明'],
  };
  for (const [field, names] of Object.entries(synonyms)) {
    it.each(names)(`%s → ${field}`, (header) => {
      expect(headerCandidates(header)[0]).toMatchObject({ field, kind: 'exact' });
    });
  }
});

describe('headers no list foresees, by meaning', () => {
  it.each([
    ['设备名称及型号', 'name'],
    ['资产名称（全称）', 'name'],
    ['主要规格参数', 'model'],
    ['电机功率（千瓦）', 'rated_kw'],
    ['单机功率/kW', 'rated_kw'],
    ['资产价值（万元）', 'original_value_yuan'],
    ['账面原值', 'original_value_yuan'],
    ['固定资产编码', 'asset_code'],
    ['Asset No.', 'asset_code'],
    ['No.', 'asset_code'],
    ['资产代码', 'asset_code'],
    ['制造厂', 'maker'],
    ['设备品牌', 'maker'],
    ['所在车间', 'workshop'],
    ['安装位置', 'workshop'],
    ['设备现状', 'status'],
    ['投入使用时间', 'year_commissioned'],
    ['累计运行小时/年', 'annual_hours'],
    ['Rated power (kW)', 'rated_kw'],
    ['Equipment Name', 'name'],
    ['Manufacturer', 'maker'],
    ['Remarks', 'notes'],
    ['Energy source', 'energy_source'],
  ])('%s → %s', (header, field) => expect(fieldOf(header)).toBe(field));

  it.each([
    ['序号', null],
    ['出厂编号', null],
    ['功率因数', null],
    ['年耗电量(kWh)', null],
    ['数控系统', null],
    ['资产净值', null],
    ['使用部门负责人', null],
    ['能源类型', 'energy_source'],
    ['使用年限', null],
    ['Notes', 'notes'],
    ['Series', null],
  ])('%s is not mistaken (→ %s)', (header, field) => expect(fieldOf(header)).toBe(field));
});

describe('mapHeaders', () => {
  it('keeps 设备类别 out of the name and 功率因数 out of the power', () => {
    const m = single(['设备类别', '设备名称', '功率因数', '额定功率', '能源类型']);
    expect(columnsOf(m)).toEqual({ category: 0, name: 1, rated_kw: 3, energy_source: 4 });
  });

  it('gives each field its best column and each column one field', () => {
    const m = single(['序号', '资产编号', '设备编号', '名称', '类型/型号', '购置日期', '投产日期']);
    expect(m.asset_code?.column).toBe(1);
    expect(m.model?.column).toBe(4);
    expect(m.year_commissioned?.column).toBe(6);
    expect(m.name?.why).toEqual({ key: 'register.matchExact', params: { header: '名称' } });
  });

  it('detects units and bases from the header', () => {
    const m = single(['名称', '原值（万元）', '功率(W)', '负载率(%)']);
    expect(m.original_value_yuan).toMatchObject({ scale: 10_000, unit: '万元', basis: 'row' });
    expect(m.rated_kw).toMatchObject({ scale: 0.001, unit: 'W', basis: 'unit' });
    expect(m.load_factor).toMatchObject({ scale: 0.01, unit: '%' });
    const hp = single(['名称', '功率（马力）', '单价(元)']);
    expect(hp.rated_kw).toMatchObject({ scale: 0.7457, unit: 'hp' });
    expect(hp.original_value_yuan).toMatchObject({ scale: 1, basis: 'unit' });
    expect(single(['名称', '总功率kW']).rated_kw).toMatchObject({ basis: 'row', unit: 'kW' });
  });

  it('says why a keyword match was made, with a lower confidence', () => {
    const m = single(['名称', '电动机功率（千瓦）']);
    expect(m.rated_kw?.kind).toBe('keyword');
    expect(m.rated_kw?.confidence).toBeLessThan(1);
    expect(m.rated_kw?.why).toEqual({
      key: 'register.matchKeyword',
      params: { header: '电动机功率（千瓦）', keyword: '功率' },
    });
  });
});

describe('the user corrects the mapping', () => {
  const headers = ['编号', '名称', '备注', '原值（万元）', '金额'];
  const auto = single(headers);

  it('moves a column to another field and derives its unit', () => {
    const m = applyMappingChoice(auto, headers, {
      notes: { column: null },
      original_value_yuan: { column: 4 },
    });
    expect(m.notes).toBeNull();
    expect(m.original_value_yuan).toMatchObject({ column: 4, kind: 'user', scale: 1, confidence: 1 });
  });

  it('takes the column away from the field that had it, and keeps a unit the user set', () => {
    const m = applyMappingChoice(auto, headers, {
      workshop: { column: 2 },
      rated_kw: { column: 3, scale: 1 },
    });
    expect(m.workshop?.column).toBe(2);
    expect(m.notes).toBeNull();
    expect(m.rated_kw).toMatchObject({ column: 3, scale: 1, unit: null });
    expect(m.original_value_yuan).toBeNull();
  });

  it('validates what the UI sends', () => {
    expect(MappingChoiceSchema.safeParse({ name: { column: 1 }, notes: { column: null } }).success).toBe(
      true,
    );
    expect(MappingChoiceSchema.safeParse({ name: { column: -1 } }).success).toBe(false);
    expect(MappingChoiceSchema.safeParse({ colour: { column: 1 } }).success).toBe(false);
  });
});
