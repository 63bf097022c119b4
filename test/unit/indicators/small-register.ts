/**
 * A small register whose indicators are worked out by hand in worked-examples.test.ts: seventeen
 * rows entered through the API as a user would, on a real workspace whose clock says 2026 (the
 * default reference year). R6 (idle), R7 (retired) and R16 (to be retired) are not in service.
 */
import type { Core } from '../../../electron/core/core';
import type { MethodInput } from '../../../shared/api/contract';
import { fakeClock, tempWorkspace, type TempWorkspace } from '../core/helpers';

type Row = MethodInput<'equipment.add'>['row'];

const electric = { energy_source: 'electricity' } as const;

// One row a line, as a register reads.
// prettier-ignore
export const SMALL_REGISTER: Record<string, Row> = {
  R1: { name: '数控车床', category: 'machine_tool', quantity: 3, cnc: true, networked: true, year_commissioned: 2020, rated_kw: 10, efficiency_class: 'IE3', original_value_yuan: 300_000.55, annual_hours: 4000, load_factor: 0.5, ...electric },
  R2: { name: '普通车床', category: 'machine_tool', quantity: 2, year_commissioned: 2005, rated_kw: 7.5, efficiency_class: 'IE2', original_value_yuan: 100_000, annual_hours: 2000, ...electric },
  // The flag is not given: a robot is digital all the same.
  R3: { name: '焊接机器人', category: 'robot', quantity: 4, year_commissioned: 2018, rated_kw: 3, original_value_yuan: 800_000, annual_hours: 6000, status: 'under_repair', ...electric },
  // Year, class, value and hours unknown.
  R4: { name: '注塑机', category: 'injection_molding', quantity: 1, cnc: true, rated_kw: 50, ...electric },
  R5: { name: '贴片机', category: 'smt', quantity: 2, cnc: true, networked: true, year_commissioned: 2012, rated_kw: 20, original_value_yuan: 1_000_000, annual_hours: 5000, load_factor: 0.8, ...electric },
  R6: { name: '闲置加工中心', category: 'machine_tool', quantity: 5, cnc: true, networked: true, year_commissioned: 1990, rated_kw: 15, efficiency_class: 'IE1', original_value_yuan: 900_000, annual_hours: 3000, status: 'idle', ...electric },
  R7: { name: '报废冲床', category: 'press', quantity: 1, year_commissioned: 1995, rated_kw: 11, efficiency_class: 'IE1', original_value_yuan: 50_000, status: 'retired', ...electric },
  R8: { name: '螺杆空压机', category: 'compressor', quantity: 2, year_commissioned: 2010, rated_kw: 37, efficiency_class: 'IE1', original_value_yuan: 60_000, annual_hours: 6000, load_factor: 0.75, ...electric },
  R9: { name: '冷却水泵', category: 'motor_pump_fan', quantity: 10, year_commissioned: 2015, rated_kw: 5.5, original_value_yuan: 55_000, annual_hours: 3000, ...electric },
  // Power unknown.
  R10: { name: '冷水机组', category: 'hvac', quantity: 1, year_commissioned: 2000, efficiency_class: 'IE4', original_value_yuan: 200_000, annual_hours: 2000, ...electric },
  R11: { name: '柴油发电机组', category: 'generator', quantity: 2, year_commissioned: 2008, rated_kw: 200, original_value_yuan: 400_000, annual_hours: 100, energy_source: 'diesel' },
  // Source unknown; exactly its design life old (15 years), which is not over it.
  R12: { name: '发电机组', category: 'generator', quantity: 1, year_commissioned: 2011, original_value_yuan: 150_000 },
  R13: { name: '燃煤锅炉', category: 'boiler', quantity: 1, year_commissioned: 2005, original_value_yuan: 300_000, energy_source: 'coal' },
  R14: { name: '燃油锅炉', category: 'boiler', quantity: 1, year_commissioned: 2016, original_value_yuan: 250_000, energy_source: 'fuel_oil' },
  R15: { name: '燃气锅炉', category: 'boiler', quantity: 1, year_commissioned: 2020, original_value_yuan: 500_000, energy_source: 'natural_gas' },
  R16: { name: '待报废水泵', category: 'motor_pump_fan', quantity: 3, year_commissioned: 1998, rated_kw: 15, efficiency_class: 'IE2', status: 'to_be_retired', ...electric },
  // Source and value unknown.
  R17: { name: '叉车', category: 'forklift', quantity: 2, year_commissioned: 2010 },
};

export const SMALL_ENTERPRISE: MethodInput<'enterprise.create'> = {
  name: '深圳市算例精密制造有限公司',
  years: [
    // After the reference year: never used for 2026.
    { year: 2027, employees: 999, outputValueYuan: 1, newProductOutputYuan: 1 },
    {
      year: 2025,
      employees: 200,
      outputValueYuan: 50_000_000,
      newProductOutputYuan: 12_500_000,
      energy: [
        { source: 'electricity', quantity: 1_000_000 },
        { source: 'natural_gas', quantity: 20_000 },
        { source: 'diesel', quantity: 5_000 },
      ],
    },
    {
      year: 2024,
      employees: 180,
      outputValueYuan: 40_000_000,
      newProductOutputYuan: 4_000_000,
      energy: [{ source: 'electricity', quantity: 900_000 }],
    },
  ],
};

export interface SmallRegister {
  ws: TempWorkspace;
  core: Core;
  enterpriseId: number;
  /** Row label (R1…R17) → equipment id. */
  ids: Record<string, number>;
}

export async function openSmallRegister(): Promise<SmallRegister> {
  const ws = tempWorkspace();
  const core = await ws.open({ now: fakeClock('2026-03-10T08:00:00.000Z').now });
  const enterpriseId = (await core.call('enterprise.create', SMALL_ENTERPRISE)).id;
  const ids: Record<string, number> = {};
  for (const [label, row] of Object.entries(SMALL_REGISTER)) {
    ids[label] = (await core.call('equipment.add', { enterpriseId, row: { asset_code: label, ...row } })).id;
  }
  return { ws, core, enterpriseId, ids };
}
