/**
 * A register built by hand so that each finder rule has rows it must pick and rows beside them it
 * must leave alone, entered through the API on a workspace whose clock says 2026 (the reference
 * year). The enterprise is in division 39 (electronics), a trade clause （五） names.
 */
import { expect } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { MethodInput } from '../../../shared/api/contract';
import type { OpportunityReport } from '../../../shared/opportunities/opportunities-api';
import type { RowSetKey } from '../../../shared/readiness/action-row-sets';
import { fakeClock, tempWorkspace, type TempWorkspace } from '../core/helpers';

type Row = MethodInput<'equipment.add'>['row'];

const electric = { energy_source: 'electricity' } as const;

// One row a line, as a register reads.
// prettier-ignore
export const OPPORTUNITY_REGISTER: Record<string, Row> = {
  // The DOMAIN.md §7 worked example: 37 kW IE2, β 0.75, 4,000 h.
  M1: { name: '冷却水泵', category: 'motor_pump_fan', quantity: 1, rated_kw: 37, efficiency_class: 'IE2', annual_hours: 4000, load_factor: 0.75, year_commissioned: 2020, original_value_yuan: 20_000, ...electric },
  // Between two listed ratings (5.5 and 7.5 kW); no hours, no load factor.
  M2: { name: '排风机', category: 'motor_pump_fan', quantity: 2, rated_kw: 7.3, efficiency_class: 'IE1', year_commissioned: 2018, ...electric },
  M3: { name: '新水泵', category: 'motor_pump_fan', quantity: 3, rated_kw: 11, efficiency_class: 'IE3', annual_hours: 3000, year_commissioned: 2021, ...electric },
  M4: { name: '闲置电机', category: 'motor_pump_fan', quantity: 1, rated_kw: 15, efficiency_class: 'IE1', year_commissioned: 2015, status: 'idle', ...electric },
  M5: { name: '循环泵', category: 'motor_pump_fan', quantity: 1, efficiency_class: 'IE2', year_commissioned: 2019, ...electric },
  C1: { name: '螺杆空压机', category: 'compressor', quantity: 1, rated_kw: 55, efficiency_class: 'IE3', annual_hours: 6000, load_factor: 0.7, year_commissioned: 2019, original_value_yuan: 120_000, ...electric },
  C2: { name: '变频空压机', category: 'compressor', quantity: 1, rated_kw: 37, efficiency_class: 'IE3', annual_hours: 6000, year_commissioned: 2022, ...electric },
  C3: { name: '活塞空压机', category: 'compressor', quantity: 1, rated_kw: 22, efficiency_class: 'IE1', annual_hours: 5000, load_factor: 0.8, year_commissioned: 2005, original_value_yuan: 40_000, ...electric },
  G1: { name: '柴油发电机组', category: 'generator', quantity: 1, rated_kw: 200, year_commissioned: 2015, original_value_yuan: 300_000, energy_source: 'diesel' },
  G2: { name: '燃气发电机组', category: 'generator', quantity: 1, rated_kw: 100, year_commissioned: 2020, energy_source: 'natural_gas' },
  B1: { name: '燃煤锅炉', category: 'boiler', quantity: 1, rated_kw: 700, annual_hours: 3000, load_factor: 0.6, year_commissioned: 2016, energy_source: 'coal' },
  B2: { name: '燃油锅炉', category: 'boiler', quantity: 1, year_commissioned: 2018, energy_source: 'fuel_oil' },
  B3: { name: '燃气锅炉', category: 'boiler', quantity: 1, rated_kw: 1400, year_commissioned: 2021, energy_source: 'natural_gas' },
  N1: { name: '加工中心', category: 'machine_tool', quantity: 4, cnc: true, rated_kw: 15, efficiency_class: 'IE3', year_commissioned: 2020, original_value_yuan: 2_000_000, ...electric },
  N2: { name: '数控车床', category: 'machine_tool', quantity: 2, cnc: true, networked: true, rated_kw: 11, efficiency_class: 'IE3', year_commissioned: 2021, ...electric },
  A1: { name: '手工装配线', category: 'assembly', quantity: 3, year_commissioned: 2021, ...electric },
  A2: { name: '自动装配线', category: 'assembly', quantity: 1, cnc: true, year_commissioned: 2022, ...electric },
  O1: { name: '老冲床', category: 'press', quantity: 1, rated_kw: 15, efficiency_class: 'IE3', annual_hours: 2000, year_commissioned: 2000, original_value_yuan: 150_000, ...electric },
  R1: { name: '报废机床', category: 'machine_tool', quantity: 1, efficiency_class: 'IE1', rated_kw: 7.5, year_commissioned: 1995, status: 'retired', ...electric },
  T1: { name: '待报废空压机', category: 'compressor', quantity: 1, rated_kw: 30, efficiency_class: 'IE1', year_commissioned: 2000, status: 'to_be_retired', ...electric },
};

export const OPPORTUNITY_ENTERPRISE: MethodInput<'enterprise.create'> = {
  name: '深圳市机会电子有限公司',
  industryDivision: '39',
  manufacturingType: 'discrete',
};

export interface OpportunityRegister {
  ws: TempWorkspace;
  core: Core;
  enterpriseId: number;
  /** Row label → equipment id. */
  ids: Record<string, number>;
}

export const NOW = '2026-03-10T08:00:00.000Z';

export async function addRows(core: Core, enterpriseId: number, rows: Record<string, Row>) {
  const ids: Record<string, number> = {};
  for (const [label, row] of Object.entries(rows)) {
    ids[label] = (await core.call('equipment.add', { enterpriseId, row: { asset_code: label, ...row } })).id;
  }
  return ids;
}

export async function openOpportunityRegister(ws = tempWorkspace()): Promise<OpportunityRegister> {
  const core = await ws.open({ now: fakeClock(NOW).now });
  const enterpriseId = (await core.call('enterprise.create', OPPORTUNITY_ENTERPRISE)).id;
  const ids = await addRows(core, enterpriseId, OPPORTUNITY_REGISTER);
  return { ws, core, enterpriseId, ids };
}

/** Rule → the readiness row set (the indicators' predicate) that must hold exactly its rows. */
const SAME_ROWS: [string, RowSetKey][] = [
  ['motor_upgrade', 'motors_below_ie3'],
  ['gas_generator', 'diesel_generators'],
  ['boiler_fuel_switch', 'coal_oil_boilers'],
  ['renew_over_age', 'over_age'],
  ['mes_data_collection', 'cnc_not_networked'],
];

/** Every rule that reuses a readiness row set lists exactly that set's rows. */
export async function expectRulesMatchRowSets(core: Core, enterpriseId: number, r: OpportunityReport) {
  for (const [rule, rowSet] of SAME_ROWS) {
    const listed = r.opportunities
      .filter((o) => o.rule === rule)
      .flatMap((o) => o.rows.map((x) => x.equipmentId));
    const set = await core.call('readiness.rows', { enterpriseId, rowSet, limit: 1 });
    expect({ rule, ids: listed.sort((a, b) => a - b) }).toEqual({ rule, ids: set.ids });
  }
}

/** A project of a second enterprise, for the checks that refuse to mix enterprises. */
export async function anotherEnterprisesProject(core: Core) {
  const other = (await core.call('enterprise.create', { name: '别家企业' })).id;
  return core.call('projects.create', { enterpriseId: other, name: '别家项目', direction: 'green' });
}
