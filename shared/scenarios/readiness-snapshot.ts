/**
 * The part of a readiness result a comparison shows: each score with its inputs' points, and the
 * register measures they rest on. The actions are left out: they describe how to improve the
 * register as it is, not a plan already counted.
 */
import type { ReadinessResult } from '../readiness/compute-readiness';
import type { ReadinessKey } from '../readiness/readiness-formulas';
import type { Measures } from '../readiness/register-measures';

export interface ReadinessSnapshot {
  scores: {
    key: ReadinessKey;
    label: { zh: string; en: string };
    score: number;
    inputs: {
      key: string;
      label: { zh: string; en: string };
      points: number;
      maxPoints: number;
      value: number | null;
    }[];
  }[];
  measures: Measures;
}

export function readinessSnapshot(r: ReadinessResult): ReadinessSnapshot {
  return {
    scores: r.scores.map((s) => ({
      key: s.key,
      label: s.label,
      score: s.score,
      inputs: s.inputs.map((i) => ({
        key: i.key,
        label: i.label,
        points: i.points,
        maxPoints: i.maxPoints,
        value: i.value,
      })),
    })),
    measures: r.measures,
  };
}

/** After − before per score, in tenths so that 0.1 + 0.2 noise never shows. */
export function readinessDelta(before: ReadinessSnapshot, after: ReadinessSnapshot): Record<string, number> {
  const old = new Map(before.scores.map((s) => [s.key, s.score]));
  return Object.fromEntries(
    after.scores.map((s) => [s.key, Math.round((s.score - (old.get(s.key) ?? 0)) * 10) / 10]),
  );
}
