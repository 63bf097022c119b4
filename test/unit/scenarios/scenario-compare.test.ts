/**
 * Comparing scenarios on a real workspace: every money figure is the sum of the projects' own
 * (which projects.get and funding.evaluate give independently), the support counted is the best
 * eligible programme, and the readiness "after the plan" is what readiness.compute gives once the
 * register really is changed as the comparison says it assumed.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { MethodInput } from '../../../shared/api/contract';
import type { ProjectDetail } from '../../../shared/projects/projects-api';
import type { RowChange } from '../../../shared/scenarios/register-after-plan';
import { testPack, testProgramme } from '../support/pack-builders';
import { openScenarioRegister, TEST_PACK } from './scenario-fixture';

const YEAR = 2026;

/** The best eligible programme of the test pack, from funding.evaluate, as the rule says. */
async function expectedSupport(core: Core, p: ProjectDetail) {
  const evaluation = await core.call('funding.evaluate', { projectId: p.id });
  const programmes = evaluation.packs.find((x) => x.packId === TEST_PACK.id)!.programmes;
  const eligible = programmes.filter((x) => x.status === 'eligible' && (x.estimatedSupportFen ?? 0) > 0);
  const best = eligible.reduce((a, b) => (b.estimatedSupportFen! > a.estimatedSupportFen! ? b : a));
  return { id: best.programmeId, fen: Math.min(best.estimatedSupportFen!, p.figures.investment.totalFen) };
}

