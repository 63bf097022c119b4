/**
 * Scoring worked out by hand. Level-1 questions exist in every sub-domain but data, integration,
 * security and product services: the discrete weights there add up to 100 − 6 − 6 − 4 − 5 = 79,
 * the process weights to 100 − 6 − 7 − 5 − 2 = 80.
 */
import { describe, expect, it } from 'vitest';
import type { RatingCode } from '../../../shared/assessment/answer-ratings';
import type { Level } from '../../../shared/assessment/cmmm-structure';
import { bandOf, scoreMaturity, type Answers } from '../../../shared/assessment/maturity-scoring';
import { QUESTIONS } from '../../../shared/assessment/questionnaire';
import { SUB_DOMAIN_WEIGHTS } from '../../../shared/assessment/subdomain-weights';

const discrete = SUB_DOMAIN_WEIGHTS.discrete;
const processW = SUB_DOMAIN_WEIGHTS.process;

/** Every question of the given levels rated alike. */
function rate(levels: Record<number, RatingCode>, extra: Answers = {}): Answers {
  const out: Record<string, RatingCode> = {};
  for (const q of QUESTIONS) if (levels[q.level]) out[q.id] = levels[q.level]!;
  return { ...out, ...extra };
}

const scores = (a: Answers, w = discrete) => scoreMaturity(a, w).levels.map((l) => l.score);

