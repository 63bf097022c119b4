/**
 * The readiness scores of the small register (../indicators/small-register.ts) worked out by hand,
 * computed by the core, and the actions followed to their rows. In service (reference year 2026):
 * production units 12, of them CNC 10 and networked CNC 5; CNC value 2,100,000.55 of 2,200,000.55;
 * robots 4 for 200 employees; motors of known power 224 kW, of known class 119 kW, IE3 or better
 * 30 kW; 33 units, 32 of known year, 12 over age; boilers 3 (coal, fuel oil, gas); generator sets 3
 * (2 diesel, 1 of unknown source).
 */
import { describe, expect, it } from 'vitest';
import type { ReadinessReport } from '../../../shared/readiness/readiness-api';
import { openSmallRegister, type SmallRegister } from '../indicators/small-register';

const byKey = <T extends { key: string }>(items: readonly T[]) =>
  Object.fromEntries(items.map((x) => [x.key, x]));

function points(report: ReadinessReport) {
  return Object.fromEntries(
    report.scores.map((s) => [
      s.key,
      { score: s.score, ...Object.fromEntries(s.inputs.map((i) => [i.key, i.points])) },
    ]),
  );
}

async function labelsOf(reg: SmallRegister, rowSet: string) {
  const r = await reg.core.call('readiness.rows', {
    enterpriseId: reg.enterpriseId,
    rowSet: rowSet as never,
    limit: 1000,
  });
  return { labels: r.rows.map((row) => row.asset_code), units: r.units, ids: r.ids };
}

