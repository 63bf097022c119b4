/**
 * The taxonomy class of a register row: from the category cell when it names a class, otherwise
 * (blank cell, or a finance class such as 动力设备/通用设备 that says nothing about the kind of
 * machine) from the equipment name. Also the fuel a boiler, generator or forklift burns when its
 * name says so (燃煤蒸汽锅炉, 柴油发电机组, 电动叉车).
 */
import { foldWidth } from './cell-value';
import { EQUIPMENT_CATEGORIES, type CategoryCode, type RegisterEnergySource } from './taxonomy';

export type CategorySource = 'cell' | 'name' | 'default';

export interface CategoryResult {
  code: CategoryCode;
  source: CategorySource;
  /** The category cell's text when it was not a taxonomy class (finance class or unknown word). */
  unrecognised: string | null;
}

function labelKey(text: string): string {
  return foldWidth(text)
    .trim()
    .toLowerCase()
    .replace(/[\s、,]+/g, '');
}

const LABELS = new Map<string, CategoryCode>();
for (const c of EQUIPMENT_CATEGORIES) {
  for (const label of [c.code, c.zh, c.en, ...c.labels]) LABELS.set(labelKey(label), c.code);
}
// Labels found inside longer cells ("数控机床类", "SMT生产设备"), longest first so 冲压设备 beats 冲压.
const CONTAINED_LABELS = [...LABELS.entries()]
  .filter(([label, code]) => label.length >= 2 && code !== 'other')
  .sort((a, b) => b[0].length - a[0].length);

/** Classes from fixed-asset accounting: they group by use or by the books, not by machine type. */
const FINANCE_CLASSES = new Set(
  [
    '动力设备',
    '生产设备',
    '通用设备',
    '专用设备',
    '机器设备',
    '机械设备',
    '电子设备',
    '电气设备',
    '运输设备',
    '运输工具',
    '办公设备',
    '仪器仪表',
    '其他设备',
    '固定资产',
    '设备',
    '机器',
    'equipment',
    'machinery',
    'production equipment',
  ].map(labelKey),
);

/**
 * Words in equipment names, tried in this order: the earlier rules hold the names that would be
 * caught wrongly by a later, broader word (AOI检测仪 is SMT, not inspection; 发电机组 is not an
 * 电机; 激光焊接机 is a laser; AGV搬运车 is a robot, not a forklift). English words match whole
 * words only, so "press" does not fire inside "compressor".
 */
const NAME_RULES = compileRules<CategoryCode>([
  ['robot', ['机器人', 'AGV', '机械手', '机械臂', 'robot']],
  [
    'smt',
    [
      '贴片',
      '回流焊',
      '波峰焊',
      '锡膏',
      'AOI',
      'SPI检测',
      '插件机',
      '贴装',
      'SMT',
      'reflow',
      'pick and place',
      'wave solder',
    ],
  ],
  ['laser', ['激光', 'laser']],
  ['generator', ['发电机', 'generator', 'genset']],
  ['boiler', ['锅炉', '导热油炉', '热水炉', '蒸汽发生器', 'boiler']],
  ['compressor', ['空压机', '空气压缩机', 'air compressor', 'compressor']],
  [
    'hvac',
    ['冷水机组', '空调', '除湿', '新风', '热泵', '冷冻机', '制冷机', 'chiller', 'HVAC', 'air conditioner'],
  ],
  ['injection_molding', ['注塑', '注射成型', 'injection molding', 'injection moulding']],
  [
    'press',
    [
      '冲床',
      '液压机',
      '折弯',
      '冲压',
      '压力机',
      '锻压',
      '剪板机',
      '油压机',
      'press',
      'press brake',
      'stamping',
    ],
  ],
  [
    'machine_tool',
    [
      '车床',
      '加工中心',
      '铣床',
      '磨床',
      '钻床',
      '线切割',
      '镗床',
      '刨床',
      '雕铣',
      '火花机',
      '电火花',
      '机床',
      'lathe',
      'machining center',
      'machining centre',
      'milling machine',
      'grinder',
      'drilling machine',
      'wire cut',
      'EDM',
    ],
  ],
  [
    'inspection',
    ['测量', '检测', 'X光', '三坐标', '试验机', '光谱仪', '探伤', 'CMM', 'inspection', 'tester', 'measuring'],
  ],
  [
    'assembly',
    [
      '装配',
      '流水线',
      '包装',
      '点胶',
      '螺丝机',
      '缝纫机',
      '打包',
      '封箱',
      '贴标',
      '灌装',
      'assembly',
      'packing',
      'packaging',
    ],
  ],
  ['motor_pump_fan', ['水泵', '泵', '风机', '电动机', '电机', '马达', 'pump', 'fan', 'blower', 'motor']],
  ['forklift', ['叉车', '堆高车', '搬运车', 'forklift']],
]);

