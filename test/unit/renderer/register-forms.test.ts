import { describe, expect, it } from 'vitest';
import type { HeaderMapping } from '../../../shared/register/header-mapping';
import { MAPPABLE_FIELDS } from '../../../shared/register/equipment-row';
import type { EquipmentRecord } from '../../../shared/register/register-api';
import { formFieldOfIssue, toChanges, toFormValues } from '../../../renderer/register/equipment-form-values';
import {
  chooseColumn,
  choiceFromPreview,
  chooseUnit,
  columnLetter,
} from '../../../renderer/register/import/import-mapping';

const RECORD: EquipmentRecord = {
  id: 5,
  updated_at: '2025-01-01T00:00:00.000Z',
  asset_code: 'EQ-1',
  name: '数控车床',
  category: 'machine_tool',
  model: null,
  maker: '沈阳机床',
  quantity: 2,
  year_commissioned: 2015,
  month_commissioned: 3,
  original_value_yuan: 1_234_567.89,
  rated_kw: 7.5,
  annual_hours: 4000,
  load_factor: null,
  energy_source: 'electricity',
  efficiency_class: 'IE2',
  cnc: true,
  networked: false,
  workshop: '一车间',
  status: 'in_service',
  notes: null,
};

describe('equipment form values', () => {
  it('shows money in 万元 and sends it back in yuan to the fen', () => {
    const values = toFormValues(RECORD);
    expect(values.original_value_wan).toBe(123.456789);
    expect(toChanges({ original_value_wan: 123.456789 })).toEqual({ original_value_yuan: 1_234_567.89 });
  });

  it('sends only what changed, blank text as null', () => {
    const values = { ...toFormValues(RECORD), name: '数控车床（改）', maker: '  ', quantity: 2 };
    expect(toChanges(values, RECORD)).toEqual({ name: '数控车床（改）', maker: null });
    expect(toChanges(toFormValues(RECORD), RECORD)).toEqual({});
  });

  it('places the core issues on the field they name, money on its 万元 field', () => {
    expect(formFieldOfIssue(['changes', 'asset_code'])).toEqual(['asset_code']);
    expect(formFieldOfIssue(['row', 'original_value_yuan'])).toEqual(['original_value_wan']);
    expect(formFieldOfIssue(['fileId'])).toBeNull();
  });
});

function mapping(columns: Partial<Record<string, number>>): HeaderMapping {
  const m = Object.fromEntries(MAPPABLE_FIELDS.map((f) => [f, null])) as HeaderMapping;
  for (const [field, column] of Object.entries(columns)) {
    m[field as keyof HeaderMapping] = {
      column: column as number,
      header: `h${column}`,
      scale: field === 'original_value_yuan' ? 10_000 : 1,
      unit: null,
      basis: field === 'original_value_yuan' ? 'row' : null,
      kind: 'exact',
      confidence: 1,
      why: { key: 'register.matchExact', params: {} },
    };
  }
  return m;
}

describe('mapping choices', () => {
  it('moves a column from the field that had it', () => {
    const m = mapping({ name: 1, model: 2 });
    expect(chooseColumn({}, m, 'maker', 2)).toEqual({ maker: { column: 2 }, model: { column: null } });
    expect(chooseColumn({}, m, 'model', null)).toEqual({ model: { column: null } });
  });

  it('keeps the column when only the unit changes', () => {
    const m = mapping({ original_value_yuan: 7 });
    expect(chooseUnit({}, m, 'original_value_yuan', { scale: 1 })).toEqual({
      original_value_yuan: { column: 7, scale: 1, basis: 'row' },
    });
  });

  it('carries a remembered mapping along with the first correction', () => {
    const auto = mapping({ name: 1, model: 2 });
    const remembered = mapping({ name: 1, model: 3 });
    expect(choiceFromPreview(remembered, auto)).toEqual({ model: { column: 3, scale: 1 } });
    expect(choiceFromPreview(auto, auto)).toEqual({});
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
