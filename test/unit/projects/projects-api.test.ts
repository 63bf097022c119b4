/**
 * Projects through the API on real workspaces: the plan, its line items linked to register rows,
 * financing and benefits, delete with undo, what survives a reopen, and the payloads refused
 * before anything is written.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { WireError } from '../../../shared/api/errors';
import type { CoreEvent } from '../../../shared/api/events';
import { LANGS, message } from '../../../shared/i18n/messages';
import { DAY, expectAppError, expectWireError, fakeClock, readRaw, tempWorkspace } from '../core/helpers';
import { addRows, NOW, OPPORTUNITY_ENTERPRISE } from '../opportunities/opportunity-register';

async function workspace() {
  const ws = tempWorkspace();
  const clock = fakeClock(NOW);
  const core = await ws.open({ now: clock.now });
  const events: CoreEvent[] = [];
  core.onEvent((e) => events.push(e));
  const enterpriseId = (await core.call('enterprise.create', OPPORTUNITY_ENTERPRISE)).id;
  const ids = await addRows(core, enterpriseId, {
    P1: {
      name: '冲床',
      category: 'press',
      quantity: 2,
      year_commissioned: 2001,
      original_value_yuan: 80_000,
    },
    P2: { name: '注塑机', category: 'injection_molding', quantity: 1, year_commissioned: 2010 },
  });
  return { ws, clock, core, events, enterpriseId, ids };
}

const projectCount = (file: string) =>
  readRaw(file, (db) => db.prepare('SELECT count(*) FROM project').pluck().get() as number);

describe('projects', () => {
  it('creates a project with the defaults stated, and updates its plan', async () => {
    const { core, enterpriseId, events } = await workspace();
    const created = await core.call('projects.create', {
      enterpriseId,
      name: '  冲压线自动化改造 ',
      direction: 'intelligent',
      startDate: '2026-04-01',
    });
    expect(created).toMatchObject({
      id: expect.any(Number),
      enterpriseId,
      name: '冲压线自动化改造',
      direction: 'intelligent',
      status: 'draft',
      startDate: '2026-04-01',
      endDate: null,
      milestones: [],
      discountRate: 0.08,
      horizonYears: 10,
      energyBasis: {},
      lines: [],
      financing: [],
      benefits: [],
    });
    expect(created.figures.investment.totalFen).toBe(0);
    expect(created.figures.benefits.energyBasis.gridFactor.key).toBe('national_2023');
    expect(events).toContainEqual({ type: 'workspace-changed', scope: 'projects' });

    const updated = await core.call('projects.update', {
      id: created.id,
      changes: {
        endDate: '2026-12-31',
        status: 'planned',
        milestones: [{ name: '设备到货', date: '2026-08-01' }, { name: '验收' }],
        discountRate: 0.06,
        horizonYears: 12,
        energyBasis: { gridFactor: 'southern_grid_2023', electricityCoal: 'equal' },
      },
    });
    expect(updated).toMatchObject({
      name: '冲压线自动化改造',
      startDate: '2026-04-01',
      endDate: '2026-12-31',
      status: 'planned',
      milestones: [
        { name: '设备到货', date: '2026-08-01', done: false },
        { name: '验收', date: null, done: false },
      ],
    });
    expect(updated.figures.returns).toMatchObject({ discountRate: 0.06, horizonYears: 12 });
    expect(updated.figures.benefits.energyBasis).toMatchObject({
      gridFactor: { key: 'southern_grid_2023', kgPerKwh: 0.4042, year: 2023 },
      electricityCoal: 'equal',
    });
    // The end may not move before the stored start.
    const wire = await expectWireError(
      core,
      'projects.update',
      { id: created.id, changes: { endDate: '2026-03-01' } },
      'VALIDATION',
    );
    expect(wire.issues).toEqual([
      { path: ['changes', 'endDate'], key: 'projects.endBeforeStart', params: {} },
    ]);
  });

  it('adds, changes and removes line items, financing and benefits; figures follow', async () => {
    const { core, enterpriseId, ids } = await workspace();
    const p = await core.call('projects.create', { enterpriseId, name: '冲床更新', direction: 'renewal' });
    let d = await core.call('projects.addLine', {
      projectId: p.id,
      line: {
        category: 'equipment',
        name: '伺服冲床',
        model: 'SP-200',
        quantity: 2,
        unitPriceFen: 45_200_000,
        supplier: '某机床厂',
        origin: 'domestic',
        deductibleVatRate: 0.13,
        equipment: [{ equipmentId: ids.P1!, relation: 'replaces' }],
      },
    });
    const lineId = d.lines[0]!.id;
    expect(d.lines[0]).toMatchObject({
      amountFen: 90_400_000,
      intelligent: false,
      opportunityId: null,
      equipment: [{ equipmentId: ids.P1, relation: 'replaces', assetCode: 'P1', name: '冲床', live: true }],
    });
    d = await core.call('projects.addLine', {
      projectId: p.id,
      line: { category: 'installation', name: '安装调试', quantity: 1, unitPriceFen: 3_000_000 },
    });
    // Equipment 904,000 with VAT 104,000 inside; installation 30,000.
    expect(d.figures.investment).toMatchObject({ totalFen: 93_400_000, eligibleFen: 83_000_000 });

    d = await core.call('projects.updateLine', {
      projectId: p.id,
      lineId,
      changes: { quantity: 1.5, model: null },
    });
    expect(d.lines[0]).toMatchObject({
      quantity: 1.5,
      amountFen: 67_800_000,
      model: null,
      supplier: '某机床厂',
    });
    expect(d.figures.investment.totalFen).toBe(67_800_000 + 3_000_000);

    d = await core.call('projects.addFinancing', {
      projectId: p.id,
      financing: { kind: 'loan', source: '某银行', amountFen: 50_000_000, annualRate: 0.04, termYears: 5 },
    });
    const financingId = d.financing[0]!.id;
    d = await core.call('projects.updateFinancing', {
      projectId: p.id,
      financingId,
      changes: { amountFen: 60_000_000 },
    });
    expect(d.figures.financing).toMatchObject({
      totalFen: 60_000_000,
      unfinancedFen: 70_800_000 - 60_000_000,
    });

    d = await core.call('projects.addBenefit', {
      projectId: p.id,
      benefit: {
        label: '节电与减员',
        energy: [{ source: 'electricity', quantity: 20_000 }],
        annualCostSavingFen: 10_000_000,
        labourPersons: 1,
      },
    });
    const benefitId = d.benefits[0]!.id;
    expect(d.benefits[0]).toMatchObject({ annualOutputValueFen: 0, otherCo2Tonnes: 0, opportunityId: null });
    d = await core.call('projects.updateBenefit', {
      projectId: p.id,
      benefitId,
      changes: { energy: [{ source: 'natural_gas', quantity: 500 }] },
    });
    expect(d.benefits[0]!.energy).toEqual([{ source: 'natural_gas', quantity: 500 }]);
    expect(d.figures.returns.simplePaybackYears).toBeCloseTo(7.08, 2);

    expect((await core.call('projects.removeLine', { projectId: p.id, itemId: lineId })).lines).toHaveLength(
      1,
    );
    expect(
      (await core.call('projects.removeFinancing', { projectId: p.id, itemId: financingId })).financing,
    ).toEqual([]);
    d = await core.call('projects.removeBenefit', { projectId: p.id, itemId: benefitId });
    expect([d.lines.length, d.financing.length, d.benefits.length]).toEqual([1, 0, 0]);
    expect(d.figures.investment.totalFen).toBe(3_000_000);

    // An item is reached only through its own project.
    const other = await core.call('projects.create', { enterpriseId, name: '另一个', direction: 'green' });
    const error = await expectAppError(
      core.call('projects.removeLine', { projectId: other.id, itemId: d.lines[0]!.id }),
      'NOT_FOUND',
    );
    expect(error.params).toEqual({ what: 'projectItem', id: d.lines[0]!.id });
  });

  it('links only to live rows of its own enterprise, and shows a row deleted since', async () => {
    const { core, enterpriseId, ids } = await workspace();
    const elsewhere = (await core.call('enterprise.create', { name: '别家企业' })).id;
    const [theirs] = Object.values(
      await addRows(core, elsewhere, { X1: { name: '车床', category: 'machine_tool', quantity: 1 } }),
    );
    const p = await core.call('projects.create', { enterpriseId, name: '改造', direction: 'renewal' });
    const wire = await expectWireError(
      core,
      'projects.addLine',
      {
        projectId: p.id,
        line: {
          category: 'equipment',
          name: '新车床',
          quantity: 1,
          unitPriceFen: 1,
          equipment: [
            { equipmentId: ids.P2, relation: 'replaces' },
            { equipmentId: theirs, relation: 'replaces' },
          ],
        },
      },
      'VALIDATION',
    );
    expect(wire.issues).toEqual([
      {
        path: ['line', 'equipment', 1, 'equipmentId'],
        key: 'projects.equipmentNotFound',
        params: { id: theirs },
      },
    ]);
    expect((await core.call('projects.get', { id: p.id })).lines).toEqual([]);

    await core.call('projects.addLine', {
      projectId: p.id,
      line: {
        category: 'equipment',
        name: '新注塑机',
        quantity: 1,
        unitPriceFen: 1,
        equipment: [{ equipmentId: ids.P2!, relation: 'replaces' }],
      },
    });
    await core.call('equipment.delete', { enterpriseId, ids: [ids.P2!] });
    const after = await core.call('projects.get', { id: p.id });
    expect(after.lines[0]!.equipment).toEqual([
      { equipmentId: ids.P2, relation: 'replaces', assetCode: 'P2', name: '注塑机', live: false },
    ]);
  });

  it('lists projects newest first, deletes with undo, purges after 30 days, and survives a reopen', async () => {
    const { ws, clock, core, enterpriseId } = await workspace();
    const a = await core.call('projects.create', { enterpriseId, name: 'A', direction: 'green' });
    clock.advance(1000);
    const b = await core.call('projects.create', { enterpriseId, name: 'B', direction: 'expand' });
    await core.call('projects.addLine', {
      projectId: b.id,
      line: { category: 'software', name: 'MES', quantity: 1, unitPriceFen: 12_345 },
    });
    const list = await core.call('projects.list', { enterpriseId });
    expect(list.map((p) => [p.name, p.totalInvestmentFen])).toEqual([
      ['B', 12_345],
      ['A', 0],
    ]);

    expect(await core.call('projects.delete', { id: a.id })).toEqual({ id: a.id, name: 'A' });
    await expectAppError(core.call('projects.get', { id: a.id }), 'NOT_FOUND');
    expect((await core.call('projects.list', { enterpriseId })).map((p) => p.name)).toEqual(['B']);
    expect((await core.call('projects.undoDelete', { id: a.id })).name).toBe('A');

    const before = await core.call('projects.get', { id: b.id });
    core.close();
    const reopened = await ws.open({ now: clock.now });
    expect(await reopened.call('projects.get', { id: b.id })).toEqual(before);

    await reopened.call('projects.delete', { id: a.id });
    clock.advance(31 * DAY);
    await reopened.call('projects.delete', { id: b.id });
    expect(projectCount(ws.file)).toBe(1);
    expect((await reopened.call('projects.undoDelete', { id: b.id })).name).toBe('B');

    // A deleted enterprise takes its projects out of sight.
    await reopened.call('enterprise.delete', { id: enterpriseId });
    await expectAppError(reopened.call('projects.get', { id: b.id }), 'NOT_FOUND');
    await expectAppError(reopened.call('projects.list', { enterpriseId }), 'NOT_FOUND');
  });
});

/** Every issue has a message in both languages; nothing but code, parameters and issues crosses. */
function expectClean(wire: WireError): void {
  expect(Object.keys(wire).sort()).toEqual(['code', 'issues', 'params']);
  for (const issue of wire.issues) {
    for (const lang of LANGS) expect(message(lang, issue.key, issue.params), issue.key).not.toBe(issue.key);
  }
}

