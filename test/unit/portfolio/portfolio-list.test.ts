/**
 * portfolio.list on a real workspace with three clients: the scores are readiness.compute's for
 * each client and year, the newest assessment's total, projects counted open and in all, and the
 * next date among the open projects' milestones not done and planned completions, from today on.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import type { PortfolioRow } from '../../../shared/portfolio/portfolio-api';
import { openSmallRegister } from '../indicators/small-register';
import { testPack, testProgramme } from '../support/pack-builders';

const TODAY = '2026-03-10';

async function threeClients() {
  // The small register's clock: 2026-03-10 08:00 UTC, the same calendar day in every time zone used.
  const { core, enterpriseId: first } = await openSmallRegister();
  await core.call('assessment.create', { enterpriseId: first });
  const open = await core.call('projects.create', {
    enterpriseId: first,
    name: '空压站节能改造',
    direction: 'green',
    status: 'planned',
    endDate: '2026-12-31',
    milestones: [
      { name: '设备招标', date: '2026-02-01' },
      { name: '立项备案', date: '2026-03-20', done: true },
      { name: '合同签订', date: '2026-04-15' },
      { name: '日期未定' },
    ],
  });
  // Completed: its milestone left undone is nothing to meet any more.
  await core.call('projects.create', {
    enterpriseId: first,
    name: '照明改造',
    direction: 'green',
    status: 'completed',
    milestones: [{ name: '验收', date: '2026-03-12' }],
  });

  const second = (
    await core.call('enterprise.create', { name: '深圳市乙方智能装备有限公司', district: 'baoan' })
  ).id;
  for (const row of [
    { name: '六轴机器人', category: 'robot', quantity: 6, year_commissioned: 2022, rated_kw: 4 },
    {
      name: '加工中心',
      category: 'machine_tool',
      quantity: 4,
      cnc: true,
      networked: true,
      year_commissioned: 2021,
    },
    { name: '空压机', category: 'compressor', quantity: 1, year_commissioned: 2003, rated_kw: 55 },
  ] as const) {
    await core.call('equipment.add', { enterpriseId: second, row: { energy_source: 'electricity', ...row } });
  }
  await core.call('projects.create', {
    enterpriseId: second,
    name: '取消的项目',
    direction: 'intelligent',
    status: 'cancelled',
    endDate: '2026-03-11',
  });
  const due = await core.call('projects.create', {
    enterpriseId: second,
    name: '机器人工作站',
    direction: 'intelligent',
    endDate: TODAY,
  });

  const third = (
    await core.call('enterprise.create', {
      name: '深圳市丙方新材料有限公司',
      uscc: '914403001922038216',
      district: 'longgang',
    })
  ).id;
  const gone = (await core.call('enterprise.create', { name: '已删除的客户' })).id;
  await core.call('enterprise.delete', { id: gone });
  return { core, first, second, third, openProject: open.id, dueProject: due.id };
}

const rowOf = (rows: PortfolioRow[], id: number) => rows.find((r) => r.enterpriseId === id)!;

/** The highest drafts.readiness among the given projects, and which one it is (the first on a tie). */
async function bestReadiness(core: Core, projectIds: number[]) {
  let best: { score: number; projectId: number } | null = null;
  for (const projectId of projectIds) {
    const { score } = await core.call('drafts.readiness', { projectId });
    if (best === null || score > best.score) best = { score, projectId };
  }
  return best;
}

async function expectScoresOfReadiness(core: Core, row: PortfolioRow, year: number) {
  const report = await core.call('readiness.compute', { enterpriseId: row.enterpriseId, year });
  const score = (key: string) => report.scores.find((s) => s.key === key)!.score;
  expect([row.smartFactory, row.energySaving, row.automation]).toEqual([
    score('smart_factory'),
    score('energy_saving'),
    score('automation'),
  ]);
}

