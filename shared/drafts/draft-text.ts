/**
 * The words of an application draft in both languages: headings, captions, column labels and the
 * sentences the draft builds from the figures. Kept beside the draft rather than in the app's
 * message catalogue because they are document text, not interface text, and only the draft uses them.
 */
import { interpolate, type Lang } from '../i18n/messages';
import type { Params } from '../api/errors';
import type { DraftChapterId } from './draft-model';

type Text = { zh: string; en: string };

export const CHAPTER_HEADINGS: Record<DraftChapterId, Text> = {
  overview: { zh: '总论', en: 'Overview' },
  background: { zh: '项目背景与必要性', en: 'Background and need' },
  enterprise: { zh: '企业基本情况', en: 'The enterprise' },
  market: { zh: '市场分析与建设规模', en: 'Market and scale' },
  technical: { zh: '技术方案与设备方案', en: 'Technical plan and equipment' },
  site: { zh: '建设地点与条件', en: 'Site and conditions' },
  energy_environment: { zh: '节能、环保与安全', en: 'Energy saving, environment and safety' },
  organisation: { zh: '组织与人员', en: 'Organisation and staffing' },
  schedule: { zh: '实施进度', en: 'Schedule' },
  investment: { zh: '投资估算与资金筹措', en: 'Investment and financing' },
  benefits: { zh: '经济与社会效益', en: 'Economic and social benefits' },
  funding: { zh: '适用的支持政策', en: 'Applicable support programmes' },
  conclusion: { zh: '结论', en: 'Conclusion' },
};

