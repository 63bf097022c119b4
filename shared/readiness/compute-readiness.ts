/**
 * The readiness scores of READINESS_FORMULAS from the indicators, the register's groups and an
 * assessment's answers, each with its breakdown and the actions that would raise it. Pure, and
 * monotone by construction: every input's measure has a denominator that a better row leaves
 * unchanged and a numerator it can only raise, every answers input is a mean of rating values,
 * and points are a non-decreasing function of either.
 */
import { ratingValue, type RatingCode } from '../assessment/answer-ratings';
import { SUB_DOMAIN_CODES } from '../assessment/cmmm-structure';
import type { Answers } from '../assessment/maturity-scoring';
import { QUESTIONS } from '../assessment/questionnaire';
import { indicatorSetsFor, type IndicatorReport } from '../indicators/compute-indicators';
import type { RowCount } from '../indicators/indicator-sets';
import type { RegisterGroup } from '../indicators/register-groups';
import { ROW_SET_DEFINITIONS, rowSetCounts, rowSetPredicates, type RowSetKey } from './action-row-sets';
import { cite, namedTradeOf, type ClauseCitation, type NamedTrade, type PassageKey } from './policy-clauses';
import {
  READINESS_BASIS,
  READINESS_FORMULAS,
  READINESS_KEYS,
  type AnswersSource,
  type MeasureSource,
  type ReadinessFormula,
  type ReadinessInputDef,
  type ReadinessKey,
} from './readiness-formulas';
import { REGISTER_ACTIONS, type ActionContext } from './register-actions';
import { registerMeasures, type Measure, type Measures } from './register-measures';

export interface ReadinessInputResult {
  key: string;
  label: { zh: string; en: string };
  maxPoints: number;
  points: number;
  /** The measure's value, or the mean rating (0–1); null when there is nothing to count or no assessment. */
  value: number | null;
  source: MeasureSource | AnswersSource;
  measure: Measure | null;
  answers: { answered: number; questions: number } | null;
}

export interface ReadinessAction {
  /** A register action's key, or "answers.<input key>". */
  key: string;
  kind: 'register' | 'answers';
  title: { zh: string; en: string };
  /** Points the score would gain were the action done for every row or question it names. */
  effect: number;
  /** The effect holds only if every row turns out compliant once its data is recorded. */
  upperBound: boolean;
  /** The register rows concerned: list them with `readiness.rows` and this row set. */
  rows: { rowSet: RowSetKey; rows: number; units: number; definition: { zh: string; en: string } } | null;
  /** For adding robots: how many. */
  unitsToAdd: number | null;
  /** The questions to raise, lowest level first. */
  questions: { questionId: string; rating: RatingCode | null }[] | null;
  clauses: ClauseCitation[];
  /** Set when clause （五） names the enterprise's trade and supports this action there. */
  namedTrade: NamedTrade | null;
}

export interface ReadinessScore {
  key: ReadinessKey;
  label: { zh: string; en: string };
  /** 0–100, the exact sum of the inputs' points. */
  score: number;
  inputs: ReadinessInputResult[];
  /** Most effect first. */
  actions: ReadinessAction[];
}

export interface ReadinessResult {
  scores: ReadinessScore[];
  measures: Measures;
  rowSets: Record<RowSetKey, RowCount>;
  namedTrade: NamedTrade | null;
  basis: typeof READINESS_BASIS;
}

export interface ReadinessInputs {
  report: IndicatorReport;
  groups: readonly RegisterGroup[];
  /** Null when the enterprise has no assessment: the answers inputs then earn nothing. */
  answers: Answers | null;
  industryDivision: string | null;
}

const TENTHS = 10;
/** Keeps 0.8 ÷ 0.8 × 250 at 250 through float noise; monotone like the floor it feeds. */
const EPSILON = 1e-9;

const ROBOT_TARGET = (() => {
  const robots = READINESS_FORMULAS.automation.inputs.find(
    (i) => i.source.kind === 'measure' && i.source.measure === 'robot_density',
  )!;
  return (robots.source as MeasureSource).fullAt;
})();

function measureTenths(def: ReadinessInputDef, s: MeasureSource, m: Measure): number {
  const max = def.maxPoints * TENTHS;
  if (m.value === null) return s.whenEmpty === 'full' ? max : 0;
  return Math.floor(max * Math.min(1, Math.max(0, m.value / s.fullAt)) + EPSILON);
}

const questionsOf = (s: AnswersSource) => QUESTIONS.filter((q) => s.subDomains.includes(q.subDomain));

function meanRating(s: AnswersSource, answers: Answers | null): number {
  const qs = questionsOf(s);
  return answers === null ? 0 : qs.reduce((t, q) => t + ratingValue(answers[q.id]), 0) / qs.length;
}

function inputTenths(def: ReadinessInputDef, measures: Measures, answers: Answers | null): number {
  const s = def.source;
  if (s.kind === 'measure') return measureTenths(def, s, measures[s.measure]);
  return Math.floor(def.maxPoints * TENTHS * meanRating(s, answers) + EPSILON);
}

const formulaTenths = (f: ReadinessFormula, measures: Measures, answers: Answers | null) =>
  f.inputs.reduce((t, def) => t + inputTenths(def, measures, answers), 0);