describe('portfolio.list', () => {
  it('lists every live client with the figures of its register, assessment and projects', async () => {
    const { core, first, second, third, openProject, dueProject } = await threeClients();
    const { year, rows } = await core.call('portfolio.list', {});
    expect(year).toBe(2026);
    // The enterprise list's order and nothing deleted.
    expect(rows.map((r) => r.enterpriseId)).toEqual(
      (await core.call('enterprise.list', {})).map((e) => e.id),
    );
    expect(rows).toHaveLength(3);

    const a = rowOf(rows, first);
    expect(a.name).toBe('深圳市算例精密制造有限公司');
    expect(a.equipmentRows).toBe(17);
    await expectScoresOfReadiness(core, a, 2026);
    expect(a.maturityLevel).toBe((await core.call('assessment.list', { enterpriseId: first }))[0]!.total);
    expect([a.projects, a.openProjects]).toEqual([2, 1]);
    // 2026-02-01 has passed, 03-20 is done, the undated one has no date, the completed project's
    // 03-12 does not count: the contract is next.
    expect(a.nextDeadline).toEqual({
      date: '2026-04-15',
      what: '空压站节能改造：合同签订',
      projectId: openProject,
    });
    expect({ score: a.applicationReadiness, projectId: a.applicationReadinessProjectId }).toEqual(
      await bestReadiness(core, [openProject]),
    );

    const b = rowOf(rows, second);
    expect([b.equipmentRows, b.uscc, b.district]).toEqual([3, null, 'baoan']);
    await expectScoresOfReadiness(core, b, 2026);
    expect(b.smartFactory).not.toBe(a.smartFactory);
    expect(b.maturityLevel).toBeNull();
    expect([b.projects, b.openProjects]).toEqual([2, 1]);
    // Due today is still ahead; the cancelled project's date tomorrow is not.
    expect(b.nextDeadline).toEqual({ date: TODAY, what: '机器人工作站：计划完工', projectId: dueProject });
    expect(b.applicationReadinessProjectId).toBe(dueProject);
    expect(b.applicationReadiness).toBe(
      (await core.call('drafts.readiness', { projectId: dueProject })).score,
    );

    const c = rowOf(rows, third);
    expect(c).toMatchObject({
      uscc: '914403001922038216',
      district: 'longgang',
      equipmentRows: 0,
      smartFactory: null,
      energySaving: null,
      automation: null,
      maturityLevel: null,
      projects: 0,
      openProjects: 0,
      applicationReadiness: null,
      applicationReadinessProjectId: null,
      nextDeadline: null,
    });
  });

  it('scores the reference year asked for and words the deadline in the language asked for', async () => {
    const { core, first, second } = await threeClients();
    const { year, rows } = await core.call('portfolio.list', { year: 2031, lang: 'en' });
    expect(year).toBe(2031);
    for (const id of [first, second]) await expectScoresOfReadiness(core, rowOf(rows, id), 2031);
    // Five more years make rows over-age: the energy score follows the year, not today.
    const now = rowOf((await core.call('portfolio.list', {})).rows, first);
    expect(rowOf(rows, first).energySaving).not.toBe(now.energySaving);
    expect(rowOf(rows, first).nextDeadline?.what).toBe('空压站节能改造: 合同签订');
    expect(rowOf(rows, second).nextDeadline?.what).toBe('机器人工作站: planned completion');
  });

  it('follows changes: a milestone done, a register row deleted, a client removed', async () => {
    const { core, first, second, openProject } = await threeClients();
    await core.call('projects.update', {
      id: openProject,
      changes: { milestones: [{ name: '合同签订', date: '2026-04-15', done: true }] },
    });
    const [robot] = await core.call('equipment.ids', { enterpriseId: second });
    await core.call('equipment.delete', { enterpriseId: second, ids: [robot!] });
    await core.call('enterprise.delete', { id: first });
    const { rows } = await core.call('portfolio.list', {});
    expect(rows.some((r) => r.enterpriseId === first)).toBe(false);
    const b = rowOf(rows, second);
    expect(b.equipmentRows).toBe(2);
    await expectScoresOfReadiness(core, b, 2026);
    await core.call('enterprise.undoDelete', { id: first });
    const back = rowOf((await core.call('portfolio.list', {})).rows, first);
    // Only the planned completion is left.
    expect(back.nextDeadline).toEqual({
      date: '2026-12-31',
      what: '空压站节能改造：计划完工',
      projectId: openProject,
    });
  });

  it('takes the highest application readiness among open projects only', async () => {
    const { core, first, openProject } = await threeClients();
    // A second open project with its plan filled in scores higher than the bare one.
    const fuller = await core.call('projects.create', {
      enterpriseId: first,
      name: '数控机床联网改造',
      direction: 'intelligent',
      description: '为 12 台数控机床加装数据采集终端并接入车间管理系统。',
      site: '深圳市宝安区福永街道',
      startDate: '2026-04-01',
      endDate: '2026-10-31',
    });
    await core.call('projects.addLine', {
      projectId: fuller.id,
      line: { category: 'equipment', name: '数据采集终端', quantity: 12, unitPriceFen: 800_000 },
    });
    await core.call('projects.addFinancing', {
      projectId: fuller.id,
      financing: { kind: 'own', amountFen: 9_600_000 },
    });
    const best = await bestReadiness(core, [openProject, fuller.id]);
    expect(best!.projectId, 'the fuller plan is the readier one').toBe(fuller.id);
    const row = () => core.call('portfolio.list', {}).then((p) => rowOf(p.rows, first));
    expect(await row()).toMatchObject({
      applicationReadiness: best!.score,
      applicationReadinessProjectId: fuller.id,
    });
    // Once the leading project is completed, the other open one is the client's best.
    await core.call('projects.update', { id: fuller.id, changes: { status: 'completed' } });
    expect(await row()).toMatchObject({
      applicationReadiness: (await core.call('drafts.readiness', { projectId: openProject })).score,
      applicationReadinessProjectId: openProject,
    });
  });

  it('counts the closing date of the programme an open project applies to', async () => {
    const { core, first, openProject } = await threeClients();
    const programme = (id: string, closes: string) =>
      testProgramme({
        id,
        name: { zh: `测试资助${id}`, en: `Test support ${id}` },
        support: { kind: 'none' },
        source: { document: '测试〔2026〕1号' },
        applicationWindow: { opens: '2026-03-01', closes },
      });
    const pack = testPack('portfolio-test', { zh: '总览测试' }, [
      programme('early', '2026-03-31'),
      programme('passed', '2026-03-09'),
    ]);
    await core.call('funding.packs.import', { text: JSON.stringify(pack) });
    await core.call('drafts.targetProgramme.set', {
      projectId: openProject,
      programme: 'portfolio-test/early',
    });
    const next = async (lang: 'zh-CN' | 'en') =>
      rowOf((await core.call('portfolio.list', { lang })).rows, first).nextDeadline;
    // Before the contract milestone (04-15): the programme's closing date.
    expect(await next('zh-CN')).toEqual({
      date: '2026-03-31',
      what: '测试资助early申报截止（空压站节能改造）',
      projectId: openProject,
    });
    expect((await next('en'))?.what).toBe('Test support early closes (空压站节能改造)');
    // A programme that has closed already is no deadline any more.
    await core.call('drafts.targetProgramme.set', {
      projectId: openProject,
      programme: 'portfolio-test/passed',
    });
    expect((await next('zh-CN'))?.date).toBe('2026-04-15');
  });
});
