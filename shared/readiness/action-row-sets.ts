/**
 * The register rows an action concerns, each defined from the indicators' own row sets
 * (indicator-sets.ts), so that a row named by an action is counted by the indicator the action
 * improves, and listing the rows and counting them read the same predicate.
 */
import {
  tally,
  type IndicatorSets,
  type RowPredicate,
  type RowCount,
  type SetPart,
  type TraceableIndicator,
} from '../indicators/indicator-sets';
import type { RegisterGroup } from '../indicators/register-groups';
import type { CategoryCode } from '../register/taxonomy';

export const ROW_SETS = [
  'cnc_not_networked',
  'production_not_cnc',
  'robot_candidates',
  'motors_below_ie3',
  'motor_class_unknown',
  'diesel_generators',
  'coal_oil_boilers',
  'combustion_source_unknown',
  'over_age',
  'year_unknown',
] as const;
export type RowSetKey = (typeof ROW_SETS)[number];

/**
 * Where a robot most often takes over manual work: loading and unloading machine tools, presses
 * and moulding machines, and assembly and packing. The product's own choice, shown as such.
 */
export const ROBOT_TASK_CATEGORIES: readonly CategoryCode[] = [
  'machine_tool',
  'press',
  'injection_molding',
  'assembly',
];

export const ROW_SET_DEFINITIONS: Record<RowSetKey, { zh: string; en: string }> = {
  cnc_not_networked: { zh: '未联网的数控生产设备', en: 'CNC production equipment not networked' },
  production_not_cnc: { zh: '非数控的生产设备', en: 'Production equipment without digital control' },
  robot_candidates: {
    zh: '可由机器人替代人工上下料、装配或包装的非数控设备（机床、冲压、注塑、装配/包装）',
    en: 'Non-CNC machines where robots typically take over manual loading, assembly or packing (machine tools, presses, moulding, assembly/packaging)',
  },
  motors_below_ie3: { zh: '能效低于 IE3 的电机驱动设备', en: 'Motor-driven equipment below IE3' },
  motor_class_unknown: {
    zh: '已知功率但能效等级未填写的电机驱动设备',
    en: 'Motor-driven equipment of known power whose efficiency class is not recorded',
  },
  diesel_generators: { zh: '柴油发电机组', en: 'Diesel generator sets' },
  coal_oil_boilers: { zh: '燃煤、燃油锅炉', en: 'Coal- and oil-fired boilers' },
  combustion_source_unknown: {
    zh: '能源未填写的锅炉和发电机组',
    en: 'Boilers and generator sets whose energy source is not recorded',
  },
  over_age: { zh: '超过设计年限的设备', en: 'Equipment past its design life' },
  year_unknown: { zh: '投产年份未填写的设备', en: 'Equipment whose year commissioned is not recorded' },
};

const never: RowPredicate = () => false;
const part = (s: IndicatorSets, p: SetPart): RowPredicate => s[p] ?? never;

export function rowSetPredicates(
  sets: Record<TraceableIndicator, IndicatorSets>,
): Record<RowSetKey, RowPredicate> {
  const cncProduction = part(sets.nc_rate, 'numerator');
  const production = part(sets.nc_rate, 'denominator');
  const networkedCnc = part(sets.networking_rate, 'numerator');
  const notCnc: RowPredicate = (r) => production(r) && !cncProduction(r);
  const dieselUnknown = part(sets.diesel_generators, 'excluded');
  const boilerUnknown = part(sets.coal_oil_boilers, 'excluded');
  return {
    cnc_not_networked: (r) => cncProduction(r) && !networkedCnc(r),
    production_not_cnc: notCnc,
    robot_candidates: (r) => notCnc(r) && ROBOT_TASK_CATEGORIES.includes(r.category),
    motors_below_ie3: part(sets.motors_below_ie3, 'numerator'),
    motor_class_unknown: part(sets.motor_class_unknown_share, 'numerator'),
    diesel_generators: part(sets.diesel_generators, 'numerator'),
    coal_oil_boilers: part(sets.coal_oil_boilers, 'numerator'),
    combustion_source_unknown: (r) => dieselUnknown(r) || boilerUnknown(r),
    over_age: part(sets.over_age_share, 'numerator'),
    year_unknown: part(sets.over_age_share, 'excluded'),
  };
}

export function rowSetCounts(
  groups: readonly RegisterGroup[],
  predicates: Record<RowSetKey, RowPredicate>,
): Record<RowSetKey, RowCount> {
  return Object.fromEntries(
    ROW_SETS.map((key) => [
      key,
      tally(groups, { weight: (g) => g.units, numerator: predicates[key] }).numeratorRows,
    ]),
  ) as Record<RowSetKey, RowCount>;
}
