/** The questionnaire, the radar and the comparison as the assessment pages lay them out. */
import { describe, expect, it } from 'vitest';
import { questionnaire, type AssessmentDetail } from '../../../shared/assessment/assessment-api';
import { compareAssessments } from '../../../shared/assessment/compare-assessments';
import { scoreMaturity, type Answers } from '../../../shared/assessment/maturity-scoring';
import { SUB_DOMAIN_WEIGHTS } from '../../../shared/assessment/subdomain-weights';
import { compareOrder, subDomainDeltas, trendOf } from '../../../renderer/assessment/compare-rows';
import { deltaText, levelTag, scoreText } from '../../../renderer/assessment/maturity-text';
import {
  answerIndex,
  domainRuns,
  elementQuestions,
  locate,
  newerDetail,
  progressOf,
  questionnaireGroups,
} from '../../../renderer/assessment/questionnaire-shape';
import { radarRows } from '../../../renderer/assessment/radar-rows';

const q = questionnaire();
const groups = questionnaireGroups(q);

function detail(
  id: number,
  answers: Answers,
  updatedAt = '2026-03-10T08:00:00.000Z',
  suggested: string[] = [],
): AssessmentDetail {
  const result = scoreMaturity(answers, SUB_DOMAIN_WEIGHTS.discrete);
  return {
    assessment: {
      id,
      enterpriseId: 1,
      title: `A${id}`,
      assessedOn: '2026-03-10',
      manufacturingType: 'discrete',
      questionnaireVersion: 1,
      answered: result.answered,
      suggested: suggested.length,
      questions: result.questions,
      total: result.total,
      level: result.level,
      createdAt: updatedAt,
      updatedAt,
    },
    answers: Object.entries(answers).map(([questionId, rating]) => ({
      questionId,
      rating: rating ?? null,
      evidence: null,
      suggested: suggested.includes(questionId),
      suggestion: null,
      updatedAt,
    })),
    result,
  };
}

describe('questionnaireGroups', () => {
  it('lays out 4 elements, 20 sub-domains and every question once, lowest level first', () => {
    expect(groups.map((e) => e.code)).toEqual(['people', 'technology', 'resources', 'manufacturing']);
    expect(groups.flatMap((e) => e.subDomains)).toHaveLength(20);
    const ids = groups.flatMap(elementQuestions).map((x) => x.id);
    expect(ids).toHaveLength(q.questions.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of groups.flatMap((e) => e.subDomains)) {
      const levels = s.questions.map((x) => x.level);
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
    }
    expect(groups[0]!.subDomains[0]).toMatchObject({
      code: 'strategy',
      label: { zh: '组织战略' },
      domain: null,
    });
  });

  it('groups the manufacturing sub-domains by capability domain, in order', () => {
    const manufacturing = groups.find((e) => e.code === 'manufacturing')!;
    expect(domainRuns(manufacturing.subDomains).map((r) => [r.domain, r.subDomains.length])).toEqual([
      ['design', 2],
      ['production', 7],
      ['logistics', 1],
      ['sales', 1],
      ['service', 2],
    ]);
    const people = groups.find((e) => e.code === 'people')!;
    expect(domainRuns(people.subDomains)).toEqual([{ domain: null, subDomains: people.subDomains }]);
  });
});

describe('progress', () => {
  it('counts answered questions, register suggestions included and shown apart', () => {
    const d = detail(1, { 'strategy.L1': 'fully', 'strategy.L2': null, 'strategy.L3': 'partly' }, undefined, [
      'strategy.L3',
    ]);
    const strategy = groups[0]!.subDomains[0]!;
    expect(progressOf(strategy.questions, answerIndex(d))).toEqual({
      questions: 5,
      answered: 2,
      suggested: 1,
    });
    expect(progressOf(elementQuestions(groups[0]!), answerIndex(d))).toEqual({
      questions: 10,
      answered: 2,
      suggested: 1,
    });
  });

  it('finds the element and sub-domain a question belongs to', () => {
    expect(locate(groups, 'energy.L2')).toEqual({ element: 'manufacturing', subDomain: 'energy' });
    expect(locate(groups, 'nope.L9')).toBeNull();
  });
});

