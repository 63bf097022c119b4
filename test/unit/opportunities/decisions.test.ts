/**
 * Deciding on proposals: accepting one writes its line items and benefit into a project, dismissing
 * one keeps it dismissed, across sessions, and either can be undone.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { CoreEvent } from '../../../shared/api/events';
import type { OpportunityReport } from '../../../shared/opportunities/opportunities-api';
import { expectAppError, expectWireError, fakeClock, readRaw } from '../core/helpers';
import { anotherEnterprisesProject, NOW, openOpportunityRegister } from './opportunity-register';

const list = (core: Core, enterpriseId: number) => core.call('opportunities.list', { enterpriseId });
const idOf = (r: OpportunityReport, key: string) =>
  r.opportunities.find((o) => `${o.rule}:${o.category}` === key)!.id;
const decisionOf = (r: OpportunityReport, id: string) => r.opportunities.find((o) => o.id === id)?.decision;

describe('decisions on proposals', () => {
  it('a dismissal stays, with its reason, after the workspace is closed and opened again; undo brings it back', async () => {
    const reg = await openOpportunityRegister();
    const events: CoreEvent[] = [];
    reg.core.onEvent((e) => events.push(e));
    const id = idOf(await list(reg.core, reg.enterpriseId), 'gas_generator:generator');
    const dismissed = await reg.core.call('opportunities.decide', {
      enterpriseId: reg.enterpriseId,
      opportunityId: id,
      decision: { kind: 'dismiss', reason: '  备用机组明年随新厂房更换  ' },
    });
    expect(dismissed).toEqual({
      opportunityId: id,
      decision: { kind: 'dismissed', reason: '备用机组明年随新厂房更换', decidedAt: NOW },
      project: null,
    });
    expect(events).toEqual([{ type: 'workspace-changed', scope: 'projects' }]);
    reg.core.close();

    const core = await reg.ws.open({ now: fakeClock(NOW).now });
    const again = await list(core, reg.enterpriseId);
    expect(decisionOf(again, id)).toEqual({
      kind: 'dismissed',
      reason: '备用机组明年随新厂房更换',
      decidedAt: NOW,
    });
    // Deciding again is refused until the decision is undone.
    const wire = await expectWireError(
      core,
      'opportunities.decide',
      { enterpriseId: reg.enterpriseId, opportunityId: id, decision: { kind: 'dismiss', reason: '再次' } },
      'VALIDATION',
    );
    expect(wire.issues).toEqual([
      { path: ['opportunityId'], key: 'opportunities.alreadyDecided', params: { id, decision: 'dismissed' } },
    ]);
    expect(
      await core.call('opportunities.decide', {
        enterpriseId: reg.enterpriseId,
        opportunityId: id,
        decision: { kind: 'undo' },
      }),
    ).toEqual({ opportunityId: id, decision: null, project: null });
    expect(decisionOf(await list(core, reg.enterpriseId), id)).toBeNull();
    await expectAppError(
      core.call('opportunities.decide', {
        enterpriseId: reg.enterpriseId,
        opportunityId: id,
        decision: { kind: 'undo' },
      }),
      'NOT_FOUND',
    );
  });

  it('accepting writes a line per register row and the benefit into the project; undo takes them out', async () => {
    const { core, enterpriseId, ids } = await openOpportunityRegister();
    const r = await list(core, enterpriseId);
    const motors = r.opportunities.find(
      (o) => o.rule === 'motor_upgrade' && o.category === 'motor_pump_fan',
    )!;
    const project = await core.call('projects.create', {
      enterpriseId,
      name: '电机能效提升',
      direction: 'green',
    });
    await core.call('projects.addLine', {
      projectId: project.id,
      line: { category: 'installation', name: '安装', quantity: 1, unitPriceFen: 100_000 },
    });
    const accepted = await core.call('opportunities.decide', {
      enterpriseId,
      opportunityId: motors.id,
      decision: { kind: 'accept', projectId: project.id },
    });
    expect(accepted.decision).toEqual({ kind: 'accepted', projectId: project.id, decidedAt: NOW });
    const p = accepted.project!;
    const fromOpportunity = p.lines.filter((l) => l.opportunityId === motors.id);
    expect(
      fromOpportunity.map((l) => [l.name, l.quantity, l.unitPriceFen, l.equipment.map((e) => e.equipmentId)]),
    ).toEqual([
      ['IE4 高效电机（M1 冷却水泵）', 1, 1_850_000, [ids.M1]],
      ['IE4 高效电机（M2 排风机）', 2, 365_000, [ids.M2]],
      ['IE4 高效电机（M5 循环泵）', 1, 0, [ids.M5]],
    ]);
    expect(fromOpportunity[2]!.notes).toContain('价格未能估算');
    expect(
      fromOpportunity.every((l) => l.category === 'equipment' && l.equipment[0]!.relation === 'upgrades'),
    ).toBe(true);
    expect(p.benefits).toEqual([
      {
        id: expect.any(Number),
        label: motors.title.zh,
        opportunityId: motors.id,
        energy: [{ source: 'electricity', quantity: motors.kwh }],
        annualCostSavingFen: motors.costSavingFen,
        annualOutputValueFen: 0,
        labourPersons: 0,
        otherCo2Tonnes: 0,
        notes: null,
      },
    ]);
    // The project's figures add the proposal's estimate to what was there.
    expect(p.figures.investment.totalFen).toBe(100_000 + motors.investmentFen!);
    expect(p.figures.benefits.tce).toBeCloseTo(motors.tce, 12);
    expect(p.figures.returns.simplePaybackYears).toBeCloseTo(
      (100_000 + motors.investmentFen!) / motors.costSavingFen,
      12,
    );
    expect(decisionOf(await list(core, enterpriseId), motors.id)).toMatchObject({
      kind: 'accepted',
      projectId: project.id,
    });

    const undone = await core.call('opportunities.decide', {
      enterpriseId,
      opportunityId: motors.id,
      decision: { kind: 'undo' },
    });
    expect(undone.project!.lines.map((l) => l.name)).toEqual(['安装']);
    expect(undone.project!.benefits).toEqual([]);
    expect(decisionOf(await list(core, enterpriseId), motors.id)).toBeNull();
  });

  it('writes the lines in English when asked, and refuses a project of another enterprise or a stale id', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    const r = await list(core, enterpriseId);
    const robots = idOf(r, 'assembly_robots:assembly');
    const theirs = await anotherEnterprisesProject(core);
    const wire = await expectWireError(
      core,
      'opportunities.decide',
      { enterpriseId, opportunityId: robots, decision: { kind: 'accept', projectId: theirs.id } },
      'VALIDATION',
    );
    expect(wire.issues).toEqual([
      { path: ['decision', 'projectId'], key: 'opportunities.otherEnterprise', params: { id: theirs.id } },
    ]);
    expect((await core.call('projects.get', { id: theirs.id })).lines).toEqual([]);
    await expectAppError(
      core.call('opportunities.decide', {
        enterpriseId,
        opportunityId: 'motor_upgrade:compressor:00000000',
        decision: { kind: 'dismiss', reason: 'x' },
      }),
      'NOT_FOUND',
    );

    const ours = await core.call('projects.create', {
      enterpriseId,
      name: 'Robots',
      direction: 'intelligent',
    });
    const done = await core.call('opportunities.decide', {
      enterpriseId,
      opportunityId: robots,
      decision: { kind: 'accept', projectId: ours.id },
      lang: 'en',
    });
    expect(done.project!.lines.map((l) => [l.name, l.intelligent, l.quantity])).toEqual([
      ['Assembly robot cell (A1 手工装配线)', true, 3],
    ]);
    expect(done.project!.benefits[0]).toMatchObject({
      label: 'Bring industrial robots into manual assembly stations',
      labourPersons: 6,
    });
    expect(done.project!.figures.investment.intelligentFen).toBe(75_000_000);
  });

  it('a project made from proposals holds them all; deleting it reopens them, undoing the delete closes them again', async () => {
    const { ws, core, enterpriseId, ids } = await openOpportunityRegister();
    const before = await list(core, enterpriseId);
    const dismissedId = idOf(before, 'retire_idle:motor_pump_fan');
    await core.call('opportunities.decide', {
      enterpriseId,
      opportunityId: dismissedId,
      decision: { kind: 'dismiss', reason: '留作备件' },
    });
    const project = await core.call('projects.fromOpportunities', {
      enterpriseId,
      opportunityIds: 'all',
      project: { name: '综合改造', direction: 'green' },
    });
    // C3 is named by three measures that exclude each other; the variable-speed replacement pays
    // back soonest and takes it, so the new motor and the renewal are left out.
    const c3 = before.opportunities.filter((o) => o.rows.some((r) => r.equipmentId === ids.C3));
    expect(c3.map((o) => o.rule).sort()).toEqual(['compressor_vsd', 'motor_upgrade', 'renew_over_age']);
    const vsd = c3.find((o) => o.rule === 'compressor_vsd')!;
    for (const o of c3) expect(vsd.paybackYears!).toBeLessThanOrEqual(o.paybackYears!);
    const taken = before.opportunities.filter((o) => o.id !== dismissedId && (o === vsd || !c3.includes(o)));
    expect(project.benefits.map((b) => b.opportunityId)).toEqual(taken.map((o) => o.id));
    expect(project.lines).toHaveLength(taken.reduce((n, o) => n + o.rows.length, 0));
    expect(project.figures.investment.totalFen).toBe(taken.reduce((t, o) => t + (o.investmentFen ?? 0), 0));
    expect(project.figures.benefits.annualCostSavingFen).toBe(taken.reduce((t, o) => t + o.costSavingFen, 0));
    const c3Lines = project.lines.filter((l) => l.equipment.some((e) => e.equipmentId === ids.C3));
    expect(c3Lines.map((l) => l.opportunityId)).toEqual([vsd.id]);

    // The two left out are no longer proposed: their only machine is taken.
    const after = await list(core, enterpriseId);
    expect(after.opportunities.map((o) => [o.id, o.decision?.kind])).toEqual(
      before.opportunities
        .filter((o) => o.id === dismissedId || taken.includes(o))
        .map((o) => [o.id, o.id === dismissedId ? 'dismissed' : 'accepted']),
    );
    // An accepted proposal cannot go into a second project.
    await expectWireError(
      core,
      'projects.fromOpportunities',
      { enterpriseId, opportunityIds: [taken[0]!.id], project: { name: '第二个', direction: 'green' } },
      'VALIDATION',
    );
    expect(readRaw(ws.file, (db) => db.prepare('SELECT count(*) FROM project').pluck().get())).toBe(1);

    await core.call('projects.delete', { id: project.id });
    const reopened = await list(core, enterpriseId);
    expect(reopened.opportunities.filter((o) => o.decision !== null).map((o) => o.id)).toEqual([dismissedId]);
    await core.call('projects.undoDelete', { id: project.id });
    expect((await list(core, enterpriseId)).opportunities.every((o) => o.decision !== null)).toBe(true);
  });

  it('refuses two proposals that compete for a machine, and proposes the loser again without it', async () => {
    const { ws, core, enterpriseId, ids } = await openOpportunityRegister();
    const before = await list(core, enterpriseId);
    const vsdId = idOf(before, 'compressor_vsd:compressor');
    const renewId = idOf(before, 'renew_over_age:compressor');
    const motorsId = idOf(before, 'motor_upgrade:motor_pump_fan');
    const wire = await expectWireError(
      core,
      'projects.fromOpportunities',
      {
        enterpriseId,
        opportunityIds: [motorsId, vsdId, renewId],
        project: { name: '空压站', direction: 'green' },
      },
      'VALIDATION',
    );
    expect(wire.issues).toEqual([
      {
        path: ['opportunityIds', 2],
        key: 'opportunities.competes',
        params: { id: renewId, other: vsdId, code: 'C3' },
      },
    ]);
    expect(readRaw(ws.file, (db) => db.prepare('SELECT count(*) FROM project').pluck().get())).toBe(0);

    // A new motor and data collection upgrade the same machine without competing; a replacement
    // takes the machine from both.
    const project = await core.call('projects.create', { enterpriseId, name: '空压站', direction: 'green' });
    await core.call('opportunities.decide', {
      enterpriseId,
      opportunityId: renewId,
      decision: { kind: 'accept', projectId: project.id },
    });
    const after = await list(core, enterpriseId);
    const vsdNow = after.opportunities.filter((o) => o.rule === 'compressor_vsd');
    expect(vsdNow.map((o) => o.rows.map((r) => r.equipmentId))).toEqual([[ids.C1]]);
    expect(vsdNow[0]!.id).not.toBe(vsdId);
    expect(after.opportunities.some((o) => o.rule === 'motor_upgrade' && o.category === 'compressor')).toBe(
      false,
    );
    expect(decisionOf(after, renewId)?.kind).toBe('accepted');

    // Undoing the acceptance gives the machine back to the others.
    await core.call('opportunities.decide', {
      enterpriseId,
      opportunityId: renewId,
      decision: { kind: 'undo' },
    });
    expect((await list(core, enterpriseId)).opportunities.map((o) => o.id)).toEqual(
      before.opportunities.map((o) => o.id),
    );
  });

  it('accepts the chosen proposals by id, in the order given', async () => {
    const { core, enterpriseId } = await openOpportunityRegister();
    const r = await list(core, enterpriseId);
    const chosen = [idOf(r, 'compressor_vsd:compressor'), idOf(r, 'mes_data_collection:machine_tool')];
    const p = await core.call('projects.fromOpportunities', {
      enterpriseId,
      opportunityIds: chosen,
      project: { name: '空压站与联网', direction: 'integration', startDate: '2026-05-01' },
      year: 2026,
    });
    expect(p).toMatchObject({ name: '空压站与联网', direction: 'integration', startDate: '2026-05-01' });
    expect(p.benefits.map((b) => b.opportunityId)).toEqual(chosen);
    expect(p.lines.map((l) => l.equipment[0]!.assetCode)).toEqual(['C1', 'C3', 'N1']);
  });
});