export const DRAFT_TEXT = {
  title: { zh: '{{project}}项目申请报告', en: 'Application report: {{project}}' },
  subtitle: { zh: '{{enterprise}}　（草稿，{{date}} 生成）', en: '{{enterprise}} — draft of {{date}}' },
  money: { zh: '{{amount}} 元', en: '¥{{amount}}' },
  moneyPerYear: { zh: '{{amount}} 元/年', en: '¥{{amount}} a year' },
  years: { zh: '{{value}} 年', en: '{{value}} years' },
  paybackNever: { zh: '无法回收（年节约不为正）', en: 'never (the yearly saving is not positive)' },
  irrNone: { zh: '不存在（{{why}}）', en: 'none ({{why}})' },
  listSeparator: { zh: '、', en: ', ' },
  clauseSeparator: { zh: '；', en: '; ' },
  open: { zh: '未定', en: 'not set' },

  // 1 overview
  overviewWho: {
    zh: '{{project}}（以下简称“本项目”）由{{enterprise}}实施，属于{{direction}}类技术改造项目，对应{{citation}}“{{clauseTitle}}”。',
    en: '{{project}} ("the project") is carried out by {{enterprise}}. It is a technological transformation project of the kind "{{direction}}", under {{citation}} ("{{clauseTitle}}").',
  },
  overviewPeriod: { zh: '建设期为 {{start}} 至 {{end}}。', en: 'It runs from {{start}} to {{end}}.' },
  overviewMoney: {
    zh: '本项目总投资 {{total}}，其中符合条件的投资（形成固定资产、扣除可抵扣增值税）{{eligible}}。',
    en: 'The project invests {{total}} in total, of which {{eligible}} is eligible investment (fixed assets, net of deductible VAT).',
  },
  overviewSought: {
    zh: '拟申请“{{programme}}”，估算资助 {{amount}}。',
    en: 'It applies to "{{programme}}", with an estimated support of {{amount}}.',
  },
  overviewNoSupport: {
    zh: '尚未确定可申请的资助项目（见“适用的支持政策”）。',
    en: 'No support programme has been settled yet (see "Applicable support programmes").',
  },
  overviewBenefits: {
    zh: '项目实施后，预计每年节约成本 {{saving}}，新增产值 {{output}}，节约能源折合 {{tce}} 吨标准煤，减少二氧化碳排放 {{co2}} 吨；静态投资回收期 {{payback}}。',
    en: 'Once done, it is expected to save {{saving}} a year in costs, add {{output}} of output value a year, save {{tce}} tonnes of standard coal equivalent and avoid {{co2}} tonnes of CO₂ a year; simple payback {{payback}}.',
  },
  overviewDescription: { zh: '项目简介：{{text}}', en: 'Summary: {{text}}' },

  // 2 background
  policyBasis: { zh: '政策依据', en: 'Policy basis' },
  policyDirection: {
    zh: '本项目属于{{direction}}方向，符合{{citation}}“{{clauseTitle}}”的支持方向。该文件相关条款如下：',
    en: 'The project belongs to the direction "{{direction}}", which {{citation}} ("{{clauseTitle}}") supports. The relevant passages:',
  },
  policyDirectionOnly: {
    zh: '本项目属于{{direction}}方向，符合{{citation}}“{{clauseTitle}}”的支持方向。',
    en: 'The project belongs to the direction "{{direction}}", which {{citation}} ("{{clauseTitle}}") supports.',
  },
  passage: { zh: '{{citation}}（{{title}}）：“{{quote}}”', en: '{{citation}} ({{title}}): "{{quote}}"' },
  namedTrade: {
    zh: '本企业所属行业（{{division}}）包含第（五）条点名的“{{trade}}”行业。',
    en: 'The enterprise\'s industry ({{division}}) includes "{{trade}}", a trade clause (五) names.',
  },
  backgroundNeed: { zh: '项目背景与必要性', en: 'Background and need' },

  // 3 enterprise
  profile: { zh: '企业概况', en: 'Profile' },
  factName: { zh: '企业名称：{{value}}', en: 'Name: {{value}}' },
  factNameEn: { zh: '英文名称：{{value}}', en: 'English name: {{value}}' },
  factUscc: { zh: '统一社会信用代码：{{value}}', en: 'Unified social credit code: {{value}}' },
  factDistrict: { zh: '所在区：{{value}}', en: 'District: {{value}}' },
  factIndustry: { zh: '所属行业：{{value}}（GB/T 4754-2017）', en: 'Industry: {{value}} (GB/T 4754-2017)' },
  factType: { zh: '制造类型：{{value}}', en: 'Manufacturing type: {{value}}' },
  factSize: {
    zh: '企业规模：{{value}}（按 {{year}} 年从业人员和营业收入，依据 {{source}}）',
    en: 'Size class: {{value}} (by {{year}} employees and revenue, per {{source}})',
  },
  factEmployees: { zh: '从业人员（{{year}} 年）：{{value}} 人', en: 'Employees ({{year}}): {{value}}' },
  factRevenue: { zh: '营业收入（{{year}} 年）：{{value}}', en: 'Operating revenue ({{year}}): {{value}}' },
  factOutput: {
    zh: '工业总产值（{{year}} 年）：{{value}}',
    en: 'Industrial output value ({{year}}): {{value}}',
  },
  factNewProduct: {
    zh: '新产品产值（{{year}} 年）：{{value}}，新产品产值率 {{rate}}',
    en: 'New-product output value ({{year}}): {{value}}, new-product output-value rate {{rate}}',
  },
  factRnd: { zh: '研发投入（{{year}} 年）：{{value}}', en: 'R&D spend ({{year}}): {{value}}' },
  factFixedAssets: { zh: '固定资产（{{year}} 年）：{{value}}', en: 'Fixed assets ({{year}}): {{value}}' },
  gapYears: {
    zh: '企业档案还没有年度数据（从业人员、营业收入、工业总产值等）',
    en: 'The profile has no yearly figures yet (employees, revenue, output value…)',
  },
  gapUscc: { zh: '企业档案缺少统一社会信用代码', en: 'The profile has no unified social credit code' },
  indicatorsHeading: { zh: '主要指标（基准年 {{year}}）', en: 'Indicators (reference year {{year}})' },
  indicatorsCaption: { zh: '企业主要指标', en: 'Indicators of the enterprise' },
  colIndicator: { zh: '指标', en: 'Indicator' },
  colValue: { zh: '数值', en: 'Value' },
  colNumerator: { zh: '分子', en: 'Numerator' },
  colDenominator: { zh: '分母', en: 'Denominator' },
  colFiguresYear: { zh: '企业数据年份', en: 'Year of figures' },
  colReference: { zh: '参考值', en: 'Reference' },
  colReferenceSource: { zh: '参考值来源与年份', en: 'Source and year of the reference' },
  referenceValue: { zh: '{{label}} {{value}}', en: '{{label}} {{value}}' },
  referenceSource: { zh: '{{source}}（{{year}} 年）', en: '{{source}} ({{year}})' },
  indicatorsChartCaption: {
    zh: '企业主要比率指标与参考值（%）',
    en: 'Ratio indicators of the enterprise against references (%)',
  },
  readinessHeading: { zh: '就绪度评分', en: 'Readiness scores' },
  readinessCaption: { zh: '就绪度评分', en: 'Readiness scores' },
  readinessChartCaption: { zh: '就绪度评分（满分 100 分）', en: 'Readiness scores (out of 100)' },
  colScore: { zh: '评分项', en: 'Score' },
  colPoints: { zh: '得分', en: 'Points' },
  colMaxPoints: { zh: '满分', en: 'Out of' },
  colTopAction: { zh: '可提高得分的首要行动', en: 'Action that would raise it most' },
  pointsUnit: { zh: '分', en: 'points' },
  maturityHeading: {
    zh: '智能制造能力成熟度（企业自评）',
    en: 'Smart manufacturing maturity (self-assessment)',
  },
  maturityLevel: {
    zh: '企业于 {{date}} 按本产品问卷完成自评“{{title}}”：总分 {{total}}，自评等级为 {{level}} 级（{{levelName}}）；已答 {{answered}} / {{questions}} 题。',
    en: 'On {{date}} the enterprise completed the self-assessment "{{title}}" on the product\'s questionnaire: total {{total}}, self-assessed level {{level}} ({{levelName}}); {{answered}} of {{questions}} questions answered.',
  },
  maturityNoLevel: {
    zh: '企业于 {{date}} 按本产品问卷完成自评“{{title}}”：总分 {{total}}，尚未达到 1 级（规划级）；已答 {{answered}} / {{questions}} 题。',
    en: 'On {{date}} the enterprise completed the self-assessment "{{title}}" on the product\'s questionnaire: total {{total}}, below level 1 (Planning); {{answered}} of {{questions}} questions answered.',
  },
  maturityNone: {
    zh: '企业尚未做智能制造能力成熟度自评，就绪度评分中的问卷项计 0 分。',
    en: 'The enterprise has not done a maturity self-assessment yet; the questionnaire inputs of the readiness scores earn nothing.',
  },

  // 5 technical
  equipmentHeading: { zh: '设备购置清单', en: 'Equipment purchase list' },
  equipmentCaption: { zh: '设备购置清单', en: 'Equipment purchase list' },
  colCategory: { zh: '类别', en: 'Category' },
  colName: { zh: '名称', en: 'Name' },
  colModel: { zh: '规格型号', en: 'Model' },
  colQuantity: { zh: '数量', en: 'Quantity' },
  colUnitPrice: { zh: '单价', en: 'Unit price' },
  colAmount: { zh: '金额', en: 'Amount' },
  colSupplier: { zh: '供应商', en: 'Supplier' },
  colImported: { zh: '进口', en: 'Imported' },
  colRegisterRows: { zh: '对应台账设备', en: 'Register rows' },
  total: { zh: '合计', en: 'Total' },
  yuanUnit: { zh: '元', en: 'yuan' },
  yuanPerYearUnit: { zh: '元/年', en: 'yuan a year' },
  relation_replaces: { zh: '替换', en: 'replaces' },
  relation_upgrades: { zh: '改造', en: 'upgrades' },
  relation_retires: { zh: '淘汰', en: 'retires' },
  deletedRow: { zh: '（已从台账删除）', en: ' (deleted from the register)' },
  gapLines: {
    zh: '项目还没有投资明细（设备、软件、安装、建筑工程等）',
    en: 'The project has no line items yet (equipment, software, installation, building works…)',
  },
  equipmentNote: {
    zh: '金额 = 数量 × 单价，逐行取整到分；合计为各行金额之和。',
    en: 'Amount = quantity × unit price, rounded to the fen line by line; the total is the sum of the lines.',
  },

  // 6 site
  siteText: { zh: '建设地点：{{site}}', en: 'Site: {{site}}' },
  gapSite: { zh: '项目没有填写建设地点', en: 'The project has no site' },

  // 7 energy
  energyHeading: { zh: '节能量与减排量', en: 'Energy saved and emissions avoided' },
  energyCaption: { zh: '节能量与减排量', en: 'Energy saved and emissions avoided' },
  colEnergySource: { zh: '能源', en: 'Energy' },
  colSaved: { zh: '年节约量', en: 'Saved a year' },
  colUnit: { zh: '单位', en: 'Unit' },
  colCoalCoefficient: { zh: '折标煤系数', en: 'Coal coefficient' },
  colTce: { zh: '节能量', en: 'Energy saved' },
  colCo2Factor: { zh: '排放因子', en: 'Emission factor' },
  colCo2: { zh: '减排二氧化碳', en: 'CO₂ avoided' },
  tceUnit: { zh: '吨标准煤/年', en: 'tce a year' },
  co2Unit: { zh: '吨/年', en: 't a year' },
  kgcePerUnit: { zh: 'kgce/单位', en: 'kgce per unit' },
  kgCo2PerUnit: { zh: 'kgCO₂/单位', en: 'kgCO₂ per unit' },
  otherCo2Row: {
    zh: '其他减排（工艺排放、制冷剂等）',
    en: 'Other emissions avoided (process gases, refrigerants)',
  },
  noCo2Factor: {
    zh: '{{sources}}没有排放因子，其二氧化碳未计入',
    en: '{{sources}}: no emission factor, so its CO₂ is not counted',
  },
  coalNote: {
    zh: '{{source}}折标煤系数 {{value}} kgce/{{unit}}：{{basis}}',
    en: '{{source}}: {{value}} kgce/{{unit}}, {{basis}}',
  },
  fuelCo2Note: {
    zh: '燃料的二氧化碳排放因子：{{basis}}',
    en: 'CO₂ factors of fuels: {{basis}}',
  },
  gridNote: {
    zh: '电网排放因子 {{value}} kgCO₂/kWh（{{year}} 年，{{basis}}）',
    en: 'Grid emission factor {{value}} kgCO₂/kWh ({{year}}, {{basis}})',
  },
  energySummary: {
    zh: '本项目每年节约能源折合 {{tce}} 吨标准煤，减少二氧化碳排放 {{co2}} 吨。',
    en: 'The project saves {{tce}} tonnes of standard coal equivalent and avoids {{co2}} tonnes of CO₂ a year.',
  },
  noEnergy: { zh: '本项目未填报节能量。', en: 'The project lists no energy saved.' },
  environmentHeading: { zh: '环保与安全措施', en: 'Environment and safety' },

  // 9 schedule
  period: { zh: '建设期：{{start}} 至 {{end}}。', en: 'Construction period: {{start}} to {{end}}.' },
  gapDates: { zh: '项目没有填写开始和结束日期', en: 'The project has no start or end date' },
  scheduleCaption: { zh: '实施进度计划', en: 'Schedule' },
  colMilestone: { zh: '里程碑', en: 'Milestone' },
  colDate: { zh: '计划日期', en: 'Date' },
  colDone: { zh: '已完成', en: 'Done' },
  noMilestones: { zh: '尚未列出里程碑。', en: 'No milestones are listed yet.' },

  // 10 investment
  investmentHeading: { zh: '投资估算', en: 'Investment estimate' },
  investmentCaption: { zh: '投资估算表', en: 'Investment estimate' },
  investmentChartCaption: { zh: '投资构成（万元）', en: 'Investment by category (10,000 yuan)' },
  wanUnit: { zh: '万元', en: '10,000 yuan' },
  colEligible: { zh: '符合条件的投资', en: 'Eligible investment' },
  colShare: { zh: '占比', en: 'Share' },
  investmentText: {
    zh: '项目总投资 {{total}}，其中可抵扣增值税 {{vat}}，符合条件的投资 {{eligible}}，智能化部分投资 {{intelligent}}。',
    en: 'Total investment {{total}}, including deductible VAT of {{vat}}; eligible investment {{eligible}}; intelligent part {{intelligent}}.',
  },
  eligibleBasis: { zh: '符合条件的投资口径：{{basis}}', en: 'Eligible investment: {{basis}}' },
  financingHeading: { zh: '资金筹措', en: 'Financing' },
  financingCaption: { zh: '资金筹措表', en: 'Financing plan' },
  colKind: { zh: '资金来源', en: 'Source of funds' },
  colSources: { zh: '出资方', en: 'Provided by' },
  financingMismatch: {
    zh: '注意：资金筹措合计 {{financing}} 与项目总投资 {{total}} 不一致（{{what}} {{diff}}），请核对。',
    en: 'Note: the financing adds up to {{financing}} but the investment is {{total}} ({{what}} {{diff}}); please check.',
  },
  financingShort: { zh: '尚缺', en: 'short by' },
  financingOver: { zh: '超出', en: 'over by' },
  gapFinancingMismatch: {
    zh: '资金筹措合计与项目总投资不一致',
    en: 'The financing does not add up to the investment',
  },
  gapFinancing: { zh: '项目还没有资金筹措', en: 'The project has no financing yet' },
  instalment: {
    zh: '{{kind}}{{source}}：每年还本付息 {{payment}}，利息合计 {{interest}}',
    en: '{{kind}}{{source}}: {{payment}} a year in principal and interest, {{interest}} interest in all',
  },

  // 11 benefits
  benefitsCaption: { zh: '效益测算表', en: 'Benefits' },
  colBenefit: { zh: '效益项', en: 'Benefit' },
  colSaving: { zh: '年节约成本', en: 'Cost saved a year' },
  colOutput: { zh: '年新增产值', en: 'Output value added a year' },
  colLabour: { zh: '减少用工', en: 'Operators freed' },
  personsUnit: { zh: '人', en: 'persons' },
  unnamedBenefit: { zh: '（未命名）', en: '(unnamed)' },
  returnsHeading: { zh: '投资回报', en: 'Returns' },
  payback: { zh: '静态投资回收期：{{value}}', en: 'Simple payback: {{value}}' },
  npv: {
    zh: '净现值（折现率 {{rate}}，{{years}} 年）：{{value}}',
    en: 'Net present value ({{rate}} over {{years}} years): {{value}}',
  },
  irr: { zh: '内部收益率：{{value}}', en: 'Internal rate of return: {{value}}' },
  outputNote: {
    zh: '新增产值只列示，不计入现金流（它是收入而非利润）。',
    en: 'Added output value is shown, not counted as a cash flow (it is revenue, not profit).',
  },
  gapBenefits: {
    zh: '项目还没有效益（节约成本、节能量等）',
    en: 'The project has no benefits yet (cost saved, energy saved…)',
  },

  // 12 funding
  fundingIntro: {
    zh: '下表列出工作区中各资助规则包对本项目的判断和估算资助。资助金额不叠加计算。',
    en: 'The table lists how each funding programme of the rule packs in force judges the project and what it would give. Support is not stacked.',
  },
  fundingTarget: {
    zh: '本项目拟申请：{{programme}}（{{status}}），估算资助 {{amount}}。',
    en: 'The project applies to {{programme}} ({{status}}), estimated support {{amount}}.',
  },
  fundingBest: {
    zh: '条件全部满足的资助项目中估算资助最多的是“{{programme}}”：{{amount}}（每个项目只计一项资助，不叠加）。',
    en: 'Of the programmes whose conditions are all met, "{{programme}}" gives most: {{amount}} (one programme per project, never stacked).',
  },
  fundingNoneEligible: {
    zh: '目前没有条件全部满足且能估算金额的资助项目。',
    en: 'No programme has all its conditions met with an amount that can be estimated yet.',
  },
  fundingNoPacks: { zh: '工作区中没有资助规则包。', en: 'The workspace has no funding rule packs.' },
  gapFunding: { zh: '没有可对照的资助规则包', en: 'There are no funding rule packs to check against' },
  fundingCaption: { zh: '适用的资助项目', en: 'Funding programmes' },
  colProgramme: { zh: '资助项目', en: 'Programme' },
  colIssuer: { zh: '发布机构与年份', en: 'Issuer and year' },
  colStatus: { zh: '判断', en: 'Status' },
  colSupport: { zh: '估算资助', en: 'Estimated support' },
  colSource: { zh: '依据', en: 'Source' },
  issuerYear: { zh: '{{issuer}}（{{year}} 年）', en: '{{issuer}} ({{year}})' },
  programmeHeading: { zh: '{{name}}', en: '{{name}}' },
  programmeStatus: { zh: '判断：{{status}}', en: 'Status: {{status}}' },
  programmeEstimate: { zh: '估算资助：{{amount}}', en: 'Estimated support: {{amount}}' },
  programmeEstimateUnknown: { zh: '估算资助：无法估算', en: 'Estimated support: cannot be estimated' },
  programmeIfEligible: {
    zh: '估算资助：0（不符合条件；符合时按下列计算可得 {{amount}}）',
    en: 'Estimated support: 0 (not eligible; if it were, the computation below would give {{amount}})',
  },
  programmeComputation: { zh: '计算：{{steps}}', en: 'Computation: {{steps}}' },
  programmeReasons: { zh: '条件：{{reasons}}', en: 'Conditions: {{reasons}}' },
  programmeSource: { zh: '依据：{{document}}{{url}}', en: 'Source: {{document}}{{url}}' },
  programmeNotes: { zh: '说明：{{notes}}', en: 'Notes: {{notes}}' },
  checkNotice: {
    zh: '【请以当年申报通知为准】资助政策每年调整，申报前请核对当年通知的条件、比例和上限。',
    en: "[Check the current notice] Programmes change every year: check this year's notice for the conditions, rates and caps before applying.",
  },
  verifyFlag: {
    zh: '【待核实】该项目的数据仅来自二手资料。',
    en: "[Verify] This programme's figures come from secondary sources only.",
  },
  exampleFlag: {
    zh: '【示例】程序自带的示例规则，不构成申报建议。',
    en: '[Example] A rule shipped as an example, not advice.',
  },
  fundingDisclaimer: {
    zh: '以上判断和金额由程序按规则包估算，仅供编制申请参考，以主管部门当年发布的申报通知为准。',
    en: "The statuses and amounts above are the app's estimates from the rule packs, for drafting only; the authority's notice of the year prevails.",
  },

  // 13 conclusion
  conclusion: {
    zh: '综上所述，本项目符合{{citation}}“{{clauseTitle}}”的支持方向。项目总投资 {{total}}，实施后预计每年节约成本 {{saving}}，节约能源折合 {{tce}} 吨标准煤，减少二氧化碳排放 {{co2}} 吨，静态投资回收期 {{payback}}，内部收益率 {{irr}}。',
    en: 'In sum, the project serves the direction {{citation}} ("{{clauseTitle}}") supports. It invests {{total}}; once done it is expected to save {{saving}} a year in costs, {{tce}} tonnes of standard coal equivalent and {{co2}} tonnes of CO₂ a year, with a simple payback of {{payback}} and an internal rate of return of {{irr}}.',
  },
  conclusionSupport: {
    zh: '项目拟申请“{{programme}}”，估算资助 {{amount}}，资助到位后可进一步降低企业投资压力、加快项目实施。',
    en: 'It applies to "{{programme}}" for an estimated {{amount}}, which would lighten the investment and speed up the project.',
  },
  conclusionClose: {
    zh: '项目的建设是必要的，技术方案可行，经济效益和社会效益良好。',
    en: 'The project is needed, its technical plan is workable, and its economic and social benefits are sound.',
  },

  // gaps
  missingNarrative: {
    zh: '请在“申报材料”中填写“{{title}}”',
    en: 'Write "{{title}}" under the application narratives',
  },
} satisfies Record<string, Text>;

export type DraftTextKey = keyof typeof DRAFT_TEXT;

export function draftText(lang: Lang, key: DraftTextKey, params: Params = {}): string {
  const text: Text = DRAFT_TEXT[key];
  return interpolate(lang === 'en' ? text.en : text.zh, params);
}

export function inDraftLang(lang: Lang, text: Text): string {
  return lang === 'en' ? text.en : text.zh;
}