async function refuse(
  core: Core,
  file: string,
  method: string,
  input: unknown,
  path: (string | number)[],
  key: string,
) {
  const before = projectCount(file);
  const wire = await expectWireError(core, method, input, 'VALIDATION');
  expectClean(wire);
  expect(wire.issues.map((i) => [i.path.join('.'), i.key])).toContainEqual([path.join('.'), key]);
  expect(projectCount(file)).toBe(before);
}

describe('the projects API refuses bad payloads before they reach the data', () => {
  it('checks plans, amounts, dates, items and proposals', async () => {
    const { ws, core, enterpriseId } = await workspace();
    const f = ws.file;
    const base = { enterpriseId, name: 'X', direction: 'green' };
    await refuse(
      core,
      f,
      'projects.create',
      { ...base, direction: 'greener' },
      ['direction'],
      'validation.invalid_value',
    );
    await refuse(core, f, 'projects.create', { ...base, name: '  ' }, ['name'], 'validation.too_small');
    await refuse(core, f, 'projects.create', { ...base, extra: 1 }, [], 'validation.unrecognized_keys');
    await refuse(
      core,
      f,
      'projects.create',
      { ...base, startDate: '2026-02-30' },
      ['startDate'],
      'assessment.dateInvalid',
    );
    await refuse(
      core,
      f,
      'projects.create',
      { ...base, startDate: '2026-05-01', endDate: '2026-04-01' },
      ['endDate'],
      'projects.endBeforeStart',
    );
    await refuse(
      core,
      f,
      'projects.create',
      { ...base, discountRate: 8 },
      ['discountRate'],
      'validation.too_big',
    );
    await refuse(
      core,
      f,
      'projects.create',
      { ...base, horizonYears: 0 },
      ['horizonYears'],
      'validation.too_small',
    );
    await refuse(
      core,
      f,
      'projects.create',
      { ...base, energyBasis: { gridFactor: 'mars' } },
      ['energyBasis', 'gridFactor'],
      'validation.invalid_value',
    );
    await refuse(
      core,
      f,
      'projects.create',
      { ...base, energyBasis: { naturalGasKgcePerM3: 1214.3 } },
      ['energyBasis', 'naturalGasKgcePerM3'],
      'validation.too_big',
    );

    const { id } = await core.call('projects.create', base as never);
    const line = { category: 'equipment', name: '设备', quantity: 1, unitPriceFen: 100 };
    await refuse(
      core,
      f,
      'projects.addLine',
      { projectId: id, line: { ...line, unitPriceFen: 100.5 } },
      ['line', 'unitPriceFen'],
      'validation.invalid_type',
    );
    await refuse(
      core,
      f,
      'projects.addLine',
      { projectId: id, line: { ...line, unitPriceFen: -1 } },
      ['line', 'unitPriceFen'],
      'validation.too_small',
    );
    await refuse(
      core,
      f,
      'projects.addLine',
      { projectId: id, line: { ...line, quantity: 1.005 } },
      ['line', 'quantity'],
      'projects.quantityDecimals',
    );
    await refuse(
      core,
      f,
      'projects.addLine',
      { projectId: id, line: { ...line, quantity: 0 } },
      ['line', 'quantity'],
      'validation.too_small',
    );
    await refuse(
      core,
      f,
      'projects.addLine',
      { projectId: id, line: { ...line, quantity: 1_000_000, unitPriceFen: 1e13 } },
      ['line', 'unitPriceFen'],
      'projects.amountTooLarge',
    );
    await refuse(
      core,
      f,
      'projects.addLine',
      { projectId: id, line: { ...line, deductibleVatRate: 13 } },
      ['line', 'deductibleVatRate'],
      'validation.too_big',
    );
    await refuse(
      core,
      f,
      'projects.addLine',
      { projectId: id, line: { ...line, equipment: [{ equipmentId: 1, relation: 'melts' }] } },
      ['line', 'equipment', 0, 'relation'],
      'validation.invalid_value',
    );
    await refuse(
      core,
      f,
      'projects.addFinancing',
      { projectId: id, financing: { kind: 'gift', amountFen: 1 } },
      ['financing', 'kind'],
      'validation.invalid_value',
    );
    await refuse(
      core,
      f,
      'projects.addFinancing',
      { projectId: id, financing: { kind: 'loan', amountFen: 1, termYears: 2.5 } },
      ['financing', 'termYears'],
      'validation.invalid_type',
    );
    await refuse(
      core,
      f,
      'projects.addBenefit',
      {
        projectId: id,
        benefit: {
          energy: [
            { source: 'diesel', quantity: 1 },
            { source: 'diesel', quantity: 2 },
          ],
        },
      },
      ['benefit', 'energy', 1, 'source'],
      'validation.duplicate',
    );
    await refuse(
      core,
      f,
      'projects.addBenefit',
      { projectId: id, benefit: { energy: [{ source: 'sunshine', quantity: 1 }] } },
      ['benefit', 'energy', 0, 'source'],
      'validation.invalid_value',
    );
    await refuse(
      core,
      f,
      'projects.fromOpportunities',
      { enterpriseId, opportunityIds: ['motor_upgrade'], project: { name: 'X', direction: 'green' } },
      ['opportunityIds', 0],
      'opportunities.idFormat',
    );
    await refuse(
      core,
      f,
      'projects.fromOpportunities',
      { enterpriseId, opportunityIds: [], project: { name: 'X', direction: 'green' } },
      ['opportunityIds'],
      'validation.too_small',
    );
    await refuse(
      core,
      f,
      'opportunities.decide',
      {
        enterpriseId,
        opportunityId: 'motor_upgrade:compressor:00000000',
        decision: { kind: 'dismiss', reason: ' ' },
      },
      ['decision', 'reason'],
      'validation.too_small',
    );
    await refuse(
      core,
      f,
      'opportunities.decide',
      { enterpriseId, opportunityId: 'motor_upgrade:compressor:00000000', decision: { kind: 'forget' } },
      ['decision', 'kind'],
      'validation.invalid_value',
    );
    await refuse(
      core,
      f,
      'opportunities.list',
      { enterpriseId, assumptions: { motorPoles: 3 } },
      ['assumptions', 'motorPoles'],
      'opportunities.poles',
    );
    await refuse(
      core,
      f,
      'opportunities.list',
      { enterpriseId, assumptions: { electricityPriceYuanPerKwh: -1 } },
      ['assumptions', 'electricityPriceYuanPerKwh'],
      'validation.too_small',
    );
    expect((await core.call('projects.get', { id })).lines).toEqual([]);
  });
});
