/**
 * Properties of the maturity scoring over random answer sets: scores stay in range, the level
 * matches the band of the total, and a better answer to any one question never lowers the total,
 * the level, or any level, sub-domain or element score.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATING_CODES, ratingValue, type RatingCode } from '../../../shared/assessment/answer-ratings';
import {
  bandOf,
  scoreMaturity,
  type Answers,
  type MaturityResult,
} from '../../../shared/assessment/maturity-scoring';
import { QUESTION_IDS } from '../../../shared/assessment/questionnaire';
import { SUB_DOMAIN_WEIGHTS } from '../../../shared/assessment/subdomain-weights';

const ANSWER = fc.constantFrom<RatingCode | null>(null, ...RATING_CODES);
/** Answer sets of every quality: each question is met fully with the set's chance, else at random. */
const ANSWERS = fc
  .tuple(
    fc.array(fc.tuple(ANSWER, fc.double({ min: 0, max: 1, noNaN: true })), {
      minLength: QUESTION_IDS.length,
      maxLength: QUESTION_IDS.length,
    }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(
    ([draws, quality]) =>
      Object.fromEntries(
        QUESTION_IDS.map((id, i) => [id, draws[i]![1] < quality ? 'fully' : draws[i]![0]]),
      ) as Answers,
  );
const TYPE = fc.constantFrom('discrete' as const, 'process' as const);

/** Every number of a result that must not fall when an answer gets better. */
function figures(r: MaturityResult): number[] {
  return [
    r.total,
    r.level,
    ...r.levels.map((l) => l.score),
    ...r.subDomains.flatMap((s) => [s.score, s.reachedLevel]),
    ...r.elements.map((e) => e.score),
  ];
}

describe('maturity scoring properties', () => {
  it('keeps scores in range and the level in the band of the total', () => {
    fc.assert(
      fc.property(ANSWERS, TYPE, (answers, type) => {
        const r = scoreMaturity(answers, SUB_DOMAIN_WEIGHTS[type]);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(5);
        expect(r.level).toBe(bandOf(r.total)?.level ?? 0);
        for (const l of r.levels) expect(l.score >= 0 && l.score <= 1).toBe(true);
        for (const s of r.subDomains) expect(s.score >= 0 && s.score <= 5).toBe(true);
        // The level never exceeds the number of levels reached in a row.
        const inARow = r.levels.findIndex((l) => !l.reached);
        expect(r.level).toBeLessThanOrEqual(inARow === -1 ? 5 : inARow);
      }),
      { numRuns: 300, seed: 4 },
    );
  });

  it('never lowers any score or the level when one answer improves', () => {
    const improvement = fc
      .tuple(ANSWERS, TYPE, fc.integer({ min: 0, max: QUESTION_IDS.length - 1 }), ANSWER)
      .filter(([answers, , i, better]) => ratingValue(better) > ratingValue(answers[QUESTION_IDS[i]!]));
    fc.assert(
      fc.property(improvement, ([answers, type, i, better]) => {
        const weights = SUB_DOMAIN_WEIGHTS[type];
        const before = figures(scoreMaturity(answers, weights));
        const after = figures(scoreMaturity({ ...answers, [QUESTION_IDS[i]!]: better }, weights));
        after.forEach((v, k) => expect(v, `figure ${k}`).toBeGreaterThanOrEqual(before[k]!));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('gives every gap a gain equal to rescoring with that answer fully met', () => {
    fc.assert(
      fc.property(ANSWERS, TYPE, (answers, type) => {
        const weights = SUB_DOMAIN_WEIGHTS[type];
        const r = scoreMaturity(answers, weights);
        for (const g of r.next?.gaps.slice(0, 5) ?? []) {
          const lifted = scoreMaturity({ ...answers, [g.questionId]: 'fully' }, weights).total;
          expect(g.gain).toBeCloseTo(lifted - r.total, 9);
          expect(g.level).toBeLessThanOrEqual(r.next!.level);
        }
      }),
      { numRuns: 100, seed: 11 },
    );
  });
});
