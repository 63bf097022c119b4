import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../../../shared/api/validation-issues';
import { equipmentRowSchema, type EquipmentRow } from '../../../shared/register/equipment-row';

const ROW: EquipmentRow = {
  asset_code: 'EQ-1',
  name: '数控车床',
  category: 'machine_tool',
  model: 'CK6140',
  maker: '大连机床',
  quantity: 1,
  year_commissioned: 2016,
  month_commissioned: 3,
  original_value_yuan: 185000.5,
  rated_kw: 11,
  annual_hours: 4000,
  load_factor: 0.6,
  energy_source: 'electricity',
  efficiency_class: 'IE3',
  cnc: true,
  networked: false,
  workshop: '机加工车间',
  status: 'in_service',
  notes: null,
};
const schema = equipmentRowSchema(2026);
const issuesOf = (row: unknown) => {
  const r = schema.safeParse(row);
  return r.success ? [] : toFieldIssues(r.error).map((i) => `${i.path.join('.')}:${i.key}`);
};

describe('equipmentRowSchema (edits from the UI)', () => {
  it('accepts a valid row, trimming text and turning blanks into null', () => {
    const parsed = schema.parse({ ...ROW, name: '  数控车床 ', model: '  ', notes: '' });
    expect(parsed).toMatchObject({ name: '数控车床', model: null, notes: null });
  });

  it('applies the import limits', () => {
    expect(issuesOf({ ...ROW, quantity: 0 })).toEqual(['quantity:validation.too_small']);
    expect(issuesOf({ ...ROW, quantity: 1.5 })).toEqual(['quantity:validation.invalid_type']);
    expect(issuesOf({ ...ROW, year_commissioned: 2027 })).toEqual(['year_commissioned:validation.too_big']);
    expect(issuesOf({ ...ROW, year_commissioned: 1899 })).toEqual(['year_commissioned:validation.too_small']);
    expect(issuesOf({ ...ROW, rated_kw: -1 })).toEqual(['rated_kw:validation.too_small']);
    expect(issuesOf({ ...ROW, load_factor: 1.2 })).toEqual(['load_factor:validation.too_big']);
    expect(issuesOf({ ...ROW, original_value_yuan: 1.234 })).toEqual([
      'original_value_yuan:validation.twoDecimals',
    ]);
    expect(issuesOf({ ...ROW, name: '   ' })).toEqual(['name:validation.too_small']);
    expect(issuesOf({ ...ROW, notes: 'x'.repeat(2001) })).toEqual(['notes:validation.too_big']);
    expect(issuesOf({ ...ROW, status: '在用' })).toEqual(['status:validation.invalid_value']);
    expect(issuesOf({ ...ROW, colour: 'red' })).toEqual([':validation.unrecognized_keys']);
  });

  it('keeps the rules that tie fields together', () => {
    expect(issuesOf({ ...ROW, year_commissioned: null })).toEqual([
      'month_commissioned:register.monthWithoutYear',
    ]);
    expect(issuesOf({ ...ROW, category: 'robot', cnc: false })).toEqual(['cnc:register.robotIsCnc']);
  });
});
