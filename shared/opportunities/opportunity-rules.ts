/**
 * The finder's rules (issue 5): which register rows each measure concerns and what it would save
 * and cost per row. Rows are chosen with the readiness row sets (action-row-sets.ts), which are the
 * indicators' own predicates, so a proposal names the rows the dashboard counts. Every estimate
 * records the figures it used, the row's own or assumed, so it can be traced and corrected.
 */
import type { EnergyAmounts, EnergyBasis } from '../energy/energy-basis';
import { heatMjPerUnit } from '../energy/energy-basis';
import { ratedEfficiency, type RatedEfficiency } from '../energy/motor-efficiency';
import { GB_18613_SOURCE, IEC_60034_30_1_SOURCE, type Poles } from '../energy/motor-efficiency-tables';
import { motorSavingKwh, PART_LOAD_CAVEAT } from '../energy/motor-saving';
import type { RowPredicate } from '../indicators/indicator-sets';
import type { RowSetKey } from '../readiness/action-row-sets';
import type { NamedTrade, PassageKey } from '../readiness/policy-clauses';
import type { EfficiencyClass } from '../register/taxonomy';
import type { DirectionCode } from '../projects/directions';
import type { LineCategory, LinkRelation } from '../projects/project-schema';
import type { FinderRow } from './finder-row';
import type { AssumptionName, MotorTargetClass, NumericAssumptionKey } from './opportunity-assumptions';

