/**
 * The questions the register can answer, and how: each rule reads one measure of the register and
 * turns it into a suggested rating by thresholds. A suggestion is stored marked as such, with the
 * value behind it, until the user answers the question; the thresholds are the product's own.
 */
import type { Measure, MeasureKey, Measures } from '../readiness/register-measures';
import type { RatingCode } from './answer-ratings';

export interface SuggestionRule {
  questionId: string;
  measure: MeasureKey;
  /** 'higher': the value must reach a tier's threshold; 'lower': it must not exceed it. */
  better: 'higher' | 'lower';
  /** Best first: the first tier the value meets gives the rating; below all of them, `otherwise`. */
  tiers: readonly (readonly [threshold: number, rating: RatingCode])[];
  otherwise: RatingCode;
  /** When the measure has nothing to count (denominator 0); null suggests nothing. */
  whenEmpty: RatingCode | null;
  /** What the register shows and what the user still has to judge. */
  note: { zh: string; en: string };
}

export const SUGGESTION_RULES: readonly SuggestionRule[] = [
  {
    questionId: 'equipment.L1',
    measure: 'nc_rate',
    better: 'higher',
    tiers: [
      [0.3, 'fully'],
      [0.15, 'mostly'],
      [0.05, 'partly'],
    ],
    otherwise: 'not_met',
    whenEmpty: null,
    note: {
      zh: '按台账的生产设备数控化率建议；台账看不出哪些是关键工序，请确认。',
      en: "Suggested from the register's NC rate; the register cannot tell which steps are key, so please confirm.",
    },
  },
  {
    questionId: 'equipment.L2',
    measure: 'nc_rate',
    better: 'higher',
    tiers: [
      [0.6, 'fully'],
      [0.5, 'mostly'],
      [0.3, 'partly'],
    ],
    otherwise: 'not_met',
    whenEmpty: null,
    note: {
      zh: '按台账的生产设备数控化率建议（全国关键工序数控化率 2021 年底为 55.3%）；是否记录运行参数请自行判断。',
      en: "Suggested from the register's NC rate (China's key-process NC rate was 55.3% at end 2021); whether parameters are recorded is for you to judge.",
    },
  },
  {
    questionId: 'equipment.L3',
    measure: 'automated_value_share',
    better: 'higher',
    tiers: [
      [0.8, 'fully'],
      [0.6, 'mostly'],
      [0.4, 'partly'],
    ],
    otherwise: 'not_met',
    whenEmpty: null,
    note: {
      zh: '按数控生产设备原值占比建议；台账看不出设备是否连成产线或单元，请确认。',
      en: 'Suggested from the CNC share of production equipment value; the register cannot show whether machines form lines or cells, so please confirm.',
    },
  },
  {
    questionId: 'network.L2',
    measure: 'networking_rate',
    better: 'higher',
    tiers: [
      [0.5, 'fully'],
      [0.3, 'mostly'],
      [0.1, 'partly'],
    ],
    otherwise: 'not_met',
    whenEmpty: null,
    note: {
      zh: '按台账的数字化生产设备联网率建议。',
      en: "Suggested from the register's networking rate of digital production equipment.",
    },
  },
  {
    questionId: 'network.L3',
    measure: 'networking_rate',
    better: 'higher',
    tiers: [
      [0.9, 'fully'],
      [0.7, 'mostly'],
      [0.4, 'partly'],
    ],
    otherwise: 'not_met',
    whenEmpty: null,
    note: {
      zh: '按台账的数字化生产设备联网率建议；网络性能是否满足要求请自行判断。',
      en: "Suggested from the register's networking rate; whether the network performs well enough is for you to judge.",
    },
  },
  {
    questionId: 'maintenance.L1',
    measure: 'year_known_share',
    better: 'higher',
    tiers: [
      [0.95, 'fully'],
      [0.8, 'mostly'],
      [0.5, 'partly'],
    ],
    otherwise: 'not_met',
    whenEmpty: null,
    note: {
      zh: '按台账中投产年份已填写的在用设备比例建议。',
      en: 'Suggested from the share of units in service whose year commissioned the register gives.',
    },
  },
  {
    questionId: 'maintenance.L2',
    measure: 'over_age_share',
    better: 'lower',
    tiers: [
      [0.1, 'fully'],
      [0.25, 'mostly'],
      [0.5, 'partly'],
    ],
    otherwise: 'not_met',
    whenEmpty: null,
    note: {
      zh: '按超设计年限设备占比建议（设计年限为本产品默认值）；点检保养计划台账看不出，请确认。',
      en: "Suggested from the over-age share (design lives are the product's defaults); the register cannot show maintenance plans, so please confirm.",
    },
  },
  {
    questionId: 'energy.L2',
    measure: 'motor_ie3_kw_share',
    better: 'higher',
    tiers: [
      [0.9, 'fully'],
      [0.7, 'mostly'],
      [0.4, 'partly'],
    ],
    otherwise: 'not_met',
    whenEmpty: null,
    note: {
      zh: '按 IE3 及以上电机的功率占比建议（能效等级未知的计为未达标）；节能管理制度请自行判断。',
      en: 'Suggested from the kW share of motors at IE3 or better (unknown class counts as not shown); written energy rules are for you to judge.',
    },
  },
  {
    questionId: 'hse.L2',
    measure: 'polluting_combustion_share',
    better: 'lower',
    tiers: [
      [0, 'fully'],
      [0.5, 'partly'],
    ],
    otherwise: 'not_met',
    whenEmpty: 'fully',
    note: {
      zh: '按台账中在用的燃煤、燃油锅炉和柴油发电机组建议；没有锅炉和发电机组时视为已满足。',
      en: 'Suggested from the coal- or oil-fired boilers and diesel generator sets in service; with no boilers or generator sets the requirement counts as met.',
    },
  },
];

export const RULE_BY_QUESTION = new Map(SUGGESTION_RULES.map((r) => [r.questionId, r]));

/** What was suggested and from which figure, as stored beside the answer. */
export interface Suggestion {
  rating: RatingCode;
  measure: MeasureKey;
  value: number | null;
  numerator: number;
  denominator: number;
  referenceYear: number;
}

export function suggestRating(rule: SuggestionRule, m: Measure): RatingCode | null {
  if (m.value === null) return rule.whenEmpty;
  const meets = (threshold: number) =>
    rule.better === 'higher' ? m.value! >= threshold : m.value! <= threshold;
  return rule.tiers.find(([threshold]) => meets(threshold))?.[1] ?? rule.otherwise;
}

/** Question id → suggestion, for the rules the register gives an answer to. */
export function suggestAnswers(measures: Measures, referenceYear: number): Map<string, Suggestion> {
  const out = new Map<string, Suggestion>();
  for (const rule of SUGGESTION_RULES) {
    const m = measures[rule.measure];
    const rating = suggestRating(rule, m);
    if (rating === null) continue;
    out.set(rule.questionId, {
      rating,
      measure: rule.measure,
      value: m.value,
      numerator: m.numerator,
      denominator: m.denominator,
      referenceYear,
    });
  }
  return out;
}
