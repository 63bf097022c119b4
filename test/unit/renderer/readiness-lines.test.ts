/** A readiness score in words and chart rows: the formula applied, line by line, and its clauses. */
import { describe, expect, it } from 'vitest';
import type { IndicatorUnits } from '../../../shared/indicators/indicator-units';
import type {
  ReadinessAction,
  ReadinessInputResult,
  ReadinessScore,
} from '../../../shared/readiness/compute-readiness';
import { READINESS_FORMULAS } from '../../../shared/readiness/readiness-formulas';
import { cite } from '../../../shared/readiness/policy-clauses';
import {
  axisLabel,
  breakdownRows,
  clauseGroups,
  inputLine,
  TOP_ACTIONS,
  visibleActions,
} from '../../../renderer/readiness/readiness-lines';
import { translators } from './support/translators';

const ts = translators();

const SHARE: IndicatorUnits = { value: 'share', numerator: 'units', denominator: 'units' };
const [networked, ncRate, dataIntegration] = READINESS_FORMULAS.smart_factory.inputs;

function measureInput(
  def: typeof networked,
  value: number | null,
  points: number,
  units: IndicatorUnits = SHARE,
): ReadinessInputResult {
  return {
    key: def!.key,
    label: def!.label,
    maxPoints: def!.maxPoints,
    points,
    value,
    source: def!.source,
    measure: { key: 'nc_rate', value, numerator: 0, denominator: 0, units },
    answers: null,
  } as ReadinessInputResult;
}

function answersInput(value: number | null, answered: number, points: number): ReadinessInputResult {
  return {
    key: dataIntegration!.key,
    label: dataIntegration!.label,
    maxPoints: dataIntegration!.maxPoints,
    points,
    value,
    source: dataIntegration!.source,
    measure: null,
    answers: { answered, questions: 8 },
  } as ReadinessInputResult;
}

describe('inputLine', () => {
  it('applies the formula to a register figure: the value, the target, the points', () => {
    const line = measureInput(ncRate, 0.65, 12.1);
    expect(inputLine(ts['zh-CN'], 'zh-CN', line)).toBe(
      '生产设备数控化率：65.0%，达到 80.0% 得满分 15 分 → 12.1 分',
    );
    expect(inputLine(ts.en, 'en', line)).toBe(
      'NC rate of production equipment: 65.0%; 80.0% earns all 15 points → 12.1',
    );
  });

  it('says why an input earned all or nothing when the register has nothing to count', () => {
    const boilers = READINESS_FORMULAS.energy_saving.inputs[1]!;
    expect(inputLine(ts['zh-CN'], 'zh-CN', measureInput(boilers, null, 15))).toBe(
      '非燃煤燃油锅炉占比：台账中没有此类在用设备，无需改造，计满分 15 分',
    );
    expect(inputLine(ts['zh-CN'], 'zh-CN', measureInput(networked, null, 0))).toBe(
      '联网数控设备占生产设备比例：台账中没有可计数的数据，计 0 分（满分 25 分）',
    );
  });

  it('writes robot density in robots per 10,000 employees', () => {
    const robots = READINESS_FORMULAS.automation.inputs[2]!;
    const density = {
      value: 'perTenThousandEmployees',
      numerator: 'units',
      denominator: 'employees',
    } as const;
    expect(inputLine(ts['zh-CN'], 'zh-CN', measureInput(robots, 235, 10, density))).toContain(
      '235 台/万人，达到 470 台/万人 得满分 20 分 → 10 分',
    );
  });

  it('gives the mean rating of the questionnaire inputs, or that there is no assessment', () => {
    expect(inputLine(ts['zh-CN'], 'zh-CN', answersInput(0.3, 3, 6))).toBe(
      '自评：数据与集成：所列子域 8 题的平均评分 0.30（已答 3 题，未答计 0）× 满分 20 分 → 6 分',
    );
    expect(inputLine(ts.en, 'en', answersInput(null, 0, 0))).toBe(
      'Self-assessment: data and integration: no self-assessment yet: 0 of 20 points',
    );
  });
});

describe('breakdown rows', () => {
  const score: ReadinessScore = {
    key: 'smart_factory',
    label: READINESS_FORMULAS.smart_factory.label,
    score: 17,
    inputs: [measureInput(networked, 0.158, 4.9), measureInput(ncRate, 0.65, 12.1), answersInput(0, 0, 0)],
    actions: [],
  };

  it('splits each input into points earned and not earned, in tenths', () => {
    expect(breakdownRows(score, 'zh-CN').map((r) => [r.label, r.earned, r.missing])).toEqual([
      ['联网数控设备占生产设备比例', 4.9, 20.1],
      ['生产设备数控化率', 12.1, 2.9],
      ['自评：数据与集成', 0, 20],
    ]);
  });

  it('shortens axis labels to what precedes a parenthesis and keeps Chinese names on one line', () => {
    expect(axisLabel('机器人密度（满分按中国 2023 年 470 台/万人）')).toBe('机器人密度');
    expect(axisLabel('Robot density (full at China 2023: 470 per 10,000)')).toBe('Robot density');
    expect(axisLabel('IE3 及以上电机功率占比')).toBe('IE3\u00a0及以上电机功率占比');
    expect(axisLabel('Motor kW at IE3 or better')).toBe('Motor kW at IE3 or better');
    expect(axisLabel('（注）')).toBe('（注）');
  });
});

describe('clauses and actions', () => {
  it('cites each clause once, quoting every passage of it the action rests on', () => {
    const groups = clauseGroups(
      [
        cite('smart_equipment'),
        cite('smart_machines_for_small_firms'),
        cite('named_trades'),
        cite('smart_equipment'),
      ],
      'zh-CN',
    );
    expect(groups.map((g) => [g.citation, g.title, g.quotes.length])).toEqual([
      ['深府办〔2015〕20号 第（四）条', '推动智能化改造', 2],
      ['深府办〔2015〕20号 第（五）条', '推动设备更新', 1],
    ]);
    expect(groups[0]!.quotes[0]).toBe('引导和鼓励企业应用先进适用的智能装备进行技术改造');
  });

  it('shows the top actions first and all of them on request', () => {
    const actions = Array.from({ length: 5 }, (_, i) => ({ key: `a${i}` }) as ReadinessAction);
    expect(visibleActions(actions, false).map((a) => a.key)).toEqual(
      ['a0', 'a1', 'a2'].slice(0, TOP_ACTIONS),
    );
    expect(visibleActions(actions, true)).toHaveLength(5);
  });
});