interface CompiledRule<T> {
  code: T;
  /** Chinese (and mixed) words, found anywhere in the name. */
  contained: string[];
  /** English words as one whole-word pattern, plural s allowed. */
  words: RegExp | null;
}

function compileRules<T>(rules: readonly (readonly [T, readonly string[]])[]): CompiledRule<T>[] {
  return rules.map(([code, list]) => {
    const english = list.filter((w) => /^[a-z][a-z -]*$/i.test(w)).map((w) => w.toLowerCase());
    const contained = list.filter((w) => !/^[a-z][a-z -]*$/i.test(w)).map((w) => w.toLowerCase());
    const words = english.length ? new RegExp(`\\b(?:${english.join('|')})s?\\b`) : null;
    return { code, contained, words };
  });
}

function firstRule<T>(rules: CompiledRule<T>[], name: string): T | null {
  const key = foldWidth(name).toLowerCase();
  for (const rule of rules) {
    for (const w of rule.contained) if (key.includes(w)) return rule.code;
    if (rule.words?.test(key)) return rule.code;
  }
  return null;
}

/** Category code from the equipment name; null when no rule matches. */
export function categoryFromName(name: string): CategoryCode | null {
  return firstRule(NAME_RULES, name);
}

/** Matches the category cell against the taxonomy; null when it names no class. */
export function categoryFromLabel(cell: string): CategoryCode | null {
  const key = labelKey(cell);
  if (key === '' || FINANCE_CLASSES.has(key)) return null;
  const exact = LABELS.get(key);
  if (exact) return exact;
  for (const [label, code] of CONTAINED_LABELS) if (key.includes(label)) return code;
  return null;
}

export function inferCategory(cell: string | null, name: string): CategoryResult {
  const trimmed = cell?.trim() ?? '';
  if (trimmed !== '') {
    const fromLabel = categoryFromLabel(trimmed);
    if (fromLabel) return { code: fromLabel, source: 'cell', unrecognised: null };
  }
  const unrecognised = trimmed === '' ? null : trimmed;
  const fromName = categoryFromName(name);
  if (fromName) return { code: fromName, source: 'name', unrecognised };
  return { code: 'other', source: 'default', unrecognised };
}

/** Fuel words in equipment names; 内燃 (diesel, petrol or LPG) says too little and is left unknown. */
const FUEL_RULES = compileRules<RegisterEnergySource>([
  ['coal', ['燃煤', '煤粉', 'coal']],
  ['natural_gas', ['天然气', '燃气', 'gas-fired', 'gas fired', 'natural gas']],
  ['diesel', ['柴油', 'diesel']],
  ['fuel_oil', ['燃油', '重油', 'oil-fired', 'oil fired']],
  ['other', ['生物质', 'biomass']],
  ['electricity', ['电加热', '电锅炉', '电动', '电热', 'electric']],
]);

export function energySourceFromName(name: string): RegisterEnergySource | null {
  return firstRule(FUEL_RULES, name);
}