describe('maturity scoring', () => {
  it('scores nothing answered as 0, below level 1, and lists every level-1 question as a gap', () => {
    const r = scoreMaturity({}, discrete);
    expect(r).toMatchObject({
      total: 0,
      level: 0,
      band: null,
      answered: 0,
      questions: 95,
      selfAssessment: true,
    });
    expect(r.next?.level).toBe(1);
    expect(r.next?.pointsNeeded).toBe(0.8);
    const gaps = r.next!.gaps;
    expect(gaps).toHaveLength(16);
    // By weight within the level: the two 7-point sub-domains first, in questionnaire order.
    expect(gaps.slice(0, 2).map((g) => g.questionId)).toEqual(['equipment.L1', 'operations.L1']);
    expect(gaps[0]!.weight).toBeCloseTo(7 / 79, 9);
    // Rating equipment.L1 fully alone makes S1 = 7/79 and the total the same.
    expect(gaps[0]!.gain).toBeCloseTo(7 / 79, 9);
    expect(gaps.at(-1)!.weight).toBeCloseTo(3 / 79, 9);
  });

  it('reaches level 1 at exactly 0.8: every level-1 question "mostly"', () => {
    const r = scoreMaturity(rate({ 1: 'mostly' }), discrete);
    expect(scores(rate({ 1: 'mostly' }))).toEqual([0.8, 0, 0, 0, 0]);
    expect(r.levels[0]).toMatchObject({ reached: true, counted: true, answered: 16, questions: 16 });
    expect(r.levels[1]).toMatchObject({ reached: false, counted: true });
    expect(r.levels[2]).toMatchObject({ counted: false });
    expect(r).toMatchObject({ total: 0.8, level: 1, band: { level: 1, from: 0.8, to: 1.8 } });
  });

  it('reaches 0.8 exactly by weights: process, 64 of 80 points fully met, the rest not', () => {
    // Not met: operations 8 + skills 5 + sales 3 = 16 of the 80 level-1 points.
    const miss = { 'operations.L1': 'not_met', 'skills.L1': 'not_met', 'sales.L1': 'not_met' } as const;
    const r = scoreMaturity(rate({ 1: 'fully' }, miss), processW);
    expect(r.levels[0]).toMatchObject({ score: 0.8, reached: true });
    expect(r.level).toBe(1);
    // One more point short (logistics 3 → partly: 1.5 points lost) and level 1 is missed.
    const less = scoreMaturity(rate({ 1: 'fully' }, { ...miss, 'logistics.L1': 'partly' }), processW);
    expect(less.levels[0]!.score).toBeCloseTo(62.5 / 80, 9);
    expect(less).toMatchObject({ level: 0 });
  });

  it('weighs a missing sub-domain by its own weight, differently for discrete and process', () => {
    const a = rate({ 1: 'fully' }, { 'strategy.L1': 'not_met' });
    // Discrete: strategy is 6 of 79 → S1 = 73/79; process: 6 of 80 → 74/80.
    expect(scoreMaturity(a, discrete).total).toBeCloseTo(73 / 79, 9);
    expect(scoreMaturity(a, processW).total).toBeCloseTo(0.925, 9);
    const energy = rate({ 1: 'fully' }, { 'energy.L1': 'not_met' });
    // Energy weighs 4 in discrete, 6 in process.
    expect(scoreMaturity(energy, discrete).total).toBeCloseTo(75 / 79, 9);
    expect(scoreMaturity(energy, processW).total).toBeCloseTo(74 / 80, 9);
  });

  it('counts a level only when every level below it is reached', () => {
    // Level 1 partly (0.5) is not reached: level 2, fully met, adds nothing.
    const r = scoreMaturity(rate({ 1: 'partly', 2: 'fully' }), discrete);
    expect(scores(rate({ 1: 'partly', 2: 'fully' }))).toEqual([0.5, 1, 0, 0, 0]);
    expect(r.levels.map((l) => l.counted)).toEqual([true, false, false, false, false]);
    expect(r).toMatchObject({ total: 0.5, level: 0 });
    // The gaps to level 1 are the level-1 questions, not the level-2 ones already met.
    expect(new Set(r.next!.gaps.map((g) => g.level))).toEqual(new Set([1]));
  });

  it('places totals in the bands: 1 + 0.8 = 1.8 is level 2, 1 + 0.79… is level 1', () => {
    expect(scoreMaturity(rate({ 1: 'fully', 2: 'mostly' }), discrete)).toMatchObject({
      total: 1.8,
      level: 2,
    });
    const justUnder = scoreMaturity(
      rate({ 1: 'fully', 2: 'mostly' }, { 'logistics.L2': 'partly' }),
      discrete,
    );
    // Level 2 asks all but product services: 95 discrete points, logistics 3 of them at 0.5.
    const s2 = (0.8 * 92 + 0.5 * 3) / 95;
    expect(justUnder.levels[1]!.score).toBeCloseTo(s2, 9);
    expect(justUnder).toMatchObject({ level: 1 });
    expect(justUnder.total).toBeCloseTo(1 + s2, 9);
    expect(justUnder.next).toMatchObject({ level: 2 });
    expect(justUnder.next!.pointsNeeded).toBeCloseTo(0.8 - s2, 9);
    expect(justUnder.next!.gaps.map((g) => g.questionId)).toEqual(['logistics.L2']);
    for (const [total, level] of [
      [0.79, null],
      [0.8, 1],
      [1.79, 1],
      [2.8, 3],
      [3.8, 4],
      [4.79, 4],
      [4.8, 5],
      [5, 5],
    ] as const) {
      expect(bandOf(total)?.level ?? null, String(total)).toBe(level);
    }
  });

  it('keeps a total below a band though every level is at 0.8, and names what would lift it', () => {
    // S1 = S2 = 0.8: both levels reached, yet the total 1.6 stays in level 1's band.
    const r = scoreMaturity(rate({ 1: 'mostly', 2: 'mostly' }), discrete);
    expect(r.levels.slice(0, 2).map((l) => l.reached)).toEqual([true, true]);
    expect(r).toMatchObject({ total: 1.6, level: 1 });
    expect(r.next!.pointsNeeded).toBeCloseTo(0.2, 9);
    // Nothing is under 0.8, so the gaps are the "mostly" answers of levels 1 and 2.
    expect(r.next!.gaps).toHaveLength(16 + 19);
    expect(r.next!.gaps.every((g) => g.rating === 'mostly')).toBe(true);
  });

  it('scores everything fully met as 5, level 5, with no next level', () => {
    const r = scoreMaturity(rate({ 1: 'fully', 2: 'fully', 3: 'fully', 4: 'fully', 5: 'fully' }), processW);
    expect(r).toMatchObject({ total: 5, level: 5, next: null, answered: 95 });
    expect(r.subDomains.every((s) => s.score === 5 && s.reachedLevel === 5)).toBe(true);
    expect(r.elements.map((e) => e.score)).toEqual([5, 5, 5, 5]);
  });

  it('scores a sub-domain for the radar level by level, its first requirement standing in below it', () => {
    const r = scoreMaturity(
      {
        'data.L2': 'fully',
        'product_service.L3': 'fully',
        'equipment.L1': 'fully',
        'equipment.L2': 'partly',
      },
      discrete,
    );
    const sub = (code: string) => r.subDomains.find((s) => s.subDomain === code)!;
    // Data starts at level 2: met there counts for levels 1 and 2.
    expect(sub('data')).toMatchObject({ score: 2, reachedLevel: 2, levelScores: [null, 1, 0, 0, 0] });
    expect(sub('product_service')).toMatchObject({ score: 3, reachedLevel: 3 });
    // Equipment: 1 + 0.5, then level 2 is not reached and level 3 counts nothing.
    expect(sub('equipment')).toMatchObject({ score: 1.5, reachedLevel: 1 });
    // Resources = equipment (7) and network (5): (7 × 1.5 + 5 × 0) ÷ 12.
    expect(r.elements.find((e) => e.element === 'resources')!.score).toBeCloseTo(10.5 / 12, 9);
  });

  it('treats an answer taken back (null) as unanswered', () => {
    const r = scoreMaturity(rate({ 1: 'fully' }, { 'strategy.L1': null }), discrete);
    expect(r.answered).toBe(15);
    expect(r.total).toBeCloseTo(73 / 79, 9);
    expect(r.levels.find((l) => l.level === (1 as Level))!.answered).toBe(15);
  });
});