describe('scenarios.compare: money', () => {
  it('judges each project on the facts stated for it: a filed project gets the programme that needs filing', async () => {
    const { core, enterpriseId, energy } = await openScenarioRegister();
    await core.call('funding.packs.import', {
      text: JSON.stringify(
        testPack('filed-test', { zh: '备案项目资助', en: 'Filed projects' }, [
          testProgramme({
            id: 'filed-rate',
            name: { zh: '备案补贴', en: 'Filed subsidy' },
            eligibility: { field: 'project.filed', op: 'eq', value: true },
            support: { kind: 'rate', base: ['project.eligibleInvestmentYuan'], rate: 0.5 },
            source: { document: '测试〔2026〕9号' },
          }),
        ]),
      ),
    });
    const support = async () => {
      const cmp = await core.call('scenarios.compare', {
        enterpriseId,
        year: YEAR,
        sets: [{ name: '节能', projectIds: [energy.id] }],
      });
      return cmp.scenarios[0]!.figures.projects[0]!.support;
    };
    const before = await support();
    expect(before.programme?.programmeId).toBe('open-rate');
    expect(before.undetermined.map((u) => u.programmeId)).toContain('filed-rate');

    await core.call('projects.update', { id: energy.id, changes: { statedFacts: { filed: true } } });
    const after = await support();
    const eligibleFen = (await core.call('projects.get', { id: energy.id })).figures.investment.eligibleFen;
    expect(after.programme?.programmeId).toBe('filed-rate');
    expect(after.supportFen).toBe(
      Math.min(Math.floor(eligibleFen * 0.5), energy.figures.investment.totalFen),
    );
    expect(after.supportFen).toBeGreaterThan(before.supportFen);
  });

  it('adds up the projects exactly and counts one programme per project, the one giving most', async () => {
    const { core, enterpriseId, energy, smart } = await openScenarioRegister();
    const cmp = await core.call('scenarios.compare', {
      enterpriseId,
      year: YEAR,
      sets: [
        { name: '节能', projectIds: [energy.id] },
        { name: '智能', projectIds: [smart.id] },
        { name: '全部', projectIds: [energy.id, smart.id] },
      ],
    });
    expect(cmp.scenarios.map((s) => [s.name, s.scenarioId, s.projectIds])).toEqual([
      ['节能', null, [energy.id]],
      ['智能', null, [smart.id]],
      ['全部', null, [energy.id, smart.id]],
    ]);
    // Independent figures: the projects as projects.get gives them now.
    const e = await core.call('projects.get', { id: energy.id });
    const s = await core.call('projects.get', { id: smart.id });
    const lines = (p: ProjectDetail) => p.lines.reduce((t, l) => t + l.amountFen, 0);
    const eSupport = await expectedSupport(core, e);
    const sSupport = await expectedSupport(core, s);
    // The green project only meets the open subsidy: 10 % of eligible spend, capped at ¥100,000.
    expect(eSupport).toEqual({
      id: 'open-rate',
      fen: Math.min(Math.round(e.figures.investment.eligibleFen * 0.1), 10_000_000),
    });
    // The intelligent one also meets the smart award, 20 % of its (large) intelligent part.
    expect(sSupport.id).toBe('smart-rate');
    expect(sSupport.fen).toBe(Math.round(s.figures.investment.intelligentEligibleFen * 0.2));
    expect(sSupport.fen).toBeGreaterThan(10_000_000);

    const all = cmp.scenarios[2]!.figures;
    expect(all.investment.totalFen).toBe(lines(e) + lines(s));
    expect(all.investment.totalFen).toBe(e.figures.investment.totalFen + s.figures.investment.totalFen);
    for (const c of ['equipment', 'software', 'installation', 'construction', 'other'] as const) {
      expect(all.investment.byCategory[c]).toBe(
        e.figures.investment.byCategory[c] + s.figures.investment.byCategory[c],
      );
    }
    expect(all.investment.eligibleFen).toBe(
      e.figures.investment.eligibleFen + s.figures.investment.eligibleFen,
    );
    expect(all.supportFen).toBe(eSupport.fen + sSupport.fen);
    expect(all.netCostFen).toBe(all.investment.totalFen - eSupport.fen - sSupport.fen);
    expect(
      all.projects.map((p) => [p.projectId, p.support.programme?.programmeId, p.support.supportFen]),
    ).toEqual([
      [e.id, 'open-rate', eSupport.fen],
      [s.id, 'smart-rate', sSupport.fen],
    ]);
    // The district programme cannot be judged (no district in the profile): listed, not counted.
    expect(all.projects[0]!.support.undetermined.map((u) => u.programmeId)).toEqual(['district-only']);
    expect(all.projects[1]!.support.eligibleCount).toBe(2);

    const saving = e.figures.benefits.annualCostSavingFen + s.figures.benefits.annualCostSavingFen;
    expect(all.savings.annualCostSavingFen).toBe(saving);
    expect(all.savings.kwh).toBeCloseTo(
      (e.figures.benefits.energy.electricity ?? 0) + (s.figures.benefits.energy.electricity ?? 0),
      9,
    );
    expect(all.savings.energy.diesel).toBeCloseTo(e.figures.benefits.energy.diesel!, 9);
    expect(all.savings.tce).toBeCloseTo(e.figures.benefits.tce + s.figures.benefits.tce, 9);
    expect(all.savings.co2Tonnes).toBeCloseTo(e.figures.benefits.co2Tonnes + s.figures.benefits.co2Tonnes, 9);
    expect(all.savings.labourPersons).toBe(s.figures.benefits.labourPersons);
    expect(all.returns.simplePaybackYears).toBeCloseTo(all.netCostFen / saving, 12);
    expect(all.grossPaybackYears).toBeCloseTo(all.investment.totalFen / saving, 12);
    // Both projects keep the defaults (8 %, 10 years): NPV of −net now and the saving for 10 years.
    expect(all.returnsBasis).toBe('projects');
    let npv = -all.netCostFen;
    for (let t = 1; t <= 10; t++) npv += saving / 1.08 ** t;
    expect(all.returns.npvFen).toBe(Math.round(npv));
    // One scenario's figures are the other two's summed.
    const [one, two] = cmp.scenarios.map((x) => x.figures);
    expect(one!.netCostFen + two!.netCostFen).toBe(all.netCostFen);
  });

  it('takes the rate and horizon asked for, and flags a programme two projects of a set both chose', async () => {
    const { core, enterpriseId, energy } = await openScenarioRegister();
    const other = await core.call('projects.create', { enterpriseId, name: '照明', direction: 'green' });
    await core.call('projects.addLine', {
      projectId: other.id,
      line: { category: 'equipment', name: 'LED', quantity: 10, unitPriceFen: 50_000 },
    });
    const cmp = await core.call('scenarios.compare', {
      enterpriseId,
      sets: [{ name: 'A', projectIds: [energy.id, other.id] }],
      discountRate: 0.05,
      horizonYears: 5,
    });
    const f = cmp.scenarios[0]!.figures;
    expect(f.returnsBasis).toBe('requested');
    expect(f.returns).toMatchObject({ discountRate: 0.05, horizonYears: 5 });
    expect(f.returns.cashFlowsFen).toHaveLength(6);
    expect(f.projects.map((p) => p.support.sharedWith)).toEqual([[other.id], [energy.id]]);
    // A project without savings has no payback.
    expect(f.projects[1]!.simplePaybackYears).toBeNull();
    expect(f.projects[1]!.netCostFen).toBe(500_000 - 50_000);
  });
});