describe('newerDetail', () => {
  const older = detail(1, { 'strategy.L1': 'fully' }, '2026-03-10T08:00:00.000Z');
  const newer = detail(1, { 'strategy.L1': 'partly' }, '2026-03-10T08:00:01.000Z');
  it('keeps the one saved last, whatever order they arrive in', () => {
    expect(newerDetail(older, newer)).toBe(newer);
    expect(newerDetail(newer, older)).toBe(newer);
    expect(newerDetail(null, older)).toBe(older);
  });
  it('takes the one that arrived last on a tie, and another assessment outright', () => {
    const same = detail(1, {}, older.assessment.updatedAt);
    expect(newerDetail(older, same)).toBe(same);
    const other = detail(2, {}, '2020-01-01T00:00:00.000Z');
    expect(newerDetail(newer, other)).toBe(other);
  });
});

describe('radarRows', () => {
  it('gives one row per sub-domain in the model’s order with a score per assessment', () => {
    const a = detail(1, { 'strategy.L1': 'fully' }).result;
    const b = detail(2, { 'strategy.L1': 'fully', 'strategy.L2': 'fully', 'equipment.L1': 'mostly' }).result;
    const rows = radarRows(
      [
        { key: 'first', subDomains: a.subDomains },
        { key: 'second', subDomains: b.subDomains },
      ],
      (code) => `<${code}>`,
    );
    expect(rows).toHaveLength(20);
    expect(rows.map((r) => r.subDomain)).toEqual(q.subDomains.map((s) => s.code));
    const strategy = rows[0]!;
    expect(strategy).toMatchObject({
      label: '<strategy>',
      first: a.subDomains[0]!.score,
      second: b.subDomains[0]!.score,
    });
    expect(strategy.second).toBeGreaterThan(strategy.first as number);
    expect(rows.find((r) => r.subDomain === 'equipment')).toMatchObject({ first: 0 });
  });
});

describe('comparison rows', () => {
  it('orders two assessments earlier first, by date then creation', () => {
    const list = [
      { ...detail(7, {}).assessment, assessedOn: '2026-05-01' },
      { ...detail(5, {}).assessment, assessedOn: '2025-11-20' },
      { ...detail(6, {}).assessment, assessedOn: '2026-05-01' },
    ];
    expect(compareOrder(list, [7, 5])).toEqual([5, 7]);
    expect(compareOrder(list, [7, 6])).toEqual([6, 7]);
  });

  it('lists each sub-domain’s change with its element and direction', () => {
    const first = detail(1, { 'strategy.L1': 'fully', 'equipment.L1': 'fully' });
    const second = detail(2, { 'strategy.L1': 'fully', 'strategy.L2': 'fully' });
    const rows = subDomainDeltas(compareAssessments(first, second));
    expect(rows).toHaveLength(20);
    expect(rows.find((r) => r.subDomain === 'strategy')).toMatchObject({ element: 'people', trend: 'up' });
    expect(rows.find((r) => r.subDomain === 'equipment')).toMatchObject({
      element: 'resources',
      trend: 'down',
    });
    expect(rows.find((r) => r.subDomain === 'sales')).toMatchObject({ delta: 0, trend: 'same' });
    expect(trendOf(0.004)).toBe('same');
  });
});

describe('maturity text', () => {
  it('writes scores to two decimals and changes signed', () => {
    expect(scoreText(1.8, 'zh-CN')).toBe('1.80');
    expect(deltaText(0.4, 'zh-CN')).toBe('+0.40');
    expect(deltaText(-0.25, 'en')).toBe('−0.25');
    expect(deltaText(0.001, 'en')).toBe('0.00');
    expect(levelTag(2, 'zh-CN')).toBe('L2 规范级');
    expect(levelTag(5, 'en')).toBe('L5 Leading');
  });
});
