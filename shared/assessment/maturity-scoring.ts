/**
 * Scores a set of answers in the way DOMAIN.md §6 describes the CMMM assessment method **[verify]**:
 *
 * - a sub-domain's score at a level is the mean value of its questions there (unanswered = 0);
 * - a level's score S is the weighted mean of the sub-domain scores at that level, over the
 *   sub-domains the level asks something of;
 * - a level is reached when S ≥ 0.8; the total adds S of every level up to and including the first
 *   level not reached (the levels above it count nothing, so the total lies in 0–5);
 * - the total falls in a band: L1 0.8–1.8, L2 1.8–2.8, L3 2.8–3.8, L4 3.8–4.8, L5 4.8–5.
 *
 * Every step is monotone (a mean, a weighted mean, a gate that only opens as scores rise, rounding
 * to nine decimals), so a better answer never lowers a score or the level. The result is a
 * self-assessment and says so.
 */
import { ratingValue, type RatingCode } from './answer-ratings';
import {
  ELEMENTS,
  LEVEL_NUMBERS,
  SUB_DOMAINS,
  type ElementCode,
  type Level,
  type SubDomainCode,
} from './cmmm-structure';
import { QUESTIONS, type Question } from './questionnaire';
import type { SubDomainWeights } from './subdomain-weights';

export const LEVEL_REACHED_AT = 0.8;

export interface ScoreBand {
  level: Level;
  /** Inclusive. */
  from: number;
  /** Exclusive, except the last band's 5. */
  to: number;
}

export const SCORE_BANDS: readonly ScoreBand[] = [
  { level: 1, from: 0.8, to: 1.8 },
  { level: 2, from: 1.8, to: 2.8 },
  { level: 3, from: 2.8, to: 3.8 },
  { level: 4, from: 3.8, to: 4.8 },
  { level: 5, from: 4.8, to: 5 },
];

export const SELF_ASSESSMENT_NOTICE = {
  zh: '这是企业按本产品问卷所做的自评，问卷仿照 GB/T 39116-2020 的结构编写；结果不是经评估机构认定的智能制造能力成熟度等级。',
  en: "This is the enterprise's self-assessment on the product's own questionnaire, written in the structure of GB/T 39116-2020; it is not a maturity level certified by an assessment body.",
};

/** Question id → the answer given; absent or null is unanswered. */
export type Answers = Readonly<Record<string, RatingCode | null | undefined>>;

export interface LevelScore {
  level: Level;
  /** 0–1. */
  score: number;
  reached: boolean;
  /** Whether the score is part of the total: every level below it is reached. */
  counted: boolean;
  questions: number;
  answered: number;
}

export interface SubDomainScore {
  subDomain: SubDomainCode;
  element: ElementCode;
  weight: number;
  /** 0–5, for the radar: the sub-domain scored as the total is, level by level. */
  score: number;
  /** The highest level whose requirements, and those of every level below, score ≥ 0.8. */
  reachedLevel: Level | 0;
  /** Levels 1–5; null where the level asks nothing of the sub-domain. */
  levelScores: (number | null)[];
}

export interface ElementScore {
  element: ElementCode;
  /** 0–5: the weighted mean of its sub-domains' scores. */
  score: number;
}

export interface MaturityGap {
  questionId: string;
  subDomain: SubDomainCode;
  level: Level;
  rating: RatingCode | null;
  /** The question's share of its level's score. */
  weight: number;
  /** How much the total would rise if this question alone were rated fully. */
  gain: number;
}

export interface NextLevel {
  level: Level;
  /** Total score still missing to enter the next level's band. */
  pointsNeeded: number;
  /**
   * The questions of the next level and below rated under 0.8, lowest level first, then by weight.
   * When none is, those rated under 1: a total can stay below a band with every level at 0.8.
   */
  gaps: MaturityGap[];
}

export interface MaturityResult {
  selfAssessment: true;
  notice: typeof SELF_ASSESSMENT_NOTICE;
  total: number;
  /** 0 below level 1's band. */
  level: Level | 0;
  band: ScoreBand | null;
  levels: LevelScore[];
  subDomains: SubDomainScore[];
  elements: ElementScore[];
  /** Null at level 5. */
  next: NextLevel | null;
  answered: number;
  questions: number;
}

/** Rounding to nine decimals keeps 0.8 at 0.8 after weighted sums; it is monotone like every step. */
export const settle = (x: number) => Math.round(x * 1e9) / 1e9;

const levelIndex = (level: Level) => level - 1;

/** Questions per sub-domain and level, built once. */
const CELLS: Map<SubDomainCode, Question[][]> = new Map(
  SUB_DOMAINS.map((s) => [s.code, LEVEL_NUMBERS.map(() => [] as Question[])]),
);
for (const q of QUESTIONS) CELLS.get(q.subDomain)![levelIndex(q.level)]!.push(q);

function cellScores(answers: Answers): Map<SubDomainCode, (number | null)[]> {
  const out = new Map<SubDomainCode, (number | null)[]>();
  for (const [subDomain, cells] of CELLS) {
    out.set(
      subDomain,
      cells.map((qs) =>
        qs.length === 0 ? null : settle(qs.reduce((s, q) => s + ratingValue(answers[q.id]), 0) / qs.length),
      ),
    );
  }
  return out;
}

