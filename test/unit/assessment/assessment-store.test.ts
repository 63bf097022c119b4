/**
 * Assessments on real workspaces through the core's API: suggestions from the small register of
 * ../indicators/small-register.ts, answers saved one at a time and still there after the core is
 * reopened, several assessments listed and compared, deletion undone and, after 30 days, purged.
 */
import { describe, expect, it } from 'vitest';
import { expectAppError, fakeClock, readRaw, tempWorkspace, DAY } from '../core/helpers';
import { openSmallRegister } from '../indicators/small-register';

describe('assessments', () => {
  it('pre-fills the questions the register answers, marked as suggestions with the figure behind them', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    const created = await core.call('assessment.create', { enterpriseId });
    expect(created.assessment).toMatchObject({
      enterpriseId,
      title: '2026-03-10',
      assessedOn: '2026-03-10',
      // The small enterprise's profile gives no kind: discrete by default.
      manufacturingType: 'discrete',
      questionnaireVersion: 1,
      answered: 9,
      suggested: 9,
      questions: 95,
    });
    const byId = Object.fromEntries(created.answers.map((a) => [a.questionId, a]));
    // In service: NC rate 10/12, networking 5/10, CNC value 2,100,000.55/2,200,000.55, year known
    // 32/33 units, over age 12/32, IE3+ motors 30 of 224 kW, polluting boilers and gensets 4 of 6.
    const expected = {
      'equipment.L1': ['fully', 'nc_rate', 10, 12],
      'equipment.L2': ['fully', 'nc_rate', 10, 12],
      'equipment.L3': ['fully', 'automated_value_share', 2_100_000.55, 2_200_000.55],
      'network.L2': ['fully', 'networking_rate', 5, 10],
      'network.L3': ['partly', 'networking_rate', 5, 10],
      'maintenance.L1': ['fully', 'year_known_share', 32, 33],
      'maintenance.L2': ['partly', 'over_age_share', 12, 32],
      'energy.L2': ['not_met', 'motor_ie3_kw_share', 30, 224],
      'hse.L2': ['not_met', 'polluting_combustion_share', 4, 6],
    } as const;
    expect(Object.keys(byId).sort()).toEqual(Object.keys(expected).sort());
    for (const [id, [rating, measure, numerator, denominator]] of Object.entries(expected)) {
      expect(byId[id], id).toMatchObject({
        rating,
        suggested: true,
        evidence: null,
        suggestion: { rating, measure, numerator, denominator, referenceYear: 2026 },
      });
      expect(byId[id]!.suggestion!.value).toBeCloseTo(numerator / denominator, 12);
    }
    // Of level 1's 16 questions the register answers two: equipment and the register itself.
    expect(created.result.levels[0]!.answered).toBe(2);
    expect(created.result.selfAssessment).toBe(true);

    const blank = await core.call('assessment.create', { enterpriseId, prefill: false, title: '空白' });
    expect(blank.answers).toEqual([]);
    expect(blank.result.total).toBe(0);
  });

  it('saves each answer as it is given, keeps it across a reopen, and rescored at once', async () => {
    const ws = tempWorkspace();
    const clock = fakeClock('2026-03-10T08:00:00.000Z');
    let core = await ws.open({ now: clock.now });
    const { id: enterpriseId } = await core.call('enterprise.create', {
      name: '深圳市流程化工有限公司',
      manufacturingType: 'process',
    });
    const { assessment } = await core.call('assessment.create', {
      enterpriseId,
      title: '2026 年自评',
      assessedOn: '2026-02-28',
    });
    expect(assessment).toMatchObject({ manufacturingType: 'process', answered: 1, suggested: 1 });

    clock.advance(60_000);
    const saved = await core.call('assessment.answer', {
      assessmentId: assessment.id,
      questionId: 'strategy.L1',
      rating: 'mostly',
      evidence: '《2026–2028 年数字化规划》已经总经理办公会通过',
    });
    expect(saved.answer).toMatchObject({
      questionId: 'strategy.L1',
      rating: 'mostly',
      suggested: false,
      suggestion: null,
      updatedAt: '2026-03-10T08:01:00.000Z',
    });
    // Process weights: strategy 6 of level 1's 80 points, at 0.8.
    expect(saved.result.levels[0]!.score).toBeCloseTo((6 * 0.8) / 80, 9);
    expect(saved.assessment).toMatchObject({ answered: 2, updatedAt: '2026-03-10T08:01:00.000Z' });

    // Answering a suggested question makes it the user's; the suggestion stays for the record.
    const confirmed = await core.call('assessment.answer', {
      assessmentId: assessment.id,
      questionId: 'hse.L2',
      rating: 'fully',
    });
    expect(confirmed.answer).toMatchObject({
      rating: 'fully',
      suggested: false,
      suggestion: { rating: 'fully' },
    });
    // The evidence stays when only the rating changes, and goes when cleared.
    await core.call('assessment.answer', {
      assessmentId: assessment.id,
      questionId: 'strategy.L1',
      rating: 'fully',
    });
    const noted = await core.call('assessment.get', { id: assessment.id });
    expect(noted.answers.find((a) => a.questionId === 'strategy.L1')!.evidence).toContain('数字化规划');
    await core.call('assessment.answer', {
      assessmentId: assessment.id,
      questionId: 'skills.L1',
      rating: null,
      evidence: '培训记录待补',
    });

    core.close();
    core = await ws.open({ now: clock.now });
    const again = await core.call('assessment.get', { id: assessment.id });
    expect(again.answers.map((a) => [a.questionId, a.rating, a.evidence, a.suggested])).toEqual([
      ['strategy.L1', 'fully', '《2026–2028 年数字化规划》已经总经理办公会通过', false],
      ['skills.L1', null, '培训记录待补', false],
      ['hse.L2', 'fully', null, false],
    ]);
    // A note without a rating is not an answer.
    expect(again.assessment.answered).toBe(2);
    const raw = readRaw(ws.file, (db) =>
      db.prepare('SELECT question_id, rating, suggested FROM assessment_answer ORDER BY question_id').all(),
    );
    expect(raw).toEqual([
      { question_id: 'hse.L2', rating: 'fully', suggested: 0 },
      { question_id: 'skills.L1', rating: null, suggested: 0 },
      { question_id: 'strategy.L1', rating: 'fully', suggested: 0 },
    ]);
  });

  it('keeps several assessments per enterprise, newest first, and compares two side by side', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    const first = await core.call('assessment.create', {
      enterpriseId,
      assessedOn: '2025-06-30',
      title: '2025',
    });
    const second = await core.call('assessment.create', {
      enterpriseId,
      assessedOn: '2026-03-01',
      title: '2026',
    });
    for (const id of ['strategy.L1', 'skills.L1', 'planning.L1', 'operations.L1']) {
      await core.call('assessment.answer', {
        assessmentId: second.assessment.id,
        questionId: id,
        rating: 'fully',
      });
    }
    await core.call('assessment.answer', {
      assessmentId: second.assessment.id,
      questionId: 'network.L3',
      rating: 'fully',
    });
    const list = await core.call('assessment.list', { enterpriseId });
    expect(list.map((a) => a.title)).toEqual(['2026', '2025']);

    const c = await core.call('assessment.compare', {
      firstId: first.assessment.id,
      secondId: second.assessment.id,
    });
    expect(c).toMatchObject({ sameEnterprise: true, sameManufacturingType: true });
    expect(c.first.assessment.id).toBe(first.assessment.id);
    expect(c.second.result.total).toBeGreaterThan(c.first.result.total);
    expect(c.total.delta).toBeCloseTo(c.second.result.total - c.first.result.total, 9);
    // Level 1: strategy 6 + skills 5 + planning 6 + operations 7 = 24 more of 79 points.
    expect(c.levels[0]!.delta).toBeCloseTo(24 / 79, 8);
    const sub = Object.fromEntries(c.subDomains.map((d) => [d.key, d.delta]));
    expect(sub.strategy).toBe(1);
    expect(sub.sales).toBe(0);
    expect(c.subDomains).toHaveLength(20);
    expect(c.changedAnswers).toEqual([
      { questionId: 'strategy.L1', first: null, second: 'fully' },
      { questionId: 'skills.L1', first: null, second: 'fully' },
      { questionId: 'network.L3', first: 'partly', second: 'fully' },
      { questionId: 'planning.L1', first: null, second: 'fully' },
      { questionId: 'operations.L1', first: null, second: 'fully' },
    ]);

    const renamed = await core.call('assessment.update', {
      id: first.assessment.id,
      changes: { title: '2025 年中', manufacturingType: 'process' },
    });
    expect(renamed.assessment).toMatchObject({ title: '2025 年中', manufacturingType: 'process' });
    const mixed = await core.call('assessment.compare', {
      firstId: first.assessment.id,
      secondId: second.assessment.id,
    });
    expect(mixed.sameManufacturingType).toBe(false);
  });

  it('tells every open window when an assessment changes, and only then', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    const { id: enterpriseId } = await core.call('enterprise.create', { name: '事件测试企业' });
    const scopes: string[] = [];
    core.onEvent((e) => {
      if (e.type === 'workspace-changed') scopes.push(e.scope);
    });
    const { assessment } = await core.call('assessment.create', { enterpriseId });
    await core.call('assessment.answer', {
      assessmentId: assessment.id,
      questionId: 'sales.L1',
      rating: 'fully',
    });
    await core.call('assessment.update', { id: assessment.id, changes: { title: '改名' } });
    await core.call('assessment.get', { id: assessment.id });
    await core.call('assessment.list', { enterpriseId });
    await core.call('assessment.delete', { id: assessment.id });
    await core.call('assessment.undoDelete', { id: assessment.id });
    expect(scopes).toEqual(Array(5).fill('assessments'));
  });

  it('deletes an assessment out of sight, undoes it unchanged, and purges it after 30 days', async () => {
    const ws = tempWorkspace();
    const clock = fakeClock('2026-03-10T08:00:00.000Z');
    const core = await ws.open({ now: clock.now });
    const { id: enterpriseId } = await core.call('enterprise.create', { name: '删除测试企业' });
    const a = await core.call('assessment.create', { enterpriseId, title: '要删除的' });
    await core.call('assessment.answer', {
      assessmentId: a.assessment.id,
      questionId: 'sales.L1',
      rating: 'partly',
    });
    const before = await core.call('assessment.get', { id: a.assessment.id });

    expect(await core.call('assessment.delete', { id: a.assessment.id })).toEqual({
      id: a.assessment.id,
      title: '要删除的',
    });
    expect(await core.call('assessment.list', { enterpriseId })).toEqual([]);
    await expectAppError(core.call('assessment.get', { id: a.assessment.id }), 'NOT_FOUND');
    await expectAppError(
      core.call('assessment.answer', {
        assessmentId: a.assessment.id,
        questionId: 'sales.L1',
        rating: 'fully',
      }),
      'NOT_FOUND',
    );
    await expectAppError(core.call('assessment.delete', { id: a.assessment.id }), 'NOT_FOUND');

    expect(await core.call('assessment.undoDelete', { id: a.assessment.id })).toEqual(before);
    expect((await core.call('assessment.list', { enterpriseId })).map((x) => x.id)).toEqual([
      a.assessment.id,
    ]);

    // Deleted for over 30 days: the next deletion purges it for good.
    await core.call('assessment.delete', { id: a.assessment.id });
    clock.advance(31 * DAY);
    const b = await core.call('assessment.create', { enterpriseId, title: '另一个' });
    await core.call('assessment.delete', { id: b.assessment.id });
    await expectAppError(core.call('assessment.undoDelete', { id: a.assessment.id }), 'NOT_FOUND');
    expect(await core.call('assessment.undoDelete', { id: b.assessment.id })).toMatchObject({
      assessment: { title: '另一个' },
    });
    const left = readRaw(ws.file, (db) => ({
      assessments: db.prepare('SELECT id FROM assessment').pluck().all(),
      answers: db
        .prepare('SELECT count(*) FROM assessment_answer WHERE assessment_id = ?')
        .pluck()
        .get(a.assessment.id),
    }));
    expect(left).toEqual({ assessments: [b.assessment.id], answers: 0 });
  });

  it('hides the assessments of a deleted enterprise and brings them back with it', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    const a = await core.call('assessment.create', { enterpriseId });
    await core.call('enterprise.delete', { id: enterpriseId });
    await expectAppError(core.call('assessment.get', { id: a.assessment.id }), 'NOT_FOUND');
    await expectAppError(core.call('assessment.list', { enterpriseId }), 'NOT_FOUND');
    await expectAppError(core.call('assessment.create', { enterpriseId }), 'NOT_FOUND');
    await core.call('enterprise.undoDelete', { id: enterpriseId });
    expect((await core.call('assessment.get', { id: a.assessment.id })).assessment.answered).toBe(9);
  });

  it('goes with its enterprise when the enterprise is purged, answers and all', async () => {
    const ws = tempWorkspace();
    const clock = fakeClock('2026-03-10T08:00:00.000Z');
    let core = await ws.open({ now: clock.now });
    const { id: enterpriseId } = await core.call('enterprise.create', { name: '清除测试企业' });
    const a = await core.call('assessment.create', { enterpriseId });
    await core.call('assessment.answer', {
      assessmentId: a.assessment.id,
      questionId: 'sales.L1',
      rating: 'fully',
    });
    await core.call('enterprise.delete', { id: enterpriseId });
    core.close();
    clock.advance(31 * DAY);
    core = await ws.open({ now: clock.now });
    await expectAppError(core.call('assessment.get', { id: a.assessment.id }), 'NOT_FOUND');
    const left = readRaw(ws.file, (db) => [
      db.prepare('SELECT count(*) FROM assessment').pluck().get(),
      db.prepare('SELECT count(*) FROM assessment_answer').pluck().get(),
    ]);
    expect(left).toEqual([0, 0]);
  });
});