export const RULE_KEYS = [
  'motor_upgrade',
  'compressor_vsd',
  'gas_generator',
  'boiler_fuel_switch',
  'renew_over_age',
  'retire_idle',
  'mes_data_collection',
  'assembly_robots',
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

export interface RuleContext {
  value(key: NumericAssumptionKey): number;
  /** For rows that give no load factor. */
  loadFactor: number;
  poles: Poles;
  polesAssumed: boolean;
  target: MotorTargetClass;
  energyBasis: EnergyBasis;
  rowSets: Record<RowSetKey, RowPredicate>;
  /** The trade of clause （五） the enterprise's division holds; null when none. */
  namedTrade: NamedTrade | null;
}

export type MissingData = 'rated_kw' | 'original_value' | 'efficiency_table';

export interface EfficiencyUsed {
  class: EfficiencyClass;
  efficiency: number;
  tableKw: number;
  tablePoles: Poles;
  table: 'GB 18613-2020' | 'IEC 60034-30-1';
  beyondTable: boolean;
}

/** What an estimate read from the row or assumed in its place. */
export interface EstimateInputs {
  ratedKw: number | null;
  annualHours: number;
  hoursAssumed: boolean;
  loadFactor: number;
  loadFactorAssumed: boolean;
  efficiencyOld?: EfficiencyUsed;
  efficiencyNew?: EfficiencyUsed;
}

export interface RowEstimate {
  /** Energy saved a year by the whole row (all its units), by source. */
  saved: EnergyAmounts;
  /** Other yearly savings (labour), yuan. */
  otherSavingYuan: number;
  labourPersons: number;
  /** Per unit; null when the row lacks what it is priced from. */
  unitInvestmentYuan: number | null;
  missing: MissingData[];
  inputs: EstimateInputs;
}

type Text = { zh: string; en: string };

export interface RuleDef {
  key: RuleKey;
  title: Text;
  direction: DirectionCode;
  passages: readonly PassageKey[];
  /** Idle rows are proposed for retirement; the other rules look at rows in service. */
  scope: 'in_service' | 'idle';
  line: {
    category: LineCategory;
    relation: LinkRelation;
    intelligent: boolean;
    name(ctx: RuleContext): Text;
  };
  assumptions: readonly AssumptionName[];
  notes(ctx: RuleContext): Text[];
  selects(row: FinderRow, ctx: RuleContext): boolean;
  estimate(row: FinderRow, ctx: RuleContext): RowEstimate;
}

/** Hours and load factor of a row, the assumed ones where the register gives none. */
function operation(row: FinderRow, ctx: RuleContext, hoursKey: NumericAssumptionKey = 'defaultAnnualHours') {
  return {
    ratedKw: row.ratedKw,
    annualHours: row.annualHours ?? ctx.value(hoursKey),
    hoursAssumed: row.annualHours === null,
    loadFactor: row.loadFactor ?? ctx.loadFactor,
    loadFactorAssumed: row.loadFactor === null,
  };
}

/** kW × h × β × units: what the row runs through in a year (kWh of electricity, heat or power). */
const kwhRun = (row: FinderRow, i: EstimateInputs) =>
  (i.ratedKw ?? 0) * i.annualHours * i.loadFactor * row.quantity;

function estimate(inputs: EstimateInputs, parts: Partial<Omit<RowEstimate, 'inputs'>>): RowEstimate {
  return {
    saved: {},
    otherSavingYuan: 0,
    labourPersons: 0,
    unitInvestmentYuan: null,
    missing: [],
    inputs,
    ...parts,
  };
}

/** Priced by rated power: without it neither the saving nor the price can be estimated. */
function byPower(
  row: FinderRow,
  ctx: RuleContext,
  costKey: NumericAssumptionKey,
  saved: (kwh: number, i: EstimateInputs) => EnergyAmounts,
  hoursKey?: NumericAssumptionKey,
): RowEstimate {
  const inputs = operation(row, ctx, hoursKey);
  if (row.ratedKw === null) return estimate(inputs, { missing: ['rated_kw'] });
  return estimate(inputs, {
    saved: saved(kwhRun(row, inputs), inputs),
    unitInvestmentYuan: row.ratedKw * ctx.value(costKey),
  });
}

function efficiencyUsed(cls: EfficiencyClass, e: RatedEfficiency): EfficiencyUsed {
  return {
    class: cls,
    efficiency: e.efficiency,
    tableKw: e.tableKw,
    tablePoles: e.tablePoles,
    table: e.source === GB_18613_SOURCE ? 'GB 18613-2020' : 'IEC 60034-30-1',
    beyondTable: e.beyondTable,
  };
}

const VARIABLE_SPEED = /变频|vsd|vfd|inverter|variable[\s-]*speed/i;
const GB_GRADE: Record<MotorTargetClass, number> = { IE4: 2, IE5: 1 };
const ASSUMED_LOAD: AssumptionName[] = ['loadFactor', 'defaultAnnualHours'];

export const RULES: readonly RuleDef[] = [
  {
    key: 'motor_upgrade',
    title: {
      zh: '将低于 IE3 的电机更换为高效电机（IE4/IE5）',
      en: 'Replace motors below IE3 with premium-efficiency motors (IE4/IE5)',
    },
    direction: 'green',
    passages: ['motors_and_boilers'],
    scope: 'in_service',
    line: {
      category: 'equipment',
      relation: 'upgrades',
      intelligent: false,
      name: (ctx) => ({ zh: `${ctx.target} 高效电机`, en: `${ctx.target} motor` }),
    },
    assumptions: [
      ...ASSUMED_LOAD,
      'motorPoles',
      'motorTargetClass',
      'motorIe4CostYuanPerKw',
      'motorIe5CostYuanPerKw',
      'electricityPriceYuanPerKwh',
      'energyBasis',
    ],
    notes: (ctx) => [
      {
        zh: `节电量 ΔE = P × β × h × (1/η旧 − 1/η新)；η新取 GB 18613-2020 ${GB_GRADE[ctx.target]} 级（${ctx.target}）${ctx.poles} 极的额定效率`,
        en: `Saving ΔE = P × β × h × (1/η_old − 1/η_new); η_new is the GB 18613-2020 grade ${GB_GRADE[ctx.target]} (${ctx.target}) rated efficiency for ${ctx.poles} poles`,
      },
      ctx.polesAssumed
        ? {
            zh: `台账没有电机极数：按 ${ctx.poles} 极计算，已知时请修改`,
            en: `The register has no pole counts: ${ctx.poles} poles assumed, change it when known`,
          }
        : { zh: `按设定的 ${ctx.poles} 极计算`, en: `Computed for ${ctx.poles} poles as set` },
      {
        zh: 'η旧取 IEC 60034-30-1 的 IE1/IE2 值，表中只有 4 极，其他极数也用此值',
        en: 'η_old is the IEC 60034-30-1 IE1/IE2 value, tabulated for 4 poles only and used for any pole count',
      },
      {
        zh: '功率介于表中两档之间时取不高于它的一档；整机（如机床、空压机）以额定功率作为主电机功率',
        en: "A power between two listed ratings takes the row at or below it; for a whole machine (machine tool, compressor) the rated power is taken as its main motor's",
      },
      {
        zh: `${GB_18613_SOURCE.caveat.zh}（两张效率表）`,
        en: `${GB_18613_SOURCE.caveat.en} (both efficiency tables)`,
      },
      PART_LOAD_CAVEAT,
    ],
    selects: (row, ctx) => ctx.rowSets.motors_below_ie3(row),
    estimate: (row, ctx) => {
      const inputs = operation(row, ctx);
      if (row.ratedKw === null) return estimate(inputs, { missing: ['rated_kw'] });
      const old = ratedEfficiency(row.efficiencyClass as EfficiencyClass, row.ratedKw, ctx.poles);
      const next = ratedEfficiency(ctx.target, row.ratedKw, ctx.poles);
      if (!old || !next) return estimate(inputs, { missing: ['efficiency_table'] });
      const perUnit = motorSavingKwh({
        ratedKw: row.ratedKw,
        loadFactor: inputs.loadFactor,
        annualHours: inputs.annualHours,
        efficiencyOld: old.efficiency,
        efficiencyNew: next.efficiency,
      });
      const cost = ctx.target === 'IE5' ? 'motorIe5CostYuanPerKw' : 'motorIe4CostYuanPerKw';
      return estimate(
        {
          ...inputs,
          efficiencyOld: efficiencyUsed(row.efficiencyClass as EfficiencyClass, old),
          efficiencyNew: efficiencyUsed(ctx.target, next),
        },
        { saved: { electricity: perUnit * row.quantity }, unitInvestmentYuan: row.ratedKw * ctx.value(cost) },
      );
    },
  },
  {
    key: 'compressor_vsd',
    title: {
      zh: '工频空压机更换为变频空压机',
      en: 'Replace fixed-speed air compressors with variable-speed ones',
    },
    direction: 'green',
    passages: ['energy_saving'],
    scope: 'in_service',
    line: {
      category: 'equipment',
      relation: 'replaces',
      intelligent: false,
      name: () => ({ zh: '永磁变频螺杆空压机', en: 'Variable-speed screw compressor' }),
    },
    assumptions: [
      ...ASSUMED_LOAD,
      'compressorSavingShare',
      'compressorCostYuanPerKw',
      'electricityPriceYuanPerKwh',
      'energyBasis',
    ],
    notes: () => [
      {
        zh: '台账没有调速方式一栏：名称、型号或备注未写“变频/VSD”的空压机视为工频机',
        en: 'The register has no speed-control field: compressors are taken as fixed-speed unless their name, model or notes mention 变频/VSD',
      },
      {
        zh: '节电量 = 节电比例 × 额定功率 × 年运行小时 × 负载率 × 台数',
        en: 'Saving = saving share × rated kW × hours × load factor × units',
      },
    ],
    selects: (row) =>
      row.category === 'compressor' &&
      !VARIABLE_SPEED.test(`${row.name} ${row.model ?? ''} ${row.notes ?? ''}`),
    estimate: (row, ctx) =>
      byPower(row, ctx, 'compressorCostYuanPerKw', (kwh) => ({
        electricity: kwh * ctx.value('compressorSavingShare'),
      })),
  },
  {
    key: 'gas_generator',
    title: {
      zh: '以中小型燃气发电机组替代柴油备用发电机组',
      en: 'Replace diesel backup generator sets with small or medium gas sets',
    },
    direction: 'green',
    passages: ['gas_generators'],
    scope: 'in_service',
    line: {
      category: 'equipment',
      relation: 'replaces',
      intelligent: false,
      name: () => ({ zh: '燃气发电机组', en: 'Gas generator set' }),
    },
    assumptions: [
      'loadFactor',
      'gensetDefaultHours',
      'gensetDieselKgPerKwh',
      'gensetGasM3PerKwh',
      'gensetCostYuanPerKw',
      'dieselPriceYuanPerKg',
      'naturalGasPriceYuanPerM3',
      'energyBasis',
    ],
    notes: () => [
      {
        zh: '发电量 = 额定功率 × 年运行小时 × 负载率 × 台数；每千瓦时少用的柴油和多用的天然气按假设值计',
        en: 'Electricity generated = rated kW × hours × load factor × units; diesel saved and gas used per kWh as assumed',
      },
      {
        zh: '备用机组运行时间短，主要收益是减少二氧化碳和污染物排放，燃料费和折标煤变化不大',
        en: 'A backup set runs little: the gain is mostly lower CO₂ and pollutants, fuel cost and tce change little',
      },
    ],
    selects: (row, ctx) => ctx.rowSets.diesel_generators(row),
    estimate: (row, ctx) =>
      byPower(
        row,
        ctx,
        'gensetCostYuanPerKw',
        (kwh) => ({
          diesel: kwh * ctx.value('gensetDieselKgPerKwh'),
          natural_gas: -kwh * ctx.value('gensetGasM3PerKwh'),
        }),
        'gensetDefaultHours',
      ),
  },
  {
    key: 'boiler_fuel_switch',
    title: {
      zh: '燃煤、燃油锅炉改用天然气',
      en: 'Switch coal- and oil-fired boilers to natural gas',
    },
    direction: 'green',
    passages: ['motors_and_boilers'],
    scope: 'in_service',
    line: {
      category: 'equipment',
      relation: 'replaces',
      intelligent: false,
      name: () => ({ zh: '燃气锅炉（或燃烧器改造）', en: 'Gas-fired boiler (or burner conversion)' }),
    },
    assumptions: [
      ...ASSUMED_LOAD,
      'boilerEfficiencyCoal',
      'boilerEfficiencyFuelOil',
      'boilerEfficiencyGas',
      'boilerCostYuanPerKw',
      'coalPriceYuanPerKg',
      'fuelOilPriceYuanPerKg',
      'naturalGasPriceYuanPerM3',
      'energyBasis',
    ],
    notes: () => [
      {
        zh: '供热量 = 额定功率 × 年运行小时 × 负载率 × 3.6 MJ/kWh × 台数；燃料量 = 供热量 ÷ 热效率 ÷ 热值（标准煤系数 × 29.3076 MJ/kgce）',
        en: 'Heat = rated kW × hours × load factor × 3.6 MJ/kWh × units; fuel = heat ÷ efficiency ÷ heating value (standard coal coefficient × 29.3076 MJ/kgce)',
      },
      {
        zh: '锅炉的额定功率为额定热功率（1 蒸吨/小时约 700 kW）；改电锅炉或集中供热未在此估算',
        en: "A boiler's rated power is its heat output (1 t/h of steam is about 700 kW); electric boilers or district heat are not estimated here",
      },
    ],
    selects: (row, ctx) => ctx.rowSets.coal_oil_boilers(row),
    estimate: (row, ctx) =>
      byPower(row, ctx, 'boilerCostYuanPerKw', (kwh) => {
        const heatMj = kwh * 3.6;
        const old = row.energySource === 'coal' ? 'coal' : 'fuel_oil';
        const efficiency = ctx.value(old === 'coal' ? 'boilerEfficiencyCoal' : 'boilerEfficiencyFuelOil');
        return {
          [old]: heatMj / efficiency / heatMjPerUnit(old, ctx.energyBasis),
          natural_gas:
            -heatMj / ctx.value('boilerEfficiencyGas') / heatMjPerUnit('natural_gas', ctx.energyBasis),
        };
      }),
  },
  {
    key: 'renew_over_age',
    title: { zh: '更新超过设计年限的设备', en: 'Renew equipment past its design life' },
    direction: 'renewal',
    passages: ['retire_old_equipment'],
    scope: 'in_service',
    line: {
      category: 'equipment',
      relation: 'replaces',
      intelligent: false,
      name: () => ({ zh: '更新设备', en: 'Replacement machine' }),
    },
    assumptions: [
      ...ASSUMED_LOAD,
      'designLifeYears',
      'renewalSavingShare',
      'renewalCostFactor',
      'electricityPriceYuanPerKwh',
      'energyBasis',
    ],
    notes: () => [
      {
        zh: '设计年限为本产品默认值（可修改），不是国家标准',
        en: "Design lives are the product's defaults (editable), not a national standard",
      },
      {
        zh: '新设备价格按台账原值 × 系数粗估；节电只估算已知功率的用电设备',
        en: 'A new machine is priced at original value × factor; electricity saved is estimated only for electric rows of known power',
      },
    ],
    selects: (row, ctx) => ctx.rowSets.over_age(row),
    estimate: (row, ctx) => {
      const inputs = operation(row, ctx);
      const missing: MissingData[] = [];
      const electric = row.energySource === 'electricity';
      if (electric && row.ratedKw === null) missing.push('rated_kw');
      if (row.valueFen === null) missing.push('original_value');
      return estimate(inputs, {
        saved:
          electric && row.ratedKw !== null
            ? { electricity: kwhRun(row, inputs) * ctx.value('renewalSavingShare') }
            : {},
        unitInvestmentYuan:
          row.valueFen === null ? null : (row.valueFen / 100 / row.quantity) * ctx.value('renewalCostFactor'),
        missing,
      });
    },
  },
  {
    key: 'retire_idle',
    title: { zh: '淘汰闲置设备', en: 'Retire idle equipment' },
    direction: 'renewal',
    passages: ['retire_old_equipment'],
    scope: 'idle',
    line: {
      category: 'other',
      relation: 'retires',
      intelligent: false,
      name: () => ({ zh: '淘汰闲置设备', en: 'Retirement of idle equipment' }),
    },
    assumptions: [],
    notes: () => [
      {
        zh: '闲置设备建议淘汰，而不是在用设备的改造措施；腾出场地和省下的维护费未估算',
        en: 'Idle equipment is proposed for retirement rather than a measure in service; space and maintenance freed are not estimated',
      },
    ],
    selects: (row) => row.status === 'idle',
    estimate: (row, ctx) => estimate(operation(row, ctx), { unitInvestmentYuan: 0 }),
  },
  {
    key: 'mes_data_collection',
    title: {
      zh: '数控设备联网，建设数据采集和制造执行系统（MES）',
      en: 'Network CNC equipment and put in data collection and an MES',
    },
    direction: 'integration',
    passages: ['information_systems', 'it_across_lifecycle'],
    scope: 'in_service',
    line: {
      category: 'software',
      relation: 'upgrades',
      intelligent: true,
      name: () => ({ zh: '数据采集终端及 MES', en: 'Data collection terminal and MES' }),
    },
    assumptions: ['mesCostYuanPerUnit'],
    notes: () => [
      {
        zh: '效益（设备综合效率、废品率、人工）取决于现场，未估算，请在项目中填写',
        en: 'Benefits (OEE, scrap, labour) depend on the site and are not estimated: enter them in the project',
      },
    ],
    selects: (row, ctx) => ctx.rowSets.cnc_not_networked(row),
    estimate: (row, ctx) =>
      estimate(operation(row, ctx), { unitInvestmentYuan: ctx.value('mesCostYuanPerUnit') }),
  },
  {
    key: 'assembly_robots',
    title: {
      zh: '在人工装配工位引入工业机器人',
      en: 'Bring industrial robots into manual assembly stations',
    },
    direction: 'intelligent',
    passages: ['named_trades', 'smart_equipment'],
    scope: 'in_service',
    line: {
      category: 'equipment',
      relation: 'upgrades',
      intelligent: true,
      name: () => ({ zh: '装配机器人工作站', en: 'Assembly robot cell' }),
    },
    assumptions: [
      ...ASSUMED_LOAD,
      'robotCostYuanPerStation',
      'robotOperatorsPerStation',
      'labourCostYuanPerPersonYear',
      'robotKw',
      'electricityPriceYuanPerKwh',
      'energyBasis',
    ],
    notes: (ctx) => [
      {
        zh: `企业所属行业（${ctx.namedTrade?.divisionName.zh ?? ''}）含第（五）条所列的${ctx.namedTrade?.trade.zh ?? ''}；行业大类比所列行业宽，请确认适用`,
        en: `The enterprise's division (${ctx.namedTrade?.divisionName.en ?? ''}) holds ${ctx.namedTrade?.trade.en ?? ''}, named in clause (5); a division is broader than the trade, so check it applies`,
      },
      {
        zh: '非数控的装配/包装设备视为人工工位；机器人增加用电 = 机器人功率 × 年运行小时 × 负载率',
        en: 'Assembly and packaging equipment without digital control is taken as manual stations; robots add electricity = robot kW × hours × load factor',
      },
    ],
    selects: (row, ctx) =>
      ctx.namedTrade !== null && row.category === 'assembly' && ctx.rowSets.robot_candidates(row),
    estimate: (row, ctx) => {
      const inputs = operation(row, ctx);
      const labourPersons = ctx.value('robotOperatorsPerStation') * row.quantity;
      return estimate(inputs, {
        saved: { electricity: -ctx.value('robotKw') * inputs.annualHours * inputs.loadFactor * row.quantity },
        otherSavingYuan: labourPersons * ctx.value('labourCostYuanPerPersonYear'),
        labourPersons,
        unitInvestmentYuan: ctx.value('robotCostYuanPerStation'),
      });
    },
  },
];

export const RULE_BY_KEY = new Map(RULES.map((r) => [r.key, r]));

export const EFFICIENCY_TABLES = { gb18613: GB_18613_SOURCE, iec60034: IEC_60034_30_1_SOURCE };
