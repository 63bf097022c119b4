/**
 * The finder's rules on registers built by hand: each rule proposes its measure for exactly the
 * rows it should, with the figures worked out here, and leaves the rows beside them alone.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { MethodInput } from '../../../shared/api/contract';
import { MJ_PER_KGCE } from '../../../shared/energy/energy-basis';
import type { Opportunity, OpportunityReport } from '../../../shared/opportunities/opportunities-api';
import { openSmallRegister } from '../indicators/small-register';
import { addRows, expectRulesMatchRowSets, openOpportunityRegister } from './opportunity-register';

type Assumptions = MethodInput<'opportunities.list'>['assumptions'];

async function report(core: Core, enterpriseId: number, assumptions?: Assumptions) {
  return core.call('opportunities.list', { enterpriseId, ...(assumptions ? { assumptions } : {}) });
}

const rowsOf = (r: OpportunityReport) =>
  Object.fromEntries(r.opportunities.map((o) => [`${o.rule}:${o.category}`, o.rows.map((x) => x.assetCode)]));

const find = (r: OpportunityReport, key: string) => {
  const o = r.opportunities.find((x) => `${x.rule}:${x.category}` === key);
  if (!o) throw new Error(`no ${key}`);
  return o;
};
const row = (o: Opportunity, code: string) => o.rows.find((r) => r.assetCode === code)!;

describe('finder rules on a register built for them', () => {
  it('proposes each measure for its rows only, in rule and category order', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    const r = await report(core, enterpriseId);
    expect(r.referenceYear).toBe(2026);
    expect(rowsOf(r)).toEqual({
      // IE1/IE2 motors in service; not M3 (IE3), M4 (idle), T1 (to be retired), R1 (retired).
      'motor_upgrade:compressor': ['C3'],
      'motor_upgrade:motor_pump_fan': ['M1', 'M2', 'M5'],
      // Not C2: its name says 变频.
      'compressor_vsd:compressor': ['C1', 'C3'],
      // Not G2 (gas) nor B3 (gas).
      'gas_generator:generator': ['G1'],
      'boiler_fuel_switch:boiler': ['B1', 'B2'],
      // Past design life in 2026: O1 (2000, press 15 years), C3 (2005, compressor 12 years).
      'renew_over_age:press': ['O1'],
      'renew_over_age:compressor': ['C3'],
      'retire_idle:motor_pump_fan': ['M4'],
      // CNC not networked: N1, A2; not N2 (networked).
      'mes_data_collection:machine_tool': ['N1'],
      'mes_data_collection:assembly': ['A2'],
      // Division 39 holds electronics assembly; A1 is assembly without digital control.
      'assembly_robots:assembly': ['A1'],
    });
    expect(r.namedTrade).toMatchObject({ division: '39', trade: { zh: '电子产品装配' } });
    for (const o of r.opportunities) expect(o.decision).toBeNull();
    await expectRulesMatchRowSets(core, enterpriseId, r);
  });

  it('estimates motor replacement by the §7 formula with the GB 18613 table, 4 poles assumed', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    const motors = find(await report(core, enterpriseId), 'motor_upgrade:motor_pump_fan');
    const m1 = row(motors, 'M1');
    // IE2 → IE4 at 37 kW, 4 poles: 111,000 × (1/0.927 − 1/0.952) = 3,144.46 kWh.
    expect(m1.saved.electricity).toBeCloseTo(111_000 * (1 / 0.927 - 1 / 0.952), 9);
    expect(m1.inputs).toMatchObject({
      ratedKw: 37,
      annualHours: 4000,
      hoursAssumed: false,
      loadFactor: 0.75,
      loadFactorAssumed: false,
      efficiencyOld: { class: 'IE2', efficiency: 0.927, tableKw: 37, tablePoles: 4, table: 'IEC 60034-30-1' },
      efficiencyNew: { class: 'IE4', efficiency: 0.952, tableKw: 37, tablePoles: 4, table: 'GB 18613-2020' },
    });
    // ¥500 per kW; the saving at ¥0.75 per kWh, to the fen.
    expect(m1.unitInvestmentFen).toBe(1_850_000);
    expect(m1.costSavingFen).toBe(Math.round(m1.saved.electricity! * 75));
    // M2: 7.3 kW is in the 5.5 kW band (IE1 84.7 %, IE4 91.9 %); 2,000 h and β 0.6 assumed; 2 units.
    const m2 = row(motors, 'M2');
    expect(m2.saved.electricity).toBeCloseTo(2 * 7.3 * 0.6 * 2000 * (1 / 0.847 - 1 / 0.919), 9);
    expect(m2.inputs).toMatchObject({
      hoursAssumed: true,
      loadFactorAssumed: true,
      annualHours: 2000,
      loadFactor: 0.6,
    });
    expect(m2.investmentFen).toBe(2 * 365_000);
    // M5 has no rated power: listed, not estimated.
    expect(row(motors, 'M5')).toMatchObject({ missing: ['rated_kw'], saved: {}, investmentFen: null });
    expect(motors.notEstimated).toEqual({ rows: 1, units: 1, missing: { rated_kw: 1 } });
    expect(motors.kwh).toBeCloseTo(m1.saved.electricity! + m2.saved.electricity!, 9);
    expect(motors.investmentFen).toBe(1_850_000 + 730_000);
    expect(motors.paybackYears).toBeCloseTo(2_580_000 / motors.costSavingFen, 12);
    expect(motors.tce).toBeCloseTo((motors.kwh * 0.1229) / 1000, 12);
    expect(motors.co2Tonnes).toBeCloseTo((motors.kwh * 0.5306) / 1000, 12);
    expect(motors.clauses.map((c) => c.citation)).toEqual(['深府办〔2015〕20号 第（八）条']);
    expect(motors.notes.map((n) => n.zh).join()).toContain('按 4 极计算');
    expect(motors.line).toMatchObject({
      category: 'equipment',
      relation: 'upgrades',
      name: { zh: 'IE4 高效电机' },
    });
  });

  it('through the finder, the worked example gives 4,236 kWh with an IE5 target', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    const r = await report(core, enterpriseId, { motorTargetClass: 'IE5', gridFactor: 'national_2023' });
    const m1 = row(find(r, 'motor_upgrade:motor_pump_fan'), 'M1');
    expect(Math.round(m1.saved.electricity!)).toBe(4236);
    expect(m1.unitInvestmentFen).toBe(37 * 800 * 100);
    expect(r.assumptions.values.motorTargetClass).toMatchObject({ value: 'IE5', isDefault: false });
  });

  it('estimates the fuel switches and the other measures from their stated assumptions', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    const r = await report(core, enterpriseId);
    // Compressors: 20 % of kW × h × β: C1 55 × 6,000 × 0.7, C3 22 × 5,000 × 0.8.
    const vsd = find(r, 'compressor_vsd:compressor');
    expect(vsd.kwh).toBeCloseTo(0.2 * (231_000 + 88_000), 9);
    expect(vsd.investmentFen).toBe((55 + 22) * 1000 * 100);

    // Diesel set: 200 kW × 100 h (assumed) × 0.6 = 12,000 kWh a year generated.
    const genset = find(r, 'gas_generator:generator');
    expect(genset.saved.diesel).toBeCloseTo(3000, 9);
    expect(genset.saved.natural_gas).toBeCloseTo(-3600, 9);
    expect(genset.costSavingFen).toBe(1_332_000); // 3,000 × ¥9 − 3,600 × ¥3.8
    expect(genset.co2Tonnes).toBeCloseTo(3.0959 * 3 - 2.1622 * 3.6, 3);
    expect(genset.paybackYears).toBeCloseTo(300_000 / 13_320, 9);

    // Coal boiler: 700 kW × 3,000 h × 0.6 × 3.6 = 4,536,000 MJ of heat a year.
    const boilers = find(r, 'boiler_fuel_switch:boiler');
    const heat = 4_536_000;
    expect(row(boilers, 'B1').saved.coal).toBeCloseTo(heat / 0.7 / (0.7143 * MJ_PER_KGCE), 6);
    expect(row(boilers, 'B1').saved.natural_gas).toBeCloseTo(-heat / 0.92 / (1.2143 * MJ_PER_KGCE), 6);
    expect(boilers.tce).toBeCloseTo(((heat / MJ_PER_KGCE) * (1 / 0.7 - 1 / 0.92)) / 1000, 9);
    expect(row(boilers, 'B2').missing).toEqual(['rated_kw']);
    // Gas costs more than coal here: the switch pays in tce and CO₂, not in money.
    expect(boilers.costSavingFen).toBeLessThan(0);
    expect(boilers.paybackYears).toBeNull();

    // Renewal: price from the original value; 10 % of the estimated electricity.
    const press = find(r, 'renew_over_age:press');
    expect(press).toMatchObject({ investmentFen: 15_000_000, kwh: 0.1 * 15 * 2000 * 0.6 });
    expect(find(r, 'retire_idle:motor_pump_fan')).toMatchObject({
      retirement: true,
      investmentFen: 0,
      costSavingFen: 0,
      paybackYears: null,
      line: { category: 'other', relation: 'retires' },
    });
    const mes = find(r, 'mes_data_collection:machine_tool');
    expect(mes).toMatchObject({ units: 4, investmentFen: 4 * 800_000, costSavingFen: 0, paybackYears: null });
    expect(mes.line).toMatchObject({ category: 'software', intelligent: true });

    // Robots at 3 stations: 6 operators × ¥90,000 less 3 kW × 2,000 h × 0.6 × 3 at ¥0.75.
    const robots = find(r, 'assembly_robots:assembly');
    expect(robots).toMatchObject({
      labourPersons: 6,
      kwh: -10_800,
      costSavingFen: 53_190_000,
      investmentFen: 75_000_000,
    });
    expect(robots.clauses.map((c) => c.clause)).toEqual(['五', '四']);
  });

  it('names the proposals that share rows, so a project does not count them twice', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    const r = await report(core, enterpriseId);
    const c3 = ['motor_upgrade:compressor', 'compressor_vsd:compressor', 'renew_over_age:compressor'].map(
      (k) => find(r, k),
    );
    for (const o of c3)
      expect(o.overlaps.sort()).toEqual(
        c3
          .filter((x) => x !== o)
          .map((x) => x.id)
          .sort(),
      );
    expect(find(r, 'motor_upgrade:motor_pump_fan').overlaps).toEqual([]);
  });

  it('follows the user’s assumptions, and says which are defaults', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    const base = await report(core, enterpriseId);
    const r = await report(core, enterpriseId, {
      electricityPriceYuanPerKwh: 1.5,
      motorPoles: 2,
      designLifeYears: { press: 30 },
      gridFactor: 'carbon_market',
    });
    const m1 = row(find(r, 'motor_upgrade:motor_pump_fan'), 'M1');
    // 2 poles: GB grade 2 at 37 kW is 94.8 %; IE2 stays the 4-pole value.
    expect(m1.inputs.efficiencyNew).toMatchObject({ efficiency: 0.948, tablePoles: 2 });
    expect(m1.costSavingFen).toBe(Math.round(m1.saved.electricity! * 150));
    expect(
      find(r, 'motor_upgrade:motor_pump_fan')
        .notes.map((n) => n.en)
        .join(),
    ).toContain('2 poles as set');
    expect(rowsOf(r)['renew_over_age:press']).toBeUndefined();
    expect(find(r, 'compressor_vsd:compressor').co2Tonnes).toBeCloseTo(
      (find(base, 'compressor_vsd:compressor').kwh * 0.5703) / 1000,
      9,
    );
    expect(r.assumptions.values.electricityPriceYuanPerKwh).toMatchObject({
      value: 1.5,
      default: 0.75,
      isDefault: false,
    });
    expect(base.assumptions.values.defaultAnnualHours).toMatchObject({
      value: 2000,
      isDefault: true,
      unit: 'h/yr',
    });
    for (const v of Object.values(base.assumptions.values))
      expect(v.basis.zh.length * v.basis.en.length).toBeGreaterThan(0);
  });

  it('keeps a proposal’s id while its rows stay, and gives a new one when they change', async () => {
    const { core, enterpriseId, ids } = await openOpportunityRegister();
    const before = await report(core, enterpriseId);
    await core.call('equipment.update', { enterpriseId, id: ids.M1!, changes: { annual_hours: 5000 } });
    const edited = await report(core, enterpriseId);
    expect(edited.opportunities.map((o) => o.id)).toEqual(before.opportunities.map((o) => o.id));
    await addRows(core, enterpriseId, {
      M6: {
        name: '新风机',
        category: 'motor_pump_fan',
        quantity: 1,
        rated_kw: 4,
        efficiency_class: 'IE1',
        energy_source: 'electricity',
      },
    });
    const grown = await report(core, enterpriseId);
    const id = (r: OpportunityReport, key: string) => find(r, key).id;
    expect(id(grown, 'motor_upgrade:motor_pump_fan')).not.toBe(id(before, 'motor_upgrade:motor_pump_fan'));
    expect(id(grown, 'motor_upgrade:compressor')).toBe(id(before, 'motor_upgrade:compressor'));
    expect(id(before, 'motor_upgrade:compressor')).toMatch(/^motor_upgrade:compressor:[0-9a-f]{8}$/);
  });

  it('lists as few rows as asked, keeping ids, counts and totals of all of them', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    const full = await report(core, enterpriseId);
    const cut = await core.call('opportunities.list', { enterpriseId, rowLimit: 1 });
    expect(cut.opportunities.map((o) => [o.id, o.rows.length, o.rowCount, o.kwh, o.investmentFen])).toEqual(
      full.opportunities.map((o) => [
        o.id,
        Math.min(1, o.rows.length),
        o.rows.length,
        o.kwh,
        o.investmentFen,
      ]),
    );
    expect(find(cut, 'motor_upgrade:motor_pump_fan').rows.map((r) => r.assetCode)).toEqual(['M1']);
  });

  it('proposes robots only in the trades clause （五） names', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    await core.call('enterprise.update', { id: enterpriseId, changes: { industryDivision: '26' } });
    const r = await report(core, enterpriseId);
    expect(r.namedTrade).toBeNull();
    expect(r.opportunities.map((o) => o.rule)).not.toContain('assembly_robots');
  });
});

describe('finder rules on the indicators’ small register', () => {
  it('name the rows the indicators and readiness actions count', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    const r = await report(core, enterpriseId);
    expect(rowsOf(r)).toEqual({
      'motor_upgrade:machine_tool': ['R2'],
      'motor_upgrade:compressor': ['R8'],
      'compressor_vsd:compressor': ['R8'],
      'gas_generator:generator': ['R11'],
      'boiler_fuel_switch:boiler': ['R13', 'R14'],
      'renew_over_age:machine_tool': ['R2'],
      'renew_over_age:smt': ['R5'],
      'renew_over_age:compressor': ['R8'],
      'renew_over_age:boiler': ['R13'],
      'renew_over_age:generator': ['R11'],
      'renew_over_age:hvac': ['R10'],
      'renew_over_age:forklift': ['R17'],
      'retire_idle:machine_tool': ['R6'],
      'mes_data_collection:injection_molding': ['R4'],
      'mes_data_collection:robot': ['R3'],
    });
    await expectRulesMatchRowSets(core, enterpriseId, r);
  });
});
