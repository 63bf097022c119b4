/**
 * The equipment taxonomy, statuses, energy sources and motor efficiency classes of the register
 * (DOMAIN.md §4) as data, so the importer, the indicators and the UI read one table.
 */
import { ENERGY_SOURCES } from '../enterprise/energy-sources';

export interface EquipmentCategory {
  code: string;
  zh: string;
  en: string;
  /** Counted in the production-equipment indicators (NC rate, automated share of value). */
  production: boolean;
  /** Counted in motor efficiency compliance and motor replacement savings. */
  motorDriven: boolean;
  /**
   * The product's own default design life in years, editable by the user. Not taken from a
   * standard: the UI must present it as "our default", never as a norm.
   */
  defaultDesignLifeYears: number;
  /** What the importer assumes when the file says nothing: electric categories run on electricity. */
  defaultEnergySource: 'electricity' | null;
  /** Other spellings of the class seen in category cells (besides zh and en). */
  labels: readonly string[];
}

export const DESIGN_LIFE_BASIS = 'product-default' as const;

export const EQUIPMENT_CATEGORIES = [
  {
    code: 'machine_tool',
    zh: '机床',
    en: 'Machine tools',
    production: true,
    motorDriven: true,
    defaultDesignLifeYears: 15,
    defaultEnergySource: 'electricity',
    labels: ['数控机床', '金属切削机床', '机加工设备', '切削设备', 'machine tool', 'cnc machine'],
  },
  {
    code: 'injection_molding',
    zh: '注塑机',
    en: 'Injection moulding machines',
    production: true,
    motorDriven: true,
    defaultDesignLifeYears: 12,
    defaultEnergySource: 'electricity',
    labels: [
      '注塑设备',
      '注塑',
      '注射成型机',
      'injection molding',
      'injection moulding',
      'injection molding machine',
    ],
  },
  {
    code: 'press',
    zh: '冲压/锻压设备',
    en: 'Presses (stamping, forging)',
    production: true,
    motorDriven: true,
    defaultDesignLifeYears: 15,
    defaultEnergySource: 'electricity',
    labels: ['冲压设备', '锻压设备', '冲压', '锻压', '冲床', '压力机', 'press', 'presses', 'stamping'],
  },
  {
    code: 'smt',
    zh: 'SMT/电子装联设备',
    en: 'SMT and electronics assembly',
    production: true,
    motorDriven: false,
    defaultDesignLifeYears: 10,
    defaultEnergySource: 'electricity',
    labels: ['SMT设备', 'SMT', '电子装联设备', '电子装联', 'smt equipment'],
  },
  {
    code: 'robot',
    zh: '工业机器人/AGV',
    en: 'Industrial robots and AGVs',
    production: true,
    motorDriven: false,
    defaultDesignLifeYears: 10,
    defaultEnergySource: 'electricity',
    labels: ['工业机器人', '机器人', 'AGV', 'industrial robot', 'robot', 'robots'],
  },
  {
    code: 'laser',
    zh: '激光设备',
    en: 'Laser equipment',
    production: true,
    motorDriven: false,
    defaultDesignLifeYears: 10,
    defaultEnergySource: 'electricity',
    labels: ['激光', 'laser'],
  },
  {
    code: 'assembly',
    zh: '装配/包装设备',
    en: 'Assembly and packaging',
    production: true,
    motorDriven: false,
    defaultDesignLifeYears: 10,
    defaultEnergySource: 'electricity',
    labels: ['装配设备', '包装设备', '装配线', '流水线', '装配', '包装', 'assembly', 'packaging'],
  },
  {
    code: 'inspection',
    zh: '检测设备',
    en: 'Inspection and measuring',
    production: true,
    motorDriven: false,
    defaultDesignLifeYears: 10,
    defaultEnergySource: 'electricity',
    labels: ['测量设备', '检验设备', '计量设备', '试验设备', '检测', 'inspection', 'testing', 'measuring'],
  },
  {
    code: 'compressor',
    zh: '空压机',
    en: 'Air compressors',
    production: false,
    motorDriven: true,
    defaultDesignLifeYears: 12,
    defaultEnergySource: 'electricity',
    labels: ['空气压缩机', '压缩机', 'air compressor', 'compressor', 'compressors'],
  },
  {
    code: 'motor_pump_fan',
    zh: '电机/泵/风机',
    en: 'Motors, pumps and fans',
    production: false,
    motorDriven: true,
    defaultDesignLifeYears: 15,
    defaultEnergySource: 'electricity',
    labels: ['电机', '电动机', '泵', '水泵', '风机', '泵类', '风机类', '电机泵风机', 'motor', 'pump', 'fan'],
  },
  {
    code: 'boiler',
    zh: '锅炉',
    en: 'Boilers',
    production: false,
    motorDriven: false,
    defaultDesignLifeYears: 15,
    defaultEnergySource: null,
    labels: ['boiler'],
  },
  {
    code: 'generator',
    zh: '发电机组',
    en: 'Generator sets',
    production: false,
    motorDriven: false,
    defaultDesignLifeYears: 15,
    defaultEnergySource: null,
    labels: ['发电机', '发电设备', 'generator', 'genset', 'generator set'],
  },
  {
    code: 'hvac',
    zh: '暖通空调/冷水机组',
    en: 'HVAC and chillers',
    production: false,
    motorDriven: true,
    defaultDesignLifeYears: 15,
    defaultEnergySource: 'electricity',
    labels: ['暖通空调', '冷水机组', '空调', '暖通', '空调设备', 'chiller', 'hvac'],
  },
  {
    code: 'forklift',
    zh: '叉车/搬运',
    en: 'Forklifts and handling',
    production: false,
    motorDriven: false,
    defaultDesignLifeYears: 8,
    // Electric and combustion forklifts are both common; the name decides (电动/内燃).
    defaultEnergySource: null,
    labels: ['叉车', '搬运设备', '搬运', 'forklift'],
  },
  {
    code: 'other',
    zh: '其他',
    en: 'Other',
    production: false,
    motorDriven: false,
    defaultDesignLifeYears: 10,
    defaultEnergySource: null,
    labels: ['其它', 'other', 'others'],
  },
] as const satisfies readonly EquipmentCategory[];