function levelScores(cells: Map<SubDomainCode, (number | null)[]>, weights: SubDomainWeights): number[] {
  return LEVEL_NUMBERS.map((level) => {
    let sum = 0;
    let weight = 0;
    for (const [subDomain, scores] of cells) {
      const s = scores[levelIndex(level)];
      if (s === null || s === undefined) continue;
      sum += weights[subDomain] * s;
      weight += weights[subDomain];
    }
    return weight === 0 ? 0 : settle(sum / weight);
  });
}

/** Adds level scores up to and including the first one under 0.8; also how far that goes. */
function gatedSum(scores: readonly number[]): { total: number; counted: boolean[] } {
  let total = 0;
  let open = true;
  const counted = scores.map((s) => {
    const c = open;
    if (c) total += s;
    if (s < LEVEL_REACHED_AT) open = false;
    return c;
  });
  return { total: settle(total), counted };
}

export function bandOf(total: number): ScoreBand | null {
  let found: ScoreBand | null = null;
  for (const b of SCORE_BANDS) if (total >= b.from) found = b;
  return found;
}

function totalOf(answers: Answers, weights: SubDomainWeights): number {
  return gatedSum(levelScores(cellScores(answers), weights)).total;
}

/**
 * A sub-domain on the 0–5 scale of the total. Below its first level with questions, that level's
 * requirement stands in, so that a sub-domain starting at level 2 can still reach 5.
 */
function subDomainScore(scores: readonly (number | null)[]): { score: number; reachedLevel: Level | 0 } {
  const filled = scores.map((s, i) => s ?? scores.slice(i).find((x) => x !== null) ?? 0);
  const reached = filled.findIndex((s) => s < LEVEL_REACHED_AT);
  return { score: gatedSum(filled).total, reachedLevel: (reached === -1 ? 5 : reached) as Level | 0 };
}

function gapsFor(
  target: Level,
  answers: Answers,
  weights: SubDomainWeights,
  levelWeight: readonly number[],
  total: number,
): MaturityGap[] {
  const below = (limit: number) =>
    QUESTIONS.filter((q) => q.level <= target && ratingValue(answers[q.id]) < limit);
  const open = below(LEVEL_REACHED_AT);
  const chosen = open.length > 0 ? open : below(1);
  return chosen
    .map((q) => ({
      questionId: q.id,
      subDomain: q.subDomain,
      level: q.level,
      rating: answers[q.id] ?? null,
      weight: settle(
        weights[q.subDomain] /
          levelWeight[levelIndex(q.level)]! /
          CELLS.get(q.subDomain)![levelIndex(q.level)]!.length,
      ),
      gain: settle(totalOf({ ...answers, [q.id]: 'fully' }, weights) - total),
    }))
    .sort((a, b) => a.level - b.level || b.weight - a.weight);
}

export function scoreMaturity(answers: Answers, weights: SubDomainWeights): MaturityResult {
  const cells = cellScores(answers);
  const scores = levelScores(cells, weights);
  const { total, counted } = gatedSum(scores);
  const band = bandOf(total);
  const level = band?.level ?? 0;

  const levelWeight = LEVEL_NUMBERS.map((l) =>
    SUB_DOMAINS.reduce((w, s) => w + (cells.get(s.code)![levelIndex(l)] === null ? 0 : weights[s.code]), 0),
  );
  const subDomains: SubDomainScore[] = SUB_DOMAINS.map((s) => {
    const levelScoresOf = cells.get(s.code)!;
    return {
      subDomain: s.code,
      element: s.element,
      weight: weights[s.code],
      ...subDomainScore(levelScoresOf),
      levelScores: levelScoresOf,
    };
  });
  const elements = ELEMENTS.map((e) => {
    const members = subDomains.filter((s) => s.element === e.code);
    const weight = members.reduce((w, s) => w + s.weight, 0);
    return { element: e.code, score: settle(members.reduce((t, s) => t + s.weight * s.score, 0) / weight) };
  });

  const isAnswered = (q: Question) => answers[q.id] != null;
  const levels = LEVEL_NUMBERS.map((l, i) => {
    const qs = QUESTIONS.filter((q) => q.level === l);
    return {
      level: l,
      score: scores[i]!,
      reached: scores[i]! >= LEVEL_REACHED_AT,
      counted: counted[i]!,
      questions: qs.length,
      answered: qs.filter(isAnswered).length,
    };
  });

  let next: NextLevel | null = null;
  if (level < 5) {
    const target = (level + 1) as Level;
    const targetBand = SCORE_BANDS[levelIndex(target)]!;
    next = {
      level: target,
      pointsNeeded: settle(Math.max(0, targetBand.from - total)),
      gaps: gapsFor(target, answers, weights, levelWeight, total),
    };
  }

  return {
    selfAssessment: true,
    notice: SELF_ASSESSMENT_NOTICE,
    total,
    level,
    band,
    levels,
    subDomains,
    elements,
    next,
    answered: QUESTIONS.filter(isAnswered).length,
    questions: QUESTIONS.length,
  };
}
