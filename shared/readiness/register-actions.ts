/**
 * What can be done about the register to raise a readiness score: each action names its rows (a
 * row set), the policy passages that support it, and the measures as they would be once every row
 * of the set is done, from which the effect on a score is estimated. "Record …" actions fill in
 * missing data; their effect is an upper bound, reached only if every row turns out compliant.
 */
import type { RowCount } from '../indicators/indicator-sets';
import type { RowSetKey } from './action-row-sets';
import type { PassageKey } from './policy-clauses';
import type { Measure, Measures } from './register-measures';

export const REGISTER_ACTION_KEYS = [
  'network_cnc_equipment',
  'digitise_production_equipment',
  'add_robots',
  'replace_motors_below_ie3',
  'record_motor_classes',
  'replace_diesel_generators',
  'remediate_coal_oil_boilers',
  'record_combustion_sources',
  'renew_over_age_equipment',
  'record_commissioning_years',
] as const;
export type RegisterActionKey = (typeof REGISTER_ACTION_KEYS)[number];

export interface ActionContext {
  rows: Record<RowSetKey, RowCount>;
  /** Robots to add to reach the robot-density target; 0 when employees are not known. */
  robotsToAdd: number;
  /** kW × quantity of motors of known power: of a known class below IE3, and of unknown class. */
  motorKwBelowIe3: number;
  motorKwClassUnknown: number;
  boilersSourceUnknown: number;
  generatorsSourceUnknown: number;
}

export interface RegisterActionDef {
  key: RegisterActionKey;
  title: { zh: string; en: string };
  rowSet: RowSetKey;
  upperBound: boolean;
  passages: readonly PassageKey[];
  /** Added when the enterprise's division holds a trade clause （五） names. */
  namedTradePassages?: readonly PassageKey[];
  after(m: Measures, c: ActionContext): Partial<Measures>;
}

/** The measure with a new numerator (and denominator), its value recomputed the same way. */
function raised(m: Measure, add: number, addToDenominator = 0): Measure {
  const numerator = m.numerator + add;
  const denominator = m.denominator + addToDenominator;
  const scale = m.key === 'robot_density' ? 10_000 : 1;
  return {
    ...m,
    numerator,
    denominator,
    value: denominator === 0 ? null : (numerator * scale) / denominator,
  };
}

export const REGISTER_ACTIONS: readonly RegisterActionDef[] = [
  {
    key: 'network_cnc_equipment',
    title: {
      zh: '将未联网的数控生产设备联网并采集运行数据',
      en: 'Connect the CNC production equipment not yet networked and collect its data',
    },
    rowSet: 'cnc_not_networked',
    upperBound: false,
    passages: ['smart_workshops', 'information_systems'],
    after: (m, c) => ({
      networked_production_share: raised(m.networked_production_share, c.rows.cnc_not_networked.units),
      networking_rate: raised(m.networking_rate, c.rows.cnc_not_networked.units),
    }),
  },
  {
    key: 'digitise_production_equipment',
    title: {
      zh: '将非数控生产设备改造或更换为数控设备',
      en: 'Retrofit or replace production equipment without digital control',
    },
    rowSet: 'production_not_cnc',
    upperBound: false,
    passages: ['smart_equipment', 'smart_machines_for_small_firms'],
    namedTradePassages: ['named_trades'],
    after: (m, c) => ({
      nc_rate: raised(m.nc_rate, c.rows.production_not_cnc.units),
      automated_value_share: raised(
        m.automated_value_share,
        m.automated_value_share.denominator - m.automated_value_share.numerator,
      ),
    }),
  },
  {
    key: 'add_robots',
    title: {
      zh: '在上下料、装配和包装工位引入工业机器人，达到中国平均机器人密度',
      en: "Bring in industrial robots for loading, assembly and packing, up to China's average robot density",
    },
    rowSet: 'robot_candidates',
    upperBound: false,
    passages: ['robots_in_machinery'],
    namedTradePassages: ['named_trades'],
    // New robots are production units, digital, and assumed networked when installed.
    after: (m, c) => ({
      robot_density: raised(m.robot_density, c.robotsToAdd),
      nc_rate: raised(m.nc_rate, c.robotsToAdd, c.robotsToAdd),
      networked_production_share: raised(m.networked_production_share, c.robotsToAdd, c.robotsToAdd),
    }),
  },
  {
    key: 'replace_motors_below_ie3',
    title: {
      zh: '将低于 IE3 的电机更换为 IE3 及以上（GB 18613-2020 三级及以上）',
      en: 'Replace motors below IE3 with IE3 or better (GB 18613-2020 grade 3 or better)',
    },
    rowSet: 'motors_below_ie3',
    upperBound: false,
    passages: ['motors_and_boilers'],
    after: (m, c) => ({ motor_ie3_kw_share: raised(m.motor_ie3_kw_share, c.motorKwBelowIe3) }),
  },
  {
    key: 'record_motor_classes',
    title: {
      zh: '查看铭牌，补填电机能效等级',
      en: "Read the nameplates and record the motors' efficiency classes",
    },
    rowSet: 'motor_class_unknown',
    upperBound: true,
    passages: ['motors_and_boilers'],
    after: (m, c) => ({ motor_ie3_kw_share: raised(m.motor_ie3_kw_share, c.motorKwClassUnknown) }),
  },
  {
    key: 'replace_diesel_generators',
    title: {
      zh: '以中小型燃气发电机替代柴油备用发电机组',
      en: 'Replace diesel backup generator sets with small or medium gas generators',
    },
    rowSet: 'diesel_generators',
    upperBound: false,
    passages: ['gas_generators'],
    after: (m, c) => ({
      clean_generator_share: raised(m.clean_generator_share, c.rows.diesel_generators.units),
    }),
  },
  {
    key: 'remediate_coal_oil_boilers',
    title: {
      zh: '整治燃煤、燃油锅炉（改用天然气、电或集中供热）',
      en: 'Remediate coal- and oil-fired boilers (switch to gas, electricity or district heat)',
    },
    rowSet: 'coal_oil_boilers',
    upperBound: false,
    passages: ['motors_and_boilers'],
    after: (m, c) => ({ clean_boiler_share: raised(m.clean_boiler_share, c.rows.coal_oil_boilers.units) }),
  },
  {
    key: 'record_combustion_sources',
    title: {
      zh: '补填锅炉和发电机组的能源种类',
      en: 'Record the energy source of boilers and generator sets',
    },
    rowSet: 'combustion_source_unknown',
    upperBound: true,
    passages: ['motors_and_boilers', 'gas_generators'],
    after: (m, c) => ({
      clean_boiler_share: raised(m.clean_boiler_share, c.boilersSourceUnknown),
      clean_generator_share: raised(m.clean_generator_share, c.generatorsSourceUnknown),
    }),
  },
  {
    key: 'renew_over_age_equipment',
    title: {
      zh: '淘汰或更新超过设计年限的设备',
      en: 'Retire or renew equipment past its design life',
    },
    rowSet: 'over_age',
    upperBound: false,
    passages: ['retire_old_equipment'],
    namedTradePassages: ['named_trades'],
    after: (m, c) => ({
      within_design_life_share: raised(m.within_design_life_share, c.rows.over_age.units),
    }),
  },
  {
    key: 'record_commissioning_years',
    title: { zh: '补填设备的投产年份', en: 'Record the year each machine was commissioned' },
    rowSet: 'year_unknown',
    upperBound: true,
    passages: ['retire_old_equipment'],
    after: (m, c) => ({
      within_design_life_share: raised(m.within_design_life_share, c.rows.year_unknown.units),
    }),
  },
];