export type CategoryCode = (typeof EQUIPMENT_CATEGORIES)[number]['code'];
export const CATEGORY_CODES = EQUIPMENT_CATEGORIES.map((c) => c.code) as [CategoryCode, ...CategoryCode[]];

const CATEGORY_BY_CODE = new Map<string, EquipmentCategory>(EQUIPMENT_CATEGORIES.map((c) => [c.code, c]));

export function categoryOf(code: CategoryCode): EquipmentCategory {
  return CATEGORY_BY_CODE.get(code) as EquipmentCategory;
}

/** Equipment statuses; "in service" for the indicators means in_service or under_repair. */
export const EQUIPMENT_STATUSES = [
  {
    code: 'in_service',
    zh: '在用',
    en: 'In service',
    countsAsInService: true,
    synonyms: [
      '使用中',
      '在用中',
      '正常',
      '正常使用',
      '在役',
      '运行',
      '运行中',
      '使用',
      'in service',
      'in use',
      'active',
    ],
  },
  {
    code: 'under_repair',
    zh: '维修中',
    en: 'Under repair',
    countsAsInService: true,
    synonyms: ['维修', '待修', '检修', '检修中', '故障', 'under repair', 'repair', 'faulty'],
  },
  {
    code: 'idle',
    zh: '闲置',
    en: 'Idle',
    countsAsInService: false,
    synonyms: ['停用', '备用', '封存', '停机', 'idle', 'standby', 'unused'],
  },
  {
    code: 'to_be_retired',
    zh: '待报废',
    en: 'To be retired',
    countsAsInService: false,
    synonyms: ['拟报废', '待处置', 'to be retired', 'to be scrapped'],
  },
  {
    code: 'retired',
    zh: '已报废',
    en: 'Retired',
    countsAsInService: false,
    synonyms: ['报废', '淘汰', '已淘汰', '已处置', 'retired', 'scrapped', 'disposed'],
  },
] as const;

export type StatusCode = (typeof EQUIPMENT_STATUSES)[number]['code'];
export const STATUS_CODES = EQUIPMENT_STATUSES.map((s) => s.code) as [StatusCode, ...StatusCode[]];

/**
 * Energy sources a register row can name: the enterprise's list without gasoline, which no
 * register equipment class runs on (a petrol forklift is recorded as "other").
 */
export const REGISTER_ENERGY_SOURCES = ENERGY_SOURCES.filter((s) => s.code !== 'gasoline').map((s) => ({
  code: s.code,
  zh: s.zh,
  en: s.en,
}));
export type RegisterEnergySource = Exclude<(typeof ENERGY_SOURCES)[number]['code'], 'gasoline'>;
export const REGISTER_ENERGY_SOURCE_CODES = REGISTER_ENERGY_SOURCES.map((s) => s.code) as [
  RegisterEnergySource,
  ...RegisterEnergySource[],
];

/** Words seen in energy-source cells (matched whole, or contained for the longer ones). */
export const ENERGY_SOURCE_WORDS: Record<RegisterEnergySource, readonly string[]> = {
  electricity: ['电力', '电能', '电', '电动', '电加热', '用电', 'electricity', 'electric'],
  natural_gas: ['天然气', '燃气', '管道气', 'lng', 'cng', 'natural gas', 'gas'],
  diesel: ['柴油', 'diesel'],
  coal: ['原煤', '燃煤', '煤炭', '煤', 'coal'],
  fuel_oil: ['燃料油', '重油', '燃油', 'fuel oil', 'heavy oil', 'oil'],
  steam: ['蒸汽', '热力', 'steam', 'heat'],
  other: ['其他', '其它', '生物质', '液化石油气', 'lpg', 'biomass', 'other'],
};

/**
 * Motor efficiency classes. GB 18613-2020 grades map onto IE classes: grade 3 = IE3 (the legal
 * minimum), grade 2 = IE4, grade 1 = IE5. IE1 and IE2 have no GB grade (below the minimum).
 */
export const EFFICIENCY_CLASSES = [
  { code: 'IE1', gbGrade: null },
  { code: 'IE2', gbGrade: null },
  { code: 'IE3', gbGrade: 3 },
  { code: 'IE4', gbGrade: 2 },
  { code: 'IE5', gbGrade: 1 },
] as const;
export type EfficiencyClass = (typeof EFFICIENCY_CLASSES)[number]['code'];
export const EFFICIENCY_CLASS_CODES = EFFICIENCY_CLASSES.map((c) => c.code) as [
  EfficiencyClass,
  ...EfficiencyClass[],
];
/** IE3 is the legal minimum for motors sold since GB 18613-2020 took effect. */
export const MINIMUM_EFFICIENCY_CLASS: EfficiencyClass = 'IE3';
