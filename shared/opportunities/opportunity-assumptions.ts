/**
 * The assumptions the opportunity finder's estimates rest on, each with its default, its unit and
 * the basis of that default (DOMAIN.md §7: "savings depend on site data; use user-editable
 * assumptions with their basis written beside them"). Prices and costs are indicative: the
 * product's own defaults, to be replaced by the enterprise's bills and suppliers' quotes.
 */
import { z } from 'zod';
import type { EnergySourceCode } from '../enterprise/energy-sources';
import { assumption, EnergyBasisSchema, resolveEnergyBasis, type EnergyBasis } from '../energy/energy-basis';
import { POLES, type Poles } from '../energy/motor-efficiency-tables';
import {
  IndicatorAssumptionsSchema,
  resolveAssumptions,
  type IndicatorAssumptions,
} from '../indicators/indicator-assumptions';

interface NumericDef {
  default: number;
  min: number;
  max: number;
  unit: string;
  basis: { zh: string; en: string };
}

const PRODUCT_DEFAULT = { zh: '本产品默认值', en: "the product's default" };
const own = (zh: string, en: string) => ({
  zh: `${PRODUCT_DEFAULT.zh}：${zh}`,
  en: `${PRODUCT_DEFAULT.en}: ${en}`,
});
const price = (zh: string, en: string) =>
  own(`${zh}，请按企业账单填写`, `${en}; enter the figure from your bills`);
const quote = (zh: string, en: string) =>
  own(`${zh}，仅为估算，请以供应商报价为准`, `${en}; indicative only, replace with a supplier's quote`);

