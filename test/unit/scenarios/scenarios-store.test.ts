/**
 * Stored scenarios: created, renamed, re-listed, deleted with undo, announced to other windows;
 * projects deleted drop out and come back; every refused input names its place and reason.
 */
import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../shared/api/events';
import { formatError } from '../../../shared/i18n/messages';
import { expectAppError, expectWireError, fakeClock } from '../core/helpers';
import { anotherEnterprisesProject, NOW } from '../opportunities/opportunity-register';
import { openScenarioRegister } from './scenario-fixture';

describe('stored scenarios', () => {
  it('create, update, list, delete and undo, each announced as a scenarios change; they survive a reopen', async () => {
    const reg = await openScenarioRegister();
    const { core, enterpriseId, energy, smart } = reg;
    const events: CoreEvent[] = [];
    core.onEvent((e) => events.push(e));
    const a = await core.call('scenarios.create', {
      enterpriseId,
      name: '  方案一 ',
      projectIds: [smart.id, energy.id],
    });
    expect(a).toEqual({
      id: expect.any(Number),
      enterpriseId,
      name: '方案一',
      projectIds: [smart.id, energy.id],
      createdAt: NOW,
      updatedAt: NOW,
    });
    const b = await core.call('scenarios.create', { enterpriseId, name: '方案二', projectIds: [energy.id] });
    const renamed = await core.call('scenarios.update', {
      id: b.id,
      changes: { name: '只做节能', projectIds: [energy.id] },
    });
    expect(renamed.name).toBe('只做节能');
    expect((await core.call('scenarios.list', { enterpriseId })).map((s) => s.name)).toEqual([
      '方案一',
      '只做节能',
    ]);

    // Stored scenarios compare in the order asked for.
    const cmp = await core.call('scenarios.compare', { enterpriseId, scenarioIds: [b.id, a.id] });
    expect(cmp.scenarios.map((s) => [s.scenarioId, s.name, s.projectIds])).toEqual([
      [b.id, '只做节能', [energy.id]],
      [a.id, '方案一', [smart.id, energy.id]],
    ]);

    expect(await core.call('scenarios.delete', { id: a.id })).toEqual({ id: a.id, name: '方案一' });
    expect((await core.call('scenarios.list', { enterpriseId })).map((s) => s.id)).toEqual([b.id]);
    await expectAppError(core.call('scenarios.get', { id: a.id }), 'NOT_FOUND');
    expect(await core.call('scenarios.undoDelete', { id: a.id })).toEqual(a);
    expect(events.filter((e) => e.type === 'workspace-changed').map((e) => e.scope)).toEqual([
      'scenarios',
      'scenarios',
      'scenarios',
      'scenarios',
      'scenarios',
    ]);

    core.close();
    const again = await reg.ws.open({ now: fakeClock(NOW).now });
    expect((await again.call('scenarios.list', { enterpriseId })).map((s) => s.projectIds)).toEqual([
      [smart.id, energy.id],
      [energy.id],
    ]);
  });

  it('a deleted project drops out of its scenarios and comes back with the undo', async () => {
    const { core, enterpriseId, energy, smart } = await openScenarioRegister();
    const s = await core.call('scenarios.create', {
      enterpriseId,
      name: '全部',
      projectIds: [energy.id, smart.id],
    });
    await core.call('projects.delete', { id: energy.id });
    expect((await core.call('scenarios.get', { id: s.id })).projectIds).toEqual([smart.id]);
    const cmp = await core.call('scenarios.compare', { enterpriseId, scenarioIds: [s.id] });
    expect(cmp.scenarios[0]!.figures.projects.map((p) => p.projectId)).toEqual([smart.id]);
    await core.call('projects.undoDelete', { id: energy.id });
    expect((await core.call('scenarios.get', { id: s.id })).projectIds).toEqual([energy.id, smart.id]);
  });

  it('refuses unknown projects, projects of another enterprise, taken names and duplicates, at their place', async () => {
    const { core, enterpriseId, energy } = await openScenarioRegister();
    const theirs = await anotherEnterprisesProject(core);
    const wire = await expectWireError(
      core,
      'scenarios.create',
      { enterpriseId, name: 'x', projectIds: [energy.id, 999, theirs.id] },
      'VALIDATION',
    );
    expect(wire.issues).toEqual([
      { path: ['projectIds', 1], key: 'scenarios.projectNotFound', params: { id: 999 } },
      { path: ['projectIds', 2], key: 'scenarios.projectOtherEnterprise', params: { id: theirs.id } },
    ]);
    expect(formatError('zh-CN', wire)).toContain('找不到项目（编号 999）');
    expect(formatError('en', wire)).toContain(`Project ${theirs.id} belongs to another enterprise`);
    const dup = await expectWireError(
      core,
      'scenarios.create',
      { enterpriseId, name: 'x', projectIds: [energy.id, energy.id] },
      'VALIDATION',
    );
    expect(dup.issues).toEqual([{ path: ['projectIds', 1], key: 'validation.duplicate', params: {} }]);

    const s = await core.call('scenarios.create', { enterpriseId, name: '方案', projectIds: [] });
    const taken = await expectWireError(
      core,
      'scenarios.create',
      { enterpriseId, name: '方案', projectIds: [] },
      'VALIDATION',
    );
    expect(taken.issues).toEqual([{ path: ['name'], key: 'scenarios.nameTaken', params: { name: '方案' } }]);
    const moved = await expectWireError(
      core,
      'scenarios.update',
      { id: s.id, changes: { projectIds: [theirs.id] } },
      'VALIDATION',
    );
    expect(moved.issues[0]!.path).toEqual(['changes', 'projectIds', 0]);
    await expectAppError(core.call('scenarios.update', { id: 999, changes: { name: 'y' } }), 'NOT_FOUND');
    await expectAppError(core.call('scenarios.list', { enterpriseId: 999 }), 'NOT_FOUND');
  });

  it('compare refuses no sets, too many, both kinds, unknown or foreign scenarios and projects', async () => {
    const { core, enterpriseId, energy } = await openScenarioRegister();
    const set = { name: 'A', projectIds: [energy.id] };
    const none = await expectWireError(core, 'scenarios.compare', { enterpriseId, sets: [] }, 'VALIDATION');
    expect(none.issues).toEqual([{ path: ['sets'], key: 'scenarios.tooFewSets', params: {} }]);
    const many = await expectWireError(
      core,
      'scenarios.compare',
      { enterpriseId, sets: Array.from({ length: 9 }, () => set) },
      'VALIDATION',
    );
    expect(many.issues).toEqual([
      { path: ['sets'], key: 'scenarios.tooManySets', params: { maximum: 8, count: 9 } },
    ]);
    expect(formatError('zh-CN', many)).toContain('最多同时比较 8 个方案（给了 9 个）');
    expect(formatError('en', many)).toContain('At most 8 scenarios');
    const both = await expectWireError(
      core,
      'scenarios.compare',
      { enterpriseId, sets: [set], scenarioIds: [1] },
      'VALIDATION',
    );
    expect(both.issues[0]).toMatchObject({ path: ['sets'], key: 'scenarios.idsOrSets' });
    await expectAppError(core.call('scenarios.compare', { enterpriseId, scenarioIds: [999] }), 'NOT_FOUND');
    const unknown = await expectWireError(
      core,
      'scenarios.compare',
      { enterpriseId, sets: [set, { name: 'B', projectIds: [energy.id, 999] }] },
      'VALIDATION',
    );
    expect(unknown.issues).toEqual([
      { path: ['sets', 1, 'projectIds', 1], key: 'scenarios.projectNotFound', params: { id: 999 } },
    ]);
    const other = (await core.call('enterprise.create', { name: '别家企业' })).id;
    const theirs = await core.call('scenarios.create', { enterpriseId: other, name: '别家', projectIds: [] });
    const foreign = await expectWireError(
      core,
      'scenarios.compare',
      { enterpriseId, scenarioIds: [theirs.id] },
      'VALIDATION',
    );
    expect(foreign.issues).toEqual([
      { path: ['scenarioIds', 0], key: 'scenarios.otherEnterprise', params: { id: theirs.id } },
    ]);
    // An empty set is the plan of doing nothing: zero figures, readiness as now.
    const nothing = await core.call('scenarios.compare', {
      enterpriseId,
      sets: [{ name: '不做', projectIds: [] }],
    });
    expect(nothing.scenarios[0]!.figures).toMatchObject({ supportFen: 0, netCostFen: 0 });
    expect(nothing.scenarios[0]!.readinessAfter).toEqual(nothing.baseline);
  });
});