function inputResult(
  def: ReadinessInputDef,
  measures: Measures,
  answers: Answers | null,
): ReadinessInputResult {
  const s = def.source;
  const base = { key: def.key, label: def.label, maxPoints: def.maxPoints, source: s };
  const points = inputTenths(def, measures, answers) / TENTHS;
  if (s.kind === 'measure') {
    const m = measures[s.measure];
    return { ...base, points, value: m.value, measure: m, answers: null };
  }
  const qs = questionsOf(s);
  return {
    ...base,
    points,
    value: answers === null ? null : meanRating(s, answers),
    measure: null,
    answers: {
      answered: answers === null ? 0 : qs.filter((q) => answers[q.id] != null).length,
      questions: qs.length,
    },
  };
}

function citations(passages: readonly PassageKey[], extra: readonly PassageKey[] = []): ClauseCitation[] {
  return [...new Set([...passages, ...extra])].map(cite);
}

function actionContext(report: IndicatorReport, rows: Record<RowSetKey, RowCount>): ActionContext {
  const i = report.indicators;
  const employees = i.robot_density.denominator;
  const robotsNeeded = Math.ceil((ROBOT_TARGET * employees) / 10_000 - EPSILON);
  return {
    rows,
    robotsToAdd: employees > 0 ? Math.max(0, robotsNeeded - i.robot_density.numerator) : 0,
    motorKwBelowIe3: i.motor_ie3_share.denominator - i.motor_ie3_share.numerator,
    motorKwClassUnknown: i.motor_class_unknown_share.numerator,
    boilersSourceUnknown: report.counts.coal_oil_boilers.excluded.units,
    generatorsSourceUnknown: report.counts.diesel_generators.excluded.units,
  };
}

const subDomainOrder = (code: string) => SUB_DOMAIN_CODES.indexOf(code as (typeof SUB_DOMAIN_CODES)[number]);

function answerActions(
  f: ReadinessFormula,
  measures: Measures,
  answers: Answers | null,
  current: number,
): ReadinessAction[] {
  return f.inputs.flatMap((def): ReadinessAction[] => {
    const s = def.source;
    if (s.kind !== 'answers') return [];
    const open = questionsOf(s)
      .filter((q) => ratingValue(answers?.[q.id]) < 1)
      .sort((a, b) => a.level - b.level || subDomainOrder(a.subDomain) - subDomainOrder(b.subDomain));
    if (open.length === 0) return [];
    const all = Object.fromEntries(questionsOf(s).map((q) => [q.id, 'fully' as const]));
    const effect = formulaTenths(f, measures, { ...answers, ...all }) - current;
    return [
      {
        key: `answers.${def.key}`,
        kind: 'answers',
        title: def.label,
        effect: effect / TENTHS,
        upperBound: false,
        rows: null,
        unitsToAdd: null,
        questions: open.map((q) => ({ questionId: q.id, rating: answers?.[q.id] ?? null })),
        clauses: citations(s.passages),
        namedTrade: null,
      },
    ];
  });
}

export function computeReadiness(inputs: ReadinessInputs): ReadinessResult {
  const { report, groups, answers } = inputs;
  const measures = registerMeasures(report, groups);
  // The report's own resolved assumptions, so that the rows named are those it counted.
  const { sets } = indicatorSetsFor(report.referenceYear, {
    loadFactor: report.assumptions.loadFactor.value,
    designLifeYears: report.assumptions.designLifeYears,
  });
  const rowSets = rowSetCounts(groups, rowSetPredicates(sets));
  const context = actionContext(report, rowSets);
  const namedTrade = namedTradeOf(inputs.industryDivision);

  const scores = READINESS_KEYS.map((key): ReadinessScore => {
    const f = READINESS_FORMULAS[key];
    const current = formulaTenths(f, measures, answers);
    const registerActions = REGISTER_ACTIONS.map((a): ReadinessAction => {
      const effect = formulaTenths(f, { ...measures, ...a.after(measures, context) }, answers) - current;
      const trade = namedTrade && a.namedTradePassages ? namedTrade : null;
      return {
        key: a.key,
        kind: 'register',
        title: a.title,
        effect: effect / TENTHS,
        upperBound: a.upperBound,
        rows: { rowSet: a.rowSet, ...rowSets[a.rowSet], definition: ROW_SET_DEFINITIONS[a.rowSet] },
        unitsToAdd: a.key === 'add_robots' ? context.robotsToAdd : null,
        questions: null,
        clauses: citations(a.passages, trade ? a.namedTradePassages : []),
        namedTrade: trade,
      };
    });
    const actions = [...registerActions, ...answerActions(f, measures, answers, current)]
      .filter((a) => a.effect > 0)
      // Stable: on equal effect, register actions (which name rows) stay ahead of questions.
      .sort((a, b) => b.effect - a.effect);
    return {
      key,
      label: f.label,
      score: current / TENTHS,
      inputs: f.inputs.map((def) => inputResult(def, measures, answers)),
      actions,
    };
  });

  return { scores, measures, rowSets, namedTrade, basis: READINESS_BASIS };
}