type Row = MethodInput<'equipment.update'>['changes'];

/** The register edit that makes a row what the comparison assumed it becomes. */
function editOf(change: RowChange): Row {
  if (change.outcome === 'retired') return { status: 'retired' };
  const edit: Row = { status: 'in_service' };
  for (const f of change.fields) {
    if (f.field === 'category') edit.category = f.to as Row['category'];
    if (f.field === 'cnc') edit.cnc = f.to as boolean;
    if (f.field === 'networked') edit.networked = f.to as boolean;
    if (f.field === 'energySource') edit.energy_source = f.to as Row['energy_source'];
    if (f.field === 'efficiencyClass') edit.efficiency_class = f.to as Row['efficiency_class'];
    if (f.field === 'year') edit.year_commissioned = f.to as number;
    if (f.field === 'valueFen') edit.original_value_yuan = (f.to as number) / 100;
  }
  return edit;
}

describe('scenarios.compare: readiness after the plan', () => {
  it('before is readiness.compute now; after is readiness.compute once the register is changed as assumed', async () => {
    const { core, enterpriseId, energy, smart } = await openScenarioRegister();
    const now = await core.call('readiness.compute', { enterpriseId, year: YEAR });
    const cmp = await core.call('scenarios.compare', {
      enterpriseId,
      year: YEAR,
      sets: [{ name: '全部', projectIds: [energy.id, smart.id] }],
    });
    expect(cmp.baseline.scores.map((s) => [s.key, s.score])).toEqual(now.scores.map((s) => [s.key, s.score]));
    expect(cmp.baseline.measures).toEqual(now.measures);
    const plan = cmp.scenarios[0]!;
    expect(plan.changes.rows).toHaveLength(plan.changes.linkedRows);
    // Every score rises: motors, generator and boilers (energy), networking and robots (smart factory, automation).
    for (const s of plan.readinessAfter.scores) expect(plan.readinessDelta[s.key]).toBeGreaterThan(0);

    for (const change of plan.changes.rows) {
      if (change.outcome === 'unchanged') continue;
      await core.call('equipment.update', { enterpriseId, id: change.equipmentId, changes: editOf(change) });
    }
    const done = await core.call('readiness.compute', { enterpriseId, year: YEAR });
    expect(plan.readinessAfter.scores.map((s) => [s.key, s.score])).toEqual(
      done.scores.map((s) => [s.key, s.score]),
    );
    for (const key of Object.keys(done.measures) as (keyof typeof done.measures)[]) {
      const a = plan.readinessAfter.measures[key];
      const b = done.measures[key];
      expect({ key, n: a.numerator, d: a.denominator }).toEqual({
        key,
        n: expect.closeTo(b.numerator, 6) as number,
        d: expect.closeTo(b.denominator, 6) as number,
      });
    }
  });

  it('lists each linked row once with the change assumed and the lines behind it', async () => {
    const { core, enterpriseId, ids, energy, smart } = await openScenarioRegister();
    const cmp = await core.call('scenarios.compare', {
      enterpriseId,
      year: YEAR,
      sets: [{ name: '全部', projectIds: [energy.id, smart.id] }],
    });
    const { changes } = cmp.scenarios[0]!;
    const row = (label: string) => changes.rows.find((r) => r.equipmentId === ids[label])!;
    const fields = (label: string) =>
      Object.fromEntries(row(label).fields.map((f) => [f.field, [f.from, f.to]]));
    // Motors: IE4 (the line says "IE4 高效电机"), nothing else.
    expect(row('M2')).toMatchObject({ outcome: 'upgraded', quantity: 2 });
    expect(fields('M2')).toEqual({ efficiencyClass: ['IE1', 'IE4'] });
    expect(row('M2').causes).toEqual([
      { projectId: energy.id, lineId: expect.any(Number), relation: 'upgrades', mapping: 'motor_upgrade' },
    ]);
    // The diesel set: gas, a new machine of the project's end year, valued at its line's amount
    // (here the same as the register's value, so no value change is listed).
    const amount = (rule: string) => energy.lines.find((l) => l.opportunityId?.startsWith(rule))!.amountFen;
    expect(amount('gas_generator')).toBe(30_000_000);
    expect(fields('G1')).toEqual({ energySource: ['diesel', 'natural_gas'], year: [2015, 2026] });
    expect(row('G1').outcome).toBe('replaced');
    // The coal boiler had no value in the register: it takes its line's amount.
    expect(fields('B1')).toEqual({
      energySource: ['coal', 'natural_gas'],
      year: [2016, 2026],
      valueFen: [null, energy.lines.find((l) => l.name.includes('B1'))!.amountFen],
    });
    // The oil boiler had no power, so no price: its value stays unknown.
    expect(fields('B2')).toEqual({ energySource: ['fuel_oil', 'natural_gas'], year: [2018, 2026] });
    // Compressors renewed as variable-speed ones: new, and at least IE3 by GB 18613-2020.
    expect(fields('C3')).toMatchObject({ efficiencyClass: ['IE1', 'IE3'], year: [2005, 2026] });
    // MES networks the CNC machines; robots turn the manual assembly line into robots.
    expect(fields('N1')).toEqual({ networked: [false, true] });
    expect(fields('A1')).toEqual({ category: ['assembly', 'robot'], cnc: [false, true], year: [2021, 2026] });
    // The old press is renewed (no start/end date on the smart project's end: its start year).
    expect(fields('O1')).toMatchObject({ year: [2000, 2026] });
    // The idle motor is retired, but idle rows are not in service: nothing changes.
    expect(row('M4')).toMatchObject({ outcome: 'unchanged', reason: 'not_in_service', fields: [] });
    expect(changes.unchangedBy.not_in_service).toEqual({ rows: 1, units: 1 });
    expect(changes.byOutcome.retired).toEqual({ rows: 0, units: 0 });
    // Tallies add up the rows: IE1 → IE4 motors are M2 (2 units) only.
    expect(
      changes.tallies.find((t) => t.field === 'efficiencyClass' && t.from === 'IE1' && t.to === 'IE4'),
    ).toEqual({ field: 'efficiencyClass', from: 'IE1', to: 'IE4', rows: 1, units: 2 });
    const counted = Object.values(changes.byOutcome).reduce((t, c) => t + c.rows, 0);
    expect(counted).toBe(changes.linkedRows);
    // The mappings are described in both languages.
    expect(cmp.mappings.motor_upgrade.zh).toContain('IE4');
    expect(cmp.mappings.assembly_robots.en).toContain('robot');
  });

  it('a row named by two projects is changed once, with both changes', async () => {
    const { core, enterpriseId, ids, energy } = await openScenarioRegister();
    // By hand: renew the cooling pump M1 that the energy project upgrades to IE4.
    const renew = await core.call('projects.create', {
      enterpriseId,
      name: '水泵更新',
      direction: 'renewal',
      endDate: '2025-12-31',
    });
    await core.call('projects.addLine', {
      projectId: renew.id,
      line: {
        category: 'equipment',
        name: '新水泵',
        quantity: 1,
        unitPriceFen: 3_000_000,
        equipment: [{ equipmentId: ids.M1!, relation: 'replaces' }],
      },
    });
    const cmp = await core.call('scenarios.compare', {
      enterpriseId,
      year: YEAR,
      sets: [
        { name: '节能', projectIds: [energy.id] },
        { name: '两者', projectIds: [energy.id, renew.id] },
      ],
    });
    const [alone, both] = cmp.scenarios;
    const m1 = both!.changes.rows.filter((r) => r.equipmentId === ids.M1);
    expect(m1).toHaveLength(1);
    expect(m1[0]!.outcome).toBe('replaced');
    expect(Object.fromEntries(m1[0]!.fields.map((f) => [f.field, f.to]))).toEqual({
      efficiencyClass: 'IE4',
      year: 2025,
      valueFen: 3_000_000,
    });
    expect(m1[0]!.causes.map((c) => c.mapping).sort()).toEqual(['motor_upgrade', 'replaces']);
    expect(both!.changes.linkedRows).toBe(alone!.changes.linkedRows);
    // The units in service stay what they were: M1 was taken out once and put back once.
    const units = (m: typeof cmp.baseline.measures) => m.year_known_share.denominator;
    expect(units(both!.readinessAfter.measures)).toBe(units(cmp.baseline.measures));
  });

  it('hand-entered lines: retires removes the row, replaces/upgrades marked intelligent make it networked', async () => {
    const { core, enterpriseId, ids } = await openScenarioRegister();
    const p = await core.call('projects.create', { enterpriseId, name: '手工', direction: 'intelligent' });
    const link = (label: string, relation: 'replaces' | 'upgrades' | 'retires') => [
      { equipmentId: ids[label]!, relation },
    ];
    const add = (line: MethodInput<'projects.addLine'>['line']) =>
      core.call('projects.addLine', { projectId: p.id, line });
    await add({
      category: 'other',
      name: '报废',
      quantity: 1,
      unitPriceFen: 0,
      equipment: link('C2', 'retires'),
    });
    await add({
      category: 'equipment',
      name: '数控冲床',
      quantity: 1,
      unitPriceFen: 1_000_001,
      intelligent: true,
      equipment: [...link('O1', 'replaces'), ...link('A2', 'replaces')],
    });
    await add({
      category: 'software',
      name: '联网',
      quantity: 1,
      unitPriceFen: 100,
      intelligent: true,
      equipment: link('N2', 'upgrades'),
    });
    await add({
      category: 'installation',
      name: '检修',
      quantity: 1,
      unitPriceFen: 100,
      equipment: link('M3', 'upgrades'),
    });
    await add({
      category: 'other',
      name: '删掉的',
      quantity: 1,
      unitPriceFen: 100,
      equipment: link('G2', 'upgrades'),
    });
    await core.call('equipment.delete', { enterpriseId, ids: [ids.G2!] });

    const cmp = await core.call('scenarios.compare', {
      enterpriseId,
      year: YEAR,
      sets: [{ name: '手工', projectIds: [p.id] }],
    });
    const { changes } = cmp.scenarios[0]!;
    const row = (label: string) => changes.rows.find((r) => r.equipmentId === ids[label])!;
    expect(row('C2')).toMatchObject({
      outcome: 'retired',
      causes: [expect.objectContaining({ mapping: 'retires' })],
    });
    expect(row('O1').outcome).toBe('replaced');
    expect(row('O1').fields).toEqual(
      expect.arrayContaining([
        { field: 'cnc', from: false, to: true },
        { field: 'networked', from: false, to: true },
        { field: 'year', from: 2000, to: YEAR },
      ]),
    );
    // The line's ¥10,000.01 is shared by units: O1 has 1, A2 has 1; the odd fen goes to one of them.
    const value = (label: string) => row(label).fields.find((f) => f.field === 'valueFen')?.to as number;
    expect(value('O1') + value('A2')).toBe(1_000_001);
    expect(Math.abs(value('O1') - value('A2'))).toBe(1);
    // N2 is already networked: nothing to change. M3's upgrade says nothing the register records.
    expect(row('N2')).toMatchObject({ outcome: 'unchanged', reason: 'nothing_assumed' });
    expect(row('M3')).toMatchObject({ outcome: 'unchanged', reason: 'nothing_assumed' });
    expect(row('G2')).toMatchObject({ outcome: 'unchanged', reason: 'deleted' });
    // The retired compressor leaves the units in service.
    const units = (m: typeof cmp.baseline.measures) => m.year_known_share.denominator;
    expect(units(cmp.scenarios[0]!.readinessAfter.measures)).toBe(units(cmp.baseline.measures) - 1);
    // rowLimit cuts the list, never the tallies.
    const short = await core.call('scenarios.compare', {
      enterpriseId,
      year: YEAR,
      sets: [{ name: '手工', projectIds: [p.id] }],
      rowLimit: 1,
    });
    expect(short.scenarios[0]!.changes.rows).toHaveLength(1);
    expect(short.scenarios[0]!.changes.tallies).toEqual(changes.tallies);
  });
});
