/**
 * The figures the readiness scores and the questionnaire's suggestions read from the register and
 * the profile. Each is an indicator of DOMAIN.md §5 or a ratio of two of their parts, so that it
 * traces to the same rows; the ones the scores use keep their denominator fixed when a row gets
 * better (a machine networked, a motor upgraded, a machine renewed) and count a row whose data is
 * missing as not shown, so that a better row can only raise them.
 */
import type { IndicatorReport } from '../indicators/compute-indicators';
import type { RegisterGroup } from '../indicators/register-groups';
import { INDICATOR_UNITS, type IndicatorUnits } from '../indicators/indicator-units';
import type { CategoryCode } from '../register/taxonomy';

export const MEASURE_KEYS = [
  'nc_rate',
  'networking_rate',
  'networked_production_share',
  'automated_value_share',
  'robot_density',
  'motor_ie3_kw_share',
  'over_age_share',
  'within_design_life_share',
  'year_known_share',
  'clean_boiler_share',
  'clean_generator_share',
  'polluting_combustion_share',
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

export interface Measure {
  key: MeasureKey;
  /** A share (0–1), or robots per 10,000 employees; null when the denominator is 0. */
  value: number | null;
  numerator: number;
  denominator: number;
  units: IndicatorUnits;
  /** For robot density: the year whose employees were used. */
  figuresYear?: number | null;
}

export type Measures = Record<MeasureKey, Measure>;

export const MEASURE_DEFINITIONS: Record<MeasureKey, { zh: string; en: string }> = {
  nc_rate: {
    zh: '生产设备数控化率：数控生产设备台数 ÷ 生产设备台数（机器人计为数控）',
    en: 'NC rate: CNC production units ÷ production units (robots count as CNC)',
  },
  networking_rate: {
    zh: '数字化生产设备联网率：联网的数控生产设备台数 ÷ 数控生产设备台数',
    en: 'Networking rate: networked CNC production units ÷ CNC production units',
  },
  networked_production_share: {
    zh: '联网数控设备占生产设备比例：联网的数控生产设备台数 ÷ 全部生产设备台数',
    en: 'Networked digital share: networked CNC production units ÷ all production units',
  },
  automated_value_share: {
    zh: '数控生产设备原值占比：数控生产设备原值 ÷ 生产设备原值（原值未知的不计）',
    en: 'CNC share of production value: original value of CNC production units ÷ of all production units (unknown values left out)',
  },
  robot_density: {
    zh: '机器人密度：机器人台数 × 10000 ÷ 从业人数',
    en: 'Robot density: robot units × 10,000 ÷ employees',
  },
  motor_ie3_kw_share: {
    zh: 'IE3 及以上电机功率占比：IE3 及以上电机的 kW ÷ 已知功率的全部电机 kW（能效等级未知的计为未达标）',
    en: 'IE3-or-better motor share: kW of motors at IE3 or better ÷ kW of all motors of known power (unknown class counts as not shown)',
  },
  over_age_share: {
    zh: '超设计年限设备占比：超过设计年限的台数 ÷ 投产年份已知的台数',
    en: 'Over-age share: units past their design life ÷ units of known year',
  },
  within_design_life_share: {
    zh: '设计年限内设备占比：投产年份已知且未超设计年限的台数 ÷ 全部在用台数（年份未知的计为未证明）',
    en: 'Within design life: units of known year not past their design life ÷ all units in service (unknown year counts as not shown)',
  },
  year_known_share: {
    zh: '台账投产年份完整率：投产年份已知的台数 ÷ 全部在用台数',
    en: 'Register completeness: units with a known year commissioned ÷ all units in service',
  },
  clean_boiler_share: {
    zh: '非燃煤燃油锅炉占比：能源已知且不是煤、燃料油的锅炉台数 ÷ 锅炉台数',
    en: 'Clean boilers: boilers of known source other than coal or fuel oil ÷ all boilers',
  },
  clean_generator_share: {
    zh: '非柴油发电机组占比：能源已知且不是柴油的发电机组台数 ÷ 发电机组台数',
    en: 'Clean generators: generator sets of known source other than diesel ÷ all generator sets',
  },
  polluting_combustion_share: {
    zh: '高污染燃烧设备占比：燃煤燃油锅炉与柴油发电机组台数 ÷ 锅炉与发电机组台数',
    en: 'Polluting combustion units: coal- or oil-fired boilers and diesel generator sets ÷ all boilers and generator sets',
  },
};

const SHARE_OF_UNITS = INDICATOR_UNITS.nc_rate;
const SHARE_OF_KW = INDICATOR_UNITS.motor_ie3_share;

function measure(key: MeasureKey, numerator: number, denominator: number, units = SHARE_OF_UNITS): Measure {
  return { key, value: denominator === 0 ? null : numerator / denominator, numerator, denominator, units };
}

type IndicatorKeyOf = keyof IndicatorReport['indicators'] & keyof typeof INDICATOR_UNITS;

export function unitsOfCategory(groups: readonly RegisterGroup[], category: CategoryCode): number {
  return groups.reduce((n, g) => n + (g.category === category ? g.units : 0), 0);
}

export function registerMeasures(report: IndicatorReport, groups: readonly RegisterGroup[]): Measures {
  const i = report.indicators;
  const c = report.counts;
  const knownYear = i.over_age_share.denominator;
  const inService = knownYear + i.over_age_share.excluded.units;
  const boilers = unitsOfCategory(groups, 'boiler');
  const generators = unitsOfCategory(groups, 'generator');
  const dirtyBoilers = c.coal_oil_boilers.units;
  const dieselGenerators = c.diesel_generators.units;
  /** The indicator itself, with its own value (robot density is per 10,000, not a share). */
  const indicator = (key: MeasureKey & IndicatorKeyOf): Measure => ({
    key,
    value: i[key].value,
    numerator: i[key].numerator,
    denominator: i[key].denominator,
    units: INDICATOR_UNITS[key],
  });
  return {
    nc_rate: indicator('nc_rate'),
    networking_rate: indicator('networking_rate'),
    networked_production_share: measure(
      'networked_production_share',
      i.networking_rate.numerator,
      i.nc_rate.denominator,
    ),
    automated_value_share: indicator('automated_value_share'),
    robot_density: { ...indicator('robot_density'), figuresYear: i.robot_density.figuresYear },
    motor_ie3_kw_share: measure(
      'motor_ie3_kw_share',
      i.motor_ie3_share.numerator,
      i.motor_class_unknown_share.denominator,
      SHARE_OF_KW,
    ),
    over_age_share: indicator('over_age_share'),
    within_design_life_share: measure(
      'within_design_life_share',
      knownYear - i.over_age_share.numerator,
      inService,
    ),
    year_known_share: measure('year_known_share', knownYear, inService),
    clean_boiler_share: measure(
      'clean_boiler_share',
      boilers - dirtyBoilers - c.coal_oil_boilers.excluded.units,
      boilers,
    ),
    clean_generator_share: measure(
      'clean_generator_share',
      generators - dieselGenerators - c.diesel_generators.excluded.units,
      generators,
    ),
    polluting_combustion_share: measure(
      'polluting_combustion_share',
      dirtyBoilers + dieselGenerators,
      boilers + generators,
    ),
  };
}