export const NUMERIC_ASSUMPTIONS = {
  electricityPriceYuanPerKwh: {
    default: 0.75,
    min: 0,
    max: 10,
    unit: 'yuan/kWh',
    basis: price('深圳一般工商业用电的大致平均电价', 'a rough average Shenzhen industrial tariff'),
  },
  naturalGasPriceYuanPerM3: {
    default: 3.8,
    min: 0,
    max: 50,
    unit: 'yuan/m³',
    basis: price('深圳非居民管道天然气的大致价格', 'a rough Shenzhen non-residential piped gas price'),
  },
  dieselPriceYuanPerKg: {
    default: 9,
    min: 0,
    max: 100,
    unit: 'yuan/kg',
    basis: price('约 7.6 元/升 ÷ 0.84 kg/升', 'about ¥7.6 per litre ÷ 0.84 kg per litre'),
  },
  coalPriceYuanPerKg: {
    default: 1.2,
    min: 0,
    max: 20,
    unit: 'yuan/kg',
    basis: price('到厂动力煤约 1200 元/吨', 'steam coal delivered at about ¥1,200 a tonne'),
  },
  fuelOilPriceYuanPerKg: {
    default: 6,
    min: 0,
    max: 100,
    unit: 'yuan/kg',
    basis: price('燃料油约 6000 元/吨', 'fuel oil at about ¥6,000 a tonne'),
  },
  defaultAnnualHours: {
    default: 2000,
    min: 1,
    max: 8784,
    unit: 'h/yr',
    basis: own(
      '台账未填年运行小时的设备按单班 8 小时 × 250 个工作日计',
      'rows without annual hours run one shift, 8 h × 250 working days',
    ),
  },
  motorIe4CostYuanPerKw: {
    default: 500,
    min: 0,
    max: 100_000,
    unit: 'yuan/kW',
    basis: quote('IE4（GB 18613-2020 二级）电机含安装', 'an IE4 (GB 18613-2020 grade 2) motor, installed'),
  },
  motorIe5CostYuanPerKw: {
    default: 800,
    min: 0,
    max: 100_000,
    unit: 'yuan/kW',
    basis: quote(
      'IE5（一级，多为永磁同步）电机含安装',
      'an IE5 (grade 1, mostly permanent-magnet) motor, installed',
    ),
  },
  compressorSavingShare: {
    default: 0.2,
    min: 0,
    max: 0.6,
    unit: 'share',
    basis: own(
      '用气量波动时变频空压机比工频机节电约 15%–30%，取 20%；用气平稳时更少，请以用气量记录或节能诊断为准',
      'a variable-speed compressor saves about 15–30 % over a fixed-speed one when air demand varies, 20 % taken; less with steady demand, check against air-demand logs or an energy audit',
    ),
  },
  compressorCostYuanPerKw: {
    default: 1000,
    min: 0,
    max: 100_000,
    unit: 'yuan/kW',
    basis: quote('永磁变频螺杆空压机含安装', 'a permanent-magnet variable-speed screw compressor, installed'),
  },
  gensetDefaultHours: {
    default: 100,
    min: 1,
    max: 8784,
    unit: 'h/yr',
    basis: own(
      '备用发电机组未填运行小时时，按每月试机和偶尔停电约 100 小时/年计',
      'backup sets without hours run about 100 h a year: monthly tests and the odd outage',
    ),
  },
  gensetDieselKgPerKwh: {
    default: 0.25,
    min: 0.1,
    max: 1,
    unit: 'kg/kWh',
    basis: own(
      '柴油发电机组部分负载下的典型燃油消耗率',
      'typical fuel consumption of a diesel set at part load',
    ),
  },
  gensetGasM3PerKwh: {
    default: 0.3,
    min: 0.1,
    max: 1,
    unit: 'm³/kWh',
    basis: own(
      '燃气发电机组发电效率约 33%（约 10.9 MJ/kWh ÷ 35.6 MJ/m³）',
      'a gas set at about 33 % electrical efficiency (about 10.9 MJ/kWh ÷ 35.6 MJ/m³)',
    ),
  },
  gensetCostYuanPerKw: {
    default: 1500,
    min: 0,
    max: 100_000,
    unit: 'yuan/kW',
    basis: quote('中小型燃气发电机组含安装', 'a small or medium gas generator set, installed'),
  },
  boilerEfficiencyCoal: {
    default: 0.7,
    min: 0.3,
    max: 1,
    unit: 'share',
    basis: own(
      '小型燃煤工业锅炉的典型运行热效率',
      'typical operating efficiency of a small coal-fired boiler',
    ),
  },
  boilerEfficiencyFuelOil: {
    default: 0.85,
    min: 0.3,
    max: 1,
    unit: 'share',
    basis: own('燃油工业锅炉的典型运行热效率', 'typical operating efficiency of an oil-fired boiler'),
  },
  boilerEfficiencyGas: {
    default: 0.92,
    min: 0.3,
    max: 1.1,
    unit: 'share',
    basis: own(
      '燃气锅炉（含冷凝回收时可更高）的典型运行热效率',
      'typical operating efficiency of a gas-fired boiler (higher with condensing recovery)',
    ),
  },
  boilerCostYuanPerKw: {
    default: 300,
    min: 0,
    max: 100_000,
    unit: 'yuan/kW',
    basis: quote(
      '燃气锅炉及燃烧器改造，按额定热功率计',
      'a gas boiler or burner conversion, per kW of rated heat output',
    ),
  },
  renewalSavingShare: {
    default: 0.1,
    min: 0,
    max: 0.8,
    unit: 'share',
    basis: own(
      '同类新设备比超期服役设备少用约 10% 电；依设备而异',
      'new equipment of the same kind uses about 10 % less electricity than equipment past its design life; varies by machine',
    ),
  },
  renewalCostFactor: {
    default: 1,
    min: 0,
    max: 10,
    unit: 'factor',
    basis: own(
      '以台账原值 × 该系数粗估同类新设备价格',
      "the register's original value × this factor as a rough price of a new machine of the kind",
    ),
  },
  mesCostYuanPerUnit: {
    default: 8000,
    min: 0,
    max: 10_000_000,
    unit: 'yuan/unit',
    basis: quote(
      '每台设备的数据采集终端、联网和 MES 授权分摊',
      'per machine: a data-collection terminal, networking and its share of an MES licence',
    ),
  },
  robotCostYuanPerStation: {
    default: 250_000,
    min: 0,
    max: 100_000_000,
    unit: 'yuan/station',
    basis: quote('一个装配工位的机器人工作站含集成', 'a robot cell for one assembly station, integrated'),
  },
  robotOperatorsPerStation: {
    default: 2,
    min: 0,
    max: 20,
    unit: 'persons/station',
    basis: own('每工位每班 1 人、两班制', 'one operator per station per shift, two shifts'),
  },
  labourCostYuanPerPersonYear: {
    default: 90_000,
    min: 0,
    max: 10_000_000,
    unit: 'yuan/person·yr',
    basis: own(
      '深圳制造业一线员工工资加社保公积金的大致年成本 [待核实]',
      'a rough yearly cost of a Shenzhen production worker, wages with social insurance [verify]',
    ),
  },
  robotKw: {
    default: 3,
    min: 0,
    max: 1000,
    unit: 'kW',
    basis: own(
      '一台中小型工业机器人及其周边的用电功率',
      'power drawn by a small or medium robot and its periphery',
    ),
  },
} as const satisfies Record<string, NumericDef>;