describe('readiness of the small register', () => {
  it('scores the register alone, input by input, cut down to tenths', async () => {
    const reg = await openSmallRegister();
    const r = await reg.core.call('readiness.compute', {
      enterpriseId: reg.enterpriseId,
      assessmentId: null,
    });
    expect(r).toMatchObject({ enterpriseId: reg.enterpriseId, referenceYear: 2026, assessment: null });
    expect(points(r)).toEqual({
      smart_factory: {
        // 25 × (5/12 ÷ 0.8) = 13.02 → 13.0; NC 10/12 ≥ 0.8 → 15; no answers.
        score: 28,
        networked_production: 13,
        nc_rate: 15,
        data_integration: 0,
        network_security: 0,
        planning_operations: 0,
        strategy_skills: 0,
      },
      energy_saving: {
        // 30 × 30/224 = 4.02 → 4.0; 15 × 1/3 = 5; 10 × 0/3 = 0; 10 × (20/33 ÷ 0.9) = 6.73 → 6.7.
        score: 15.7,
        motors: 4,
        boilers: 5,
        generators: 0,
        equipment_age: 6.7,
        energy_management: 0,
        hse_maintenance: 0,
      },
      automation: {
        // 30 (NC ≥ 0.8) + 20 (value share 0.95 ≥ 0.8) + 20 × 200/470 = 8.51 → 8.5 + 6.7.
        score: 65.2,
        nc_rate: 30,
        automated_value: 20,
        robots: 8.5,
        equipment_age: 6.7,
        equipment_operations: 0,
      },
    });
    const energy = byKey(r.scores)['energy_saving']!;
    const motors = byKey(energy.inputs)['motors']!;
    expect(motors.measure).toMatchObject({ key: 'motor_ie3_kw_share', numerator: 30, denominator: 224 });
    expect(motors.source).toEqual({
      kind: 'measure',
      measure: 'motor_ie3_kw_share',
      fullAt: 1,
      whenEmpty: 'full',
    });
    expect(byKey(energy.inputs)['energy_management']).toMatchObject({
      value: null,
      answers: { answered: 0, questions: 5 },
    });
  });

  it('ranks the actions by their effect, each with its rows, its clause and the points it would add', async () => {
    const reg = await openSmallRegister();
    const r = await reg.core.call('readiness.compute', {
      enterpriseId: reg.enterpriseId,
      assessmentId: null,
    });
    const actions = (key: string) =>
      byKey(r.scores)[key]!.actions.map((a) => [
        a.key,
        a.effect,
        a.rows?.units ?? null,
        a.clauses.map((c) => c.clause),
      ]);
    expect(actions('energy_saving')).toEqual([
      ['answers.energy_management', 25, null, ['八']],
      // Unknown-class motors 105 kW, if all IE3+: 135/224 → 18.0; replacing those below IE3
      // (119 − 30 = 89 kW): 119/224 → 15.9; boilers all clean: 15; gensets 2/3 → 6.6;
      // all units within life: 10; the unknown genset found clean: 1/3 → 3.3; R4's year: 21/33 → 7.0.
      ['record_motor_classes', 14, 11, ['八']],
      ['replace_motors_below_ie3', 11.9, 4, ['八']],
      ['remediate_coal_oil_boilers', 10, 2, ['八']],
      ['answers.hse_maintenance', 10, null, ['八', '五']],
      ['replace_diesel_generators', 6.6, 2, ['八']],
      ['record_combustion_sources', 3.3, 1, ['八', '八']],
      ['renew_over_age_equipment', 3.3, 12, ['五']],
      ['record_commissioning_years', 0.3, 1, ['五']],
    ]);
    expect(actions('smart_factory').slice(0, 4)).toEqual([
      ['answers.data_integration', 20, null, ['七', '七']],
      ['answers.planning_operations', 15, null, ['七', '四']],
      ['answers.strategy_skills', 15, null, ['四']],
      // All 10 CNC units networked: 10/12 ≥ 0.8 → 25.
      ['network_cnc_equipment', 12, 5, ['四', '七']],
    ]);
    // 470 × 200 ÷ 10,000 = 9.4 → 10 robots, 6 more: density 500 → 20 points (+11.5); as networked
    // production units they lift the networked share to 11/18 (+6.0 in smart-factory readiness).
    const robots = byKey(byKey(r.scores)['automation']!.actions)['add_robots']!;
    expect(robots).toMatchObject({
      effect: 11.5,
      unitsToAdd: 6,
      rows: { rowSet: 'robot_candidates', rows: 1, units: 2 },
    });
    expect(byKey(byKey(r.scores)['smart_factory']!.actions)['add_robots']!.effect).toBe(6);
    // R2 is the only production machine without CNC, and NC already earns every point.
    expect(r.scores.flatMap((s) => s.actions).some((a) => a.key === 'digitise_production_equipment')).toBe(
      false,
    );

    const motor = byKey(byKey(r.scores)['energy_saving']!.actions)['replace_motors_below_ie3']!;
    expect(motor.clauses).toEqual([
      {
        passage: 'motors_and_boilers',
        clause: '八',
        citation: '深府办〔2015〕20号 第（八）条',
        title: { zh: '引导绿色发展', en: 'Green development' },
        quote: { zh: '实施电机能效提升及工业锅炉污染整治工程', en: expect.any(String) },
      },
    ]);
    expect(byKey(byKey(r.scores)['energy_saving']!.actions)['record_motor_classes']!.upperBound).toBe(true);
  });

  it('names the rows of every action, listable with readiness.rows', async () => {
    const reg = await openSmallRegister();
    const r = await reg.core.call('readiness.compute', {
      enterpriseId: reg.enterpriseId,
      assessmentId: null,
    });
    const expected: Record<string, [string[], number]> = {
      cnc_not_networked: [['R3', 'R4'], 5],
      production_not_cnc: [['R2'], 2],
      robot_candidates: [['R2'], 2],
      motors_below_ie3: [['R2', 'R8'], 4],
      motor_class_unknown: [['R4', 'R9'], 11],
      diesel_generators: [['R11'], 2],
      coal_oil_boilers: [['R13', 'R14'], 2],
      combustion_source_unknown: [['R12'], 1],
      over_age: [['R2', 'R5', 'R8', 'R10', 'R11', 'R13', 'R17'], 12],
      year_unknown: [['R4'], 1],
    };
    for (const [rowSet, [labels, units]] of Object.entries(expected)) {
      const listed = await labelsOf(reg, rowSet);
      expect({ rowSet, labels: listed.labels, units: listed.units }).toEqual({ rowSet, labels, units });
      expect(listed.ids).toEqual(labels.map((l) => reg.ids[l]));
      expect(r.rowSets[rowSet as keyof typeof r.rowSets]).toEqual({ rows: labels.length, units });
    }
    // The over-age rows follow the reference year, as the indicator's do: in 2020 only the chiller
    // (2000, 20 of 15 years) and the forklifts (2010, 10 of 8) were past their design life.
    const in2020 = await reg.core.call('readiness.rows', {
      enterpriseId: reg.enterpriseId,
      rowSet: 'over_age',
      year: 2020,
    });
    expect(in2020.rows.map((x) => x.asset_code)).toEqual(['R10', 'R17']);
    const page = await reg.core.call('readiness.rows', {
      enterpriseId: reg.enterpriseId,
      rowSet: 'over_age',
      offset: 2,
      limit: 2,
    });
    expect(page).toMatchObject({ offset: 2, units: 12 });
    expect(page.rows.map((x) => x.asset_code)).toEqual(['R8', 'R10']);
  });

  it('adds the answers of the newest assessment, or of the one asked for', async () => {
    const reg = await openSmallRegister();
    const older = await reg.core.call('assessment.create', {
      enterpriseId: reg.enterpriseId,
      assessedOn: '2025-01-15',
      prefill: false,
    });
    const newest = await reg.core.call('assessment.create', {
      enterpriseId: reg.enterpriseId,
      assessedOn: '2026-03-01',
    });
    const r = await reg.core.call('readiness.compute', { enterpriseId: reg.enterpriseId });
    expect(r.assessment).toMatchObject({ id: newest.assessment.id, assessedOn: '2026-03-01' });
    // Suggested answers: network L2 fully, L3 partly of 9 network and security questions →
    // 10 × 1.5/9 = 1.67 → 1.6; maintenance L1 fully, L2 partly, hse L2 not met of 10 → 1.5;
    // equipment L1–L3 fully of 10 equipment and operations questions → 20 × 0.3 = 6.
    expect(r.scores.map((s) => s.score)).toEqual([29.6, 17.2, 71.2]);
    const smart = byKey(byKey(r.scores)['smart_factory']!.inputs)['network_security']!;
    expect(smart).toMatchObject({ points: 1.6, answers: { answered: 2, questions: 9 } });
    expect(smart.value).toBeCloseTo(1.5 / 9, 12);
    const open = byKey(byKey(r.scores)['smart_factory']!.actions)['answers.network_security']!;
    // Lowest level first; within a level in questionnaire order (technology before resources).
    expect(open.questions!.map((q) => q.questionId)).toEqual([
      'network.L1',
      'security.L2',
      'security.L3',
      'network.L3',
      'security.L4',
      'network.L4',
      'security.L5',
      'network.L5',
    ]);
    expect(open.effect).toBe(8.4);

    const withOlder = await reg.core.call('readiness.compute', {
      enterpriseId: reg.enterpriseId,
      assessmentId: older.assessment.id,
    });
    expect(withOlder.assessment!.id).toBe(older.assessment.id);
    expect(withOlder.scores.map((s) => s.score)).toEqual([28, 15.7, 65.2]);
  });

  it('cites clause （五） by name for the trades it names, and refuses another enterprise’s assessment', async () => {
    const reg = await openSmallRegister();
    await reg.core.call('enterprise.update', { id: reg.enterpriseId, changes: { industryDivision: '21' } });
    const r = await reg.core.call('readiness.compute', {
      enterpriseId: reg.enterpriseId,
      assessmentId: null,
    });
    expect(r.namedTrade).toMatchObject({ division: '21', trade: { zh: '家具' } });
    const renew = byKey(byKey(r.scores)['energy_saving']!.actions)['renew_over_age_equipment']!;
    expect(renew.namedTrade?.trade.en).toBe('furniture');
    expect(renew.clauses.map((c) => c.passage)).toEqual(['retire_old_equipment', 'named_trades']);
    // Clause （八） actions are not the named trades' business.
    expect(
      byKey(byKey(r.scores)['energy_saving']!.actions)['replace_motors_below_ie3']!.namedTrade,
    ).toBeNull();

    const other = await reg.core.call('enterprise.create', { name: '另一家企业' });
    const theirs = await reg.core.call('assessment.create', { enterpriseId: other.id });
    const wire = await reg.core.dispatch('readiness.compute', {
      enterpriseId: reg.enterpriseId,
      assessmentId: theirs.assessment.id,
    });
    expect(wire).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', params: { what: 'assessment' } } });
  });
});