export type NumericAssumptionKey = keyof typeof NUMERIC_ASSUMPTIONS;
const NUMERIC_KEYS = Object.keys(NUMERIC_ASSUMPTIONS) as NumericAssumptionKey[];

export const MOTOR_TARGET_CLASSES = ['IE4', 'IE5'] as const;
export type MotorTargetClass = (typeof MOTOR_TARGET_CLASSES)[number];

const numericShape = Object.fromEntries(
  NUMERIC_KEYS.map((k) => {
    const d: NumericDef = NUMERIC_ASSUMPTIONS[k];
    return [k, z.number().finite().min(d.min).max(d.max).optional()];
  }),
) as { [K in NumericAssumptionKey]: z.ZodOptional<z.ZodNumber> };

export const OpportunityAssumptionsSchema = z.strictObject({
  ...IndicatorAssumptionsSchema.shape,
  ...EnergyBasisSchema.shape,
  ...numericShape,
  motorPoles: z
    .number()
    .refine((n) => (POLES as readonly number[]).includes(n), { message: 'opportunities.poles' })
    .optional(),
  motorTargetClass: z.enum(MOTOR_TARGET_CLASSES).optional(),
});
export type OpportunityAssumptionsInput = z.output<typeof OpportunityAssumptionsSchema>;

/** Every assumption an opportunity can name as used. */
export type AssumptionName =
  NumericAssumptionKey | 'loadFactor' | 'motorPoles' | 'motorTargetClass' | 'designLifeYears' | 'energyBasis';

export interface AssumptionView {
  value: number | string;
  default: number | string;
  isDefault: boolean;
  unit: string;
  basis: { zh: string; en: string };
}

export interface OpportunityAssumptions {
  values: Record<NumericAssumptionKey | 'loadFactor' | 'motorPoles' | 'motorTargetClass', AssumptionView>;
  /** Design lives and the load factor as the indicators resolve them. */
  indicators: IndicatorAssumptions;
  energyBasis: EnergyBasis;
  motorPoles: Poles;
  motorTargetClass: MotorTargetClass;
}

const POLES_BASIS = own(
  '台账不记录电机极数，按最常见的 4 极计；已知时请设置',
  'the register does not record pole counts; 4 poles, the commonest, are assumed — set it when known',
);
const TARGET_BASIS = own(
  'IE4（GB 18613-2020 二级）电机供货普遍；IE5（一级）更省电但更贵',
  'IE4 (GB 18613-2020 grade 2) motors are widely available; IE5 (grade 1) saves more at a higher price',
);

function view<T extends number | string>(
  value: T | undefined,
  fallback: T,
  unit: string,
  basis: AssumptionView['basis'],
): AssumptionView {
  return { ...assumption(value, fallback, basis), unit };
}

export function resolveOpportunityAssumptions(
  input: OpportunityAssumptionsInput = {},
): OpportunityAssumptions {
  const indicators = resolveAssumptions(input);
  const numbers = Object.fromEntries(
    NUMERIC_KEYS.map((k) => {
      const d: NumericDef = NUMERIC_ASSUMPTIONS[k];
      return [k, view(input[k], d.default, d.unit, d.basis)];
    }),
  ) as Record<NumericAssumptionKey, AssumptionView>;
  const poles = (input.motorPoles ?? 4) as Poles;
  const target = input.motorTargetClass ?? 'IE4';
  return {
    values: {
      ...numbers,
      loadFactor: { ...indicators.loadFactor, unit: 'share' },
      motorPoles: view(input.motorPoles, 4, 'poles', POLES_BASIS),
      motorTargetClass: view(input.motorTargetClass, 'IE4', 'class', TARGET_BASIS),
    },
    indicators,
    energyBasis: resolveEnergyBasis(input),
    motorPoles: poles,
    motorTargetClass: target,
  };
}

/** The assumption holding each source's price; sources without one add no cost saving. */
export const PRICE_ASSUMPTION: Partial<Record<EnergySourceCode, NumericAssumptionKey>> = {
  electricity: 'electricityPriceYuanPerKwh',
  natural_gas: 'naturalGasPriceYuanPerM3',
  diesel: 'dieselPriceYuanPerKg',
  coal: 'coalPriceYuanPerKg',
  fuel_oil: 'fuelOilPriceYuanPerKg',
};
