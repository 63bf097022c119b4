/**
 * What an agency's Word template can ask for, built from the draft model so a filled template says
 * what the app's own draft says: {enterprise.name}, {totals.investment} (yuan, as the draft prints
 * money), {totals.investment_wan} (万元), {narratives.market}, {generated_date}, and loops over the
 * draft's tables such as {#equipment}{name} {amount}{/equipment}. Every value is text, formatted in
 * the draft's language; a fact the app does not have reads 【待补充】 (or "—" for a figure that does
 * not exist, such as the payback of a project that never pays back), never an empty space.
 *
 * The lists below are the single description of the placeholders: docs/template-placeholders.md is
 * generated from them and a test keeps the two equal.
 */
import { fenToYuan, formatWanYuan } from '../money';
import { message, type Lang } from '../i18n/messages';
import {
  formatDraftCell,
  formatDraftNumber,
  formatDraftPercent,
  formatFenYuan,
  UNKNOWN_CELL,
} from './draft-cells';
import type { DraftFacts, DraftModel, DraftTableId } from './draft-model';
import { NARRATIVE_SECTIONS, type NarrativeSectionKey } from './narrative-sections';

export type TemplateNarratives = Partial<Record<NarrativeSectionKey, string>>;

/** One row of a loop: its number in the table ("1", "2" …) and each column's text. */
export type TemplateRow = Record<string, string>;

export interface TemplateData {
  [key: string]: string | Record<string, string> | TemplateRow[];
}

interface ScalarField {
  /** The placeholder as written in the template, without braces. */
  tag: string;
  zh: string;
  en: string;
  value: (model: DraftModel, narratives: TemplateNarratives) => string;
}

export interface TemplateLoop {
  tag: string;
  table: DraftTableId;
  zh: string;
  en: string;
}

/** The draft's day as Chinese forms write it, 2026年3月10日, or 10 March 2026. */
export function draftDay(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (lang !== 'en') return `${y}年${m}月${d}日`;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

const missingText = (lang: Lang) => message(lang, 'draftDoc.missing').trim();
const textOr = (value: string | null, lang: Lang) =>
  value === null || value.trim() === '' ? missingText(lang) : value;
const numberOr = (value: number | null, decimals: number, lang: Lang) =>
  value === null ? UNKNOWN_CELL : formatDraftNumber(value, decimals, lang);

type Enterprise = DraftFacts['enterprise'];
type Project = DraftFacts['project'];
type TotalKey = keyof DraftFacts['totals'];

const enterprise = (
  tag: string,
  zh: string,
  en: string,
  value: (e: Enterprise, lang: Lang) => string,
): ScalarField => ({ tag: `enterprise.${tag}`, zh, en, value: (m) => value(m.facts.enterprise, m.lang) });

const project = (tag: string, zh: string, en: string, key: keyof Project): ScalarField => ({
  tag: `project.${tag}`,
  zh,
  en,
  value: (m) => textOr(m.facts.project[key] as string | null, m.lang),
});

/** An amount as {totals.x} in yuan with two decimals and {totals.x_wan} in 万元. */
const money = (tag: string, zh: string, en: string, key: TotalKey): ScalarField[] => [
  {
    tag: `totals.${tag}`,
    zh: `${zh}（元）`,
    en: `${en} (yuan)`,
    value: (m) => formatFenYuan(m.facts.totals[key] as number, m.lang),
  },
  {
    tag: `totals.${tag}_wan`,
    zh: `${zh}（万元）`,
    en: `${en} (10,000 yuan)`,
    value: (m) => formatWanYuan(fenToYuan(m.facts.totals[key] as number), m.lang),
  },
];

export const TEMPLATE_FIELDS: readonly ScalarField[] = [
  { tag: 'title', zh: '报告标题', en: 'Title of the report', value: (m) => m.title },
  {
    tag: 'subtitle',
    zh: '副标题（企业与日期）',
    en: 'Subtitle (enterprise and date)',
    value: (m) => m.subtitle,
  },
  {
    tag: 'generated_date',
    zh: '生成日期，如 2026年3月10日',
    en: 'Date the draft was made, e.g. 10 March 2026',
    value: (m) => draftDay(m.date, m.lang),
  },
  enterprise('name', '企业名称', 'Enterprise name', (e) => e.name),
  enterprise('name_en', '企业英文名称', 'English name', (e, lang) => textOr(e.nameEn, lang)),
  enterprise('uscc', '统一社会信用代码', 'Unified social credit code', (e, lang) => textOr(e.uscc, lang)),
  enterprise('district', '所在区', 'District', (e, lang) => textOr(e.district, lang)),
  enterprise('industry', '所属行业（GB/T 4754-2017 大类）', 'Industry (GB/T 4754-2017 division)', (e, lang) =>
    textOr(e.industry, lang),
  ),
  enterprise(
    'manufacturing_type',
    '制造类型（离散/流程）',
    'Manufacturing type (discrete/process)',
    (e, lang) => textOr(e.manufacturingType, lang),
  ),
  enterprise('size_class', '企业规模（大/中/小/微）', 'Size class', (e, lang) => textOr(e.sizeClass, lang)),
  enterprise('year', '最近一年数据的年份', 'Year of the latest yearly figures', (e, lang) =>
    e.latestYear === null ? missingText(lang) : String(e.latestYear),
  ),
  enterprise('employees', '从业人员（最近一年）', 'Employees (latest year)', (e, lang) =>
    e.employees === null ? missingText(lang) : formatDraftNumber(e.employees, 0, lang),
  ),
  enterprise('revenue', '营业收入（最近一年，元）', 'Operating revenue (latest year, yuan)', (e, lang) =>
    e.revenueFen === null ? missingText(lang) : formatFenYuan(e.revenueFen, lang),
  ),
  enterprise(
    'revenue_wan',
    '营业收入（最近一年，万元）',
    'Operating revenue (latest year, 10,000 yuan)',
    (e, lang) => (e.revenueFen === null ? missingText(lang) : formatWanYuan(fenToYuan(e.revenueFen), lang)),
  ),
  project('name', '项目名称', 'Project name', 'name'),
  project('direction', '改造方向', 'Direction of the transformation', 'direction'),
  project('site', '建设地点', 'Site', 'site'),
  project('start_date', '开始日期', 'Start date', 'startDate'),
  project('end_date', '结束日期', 'End date', 'endDate'),
  project('status', '项目状态', 'Status', 'status'),
  project('description', '项目简介', 'Summary', 'description'),
  ...money('investment', '项目总投资', 'Total investment', 'investmentFen'),
  ...money(
    'eligible',
    '符合条件的投资（扣除可抵扣增值税）',
    'Eligible investment (net of deductible VAT)',
    'eligibleFen',
  ),
  ...money('equipment', '设备购置费', 'Equipment', 'equipmentFen'),
  ...money('software', '软件购置费', 'Software', 'softwareFen'),
  ...money('installation', '安装调试费', 'Installation', 'installationFen'),
  ...money('construction', '建筑工程费', 'Building works', 'constructionFen'),
  ...money('other', '其他费用', 'Other costs', 'otherFen'),
  ...money('financing', '资金筹措合计', 'Financing in total', 'financingFen'),
  ...money('own', '企业自筹', 'Own funds', 'ownFen'),
  ...money('loan', '银行贷款', 'Bank loans', 'loanFen'),
  ...money('leasing', '融资租赁', 'Leasing', 'leasingFen'),
  ...money('subsidy', '政府资助（已列入筹措）', 'Government support (in the financing)', 'subsidyFen'),
  ...money('support', '拟申请资助的估算金额', 'Estimated support applied for', 'estimatedSupportFen'),
  ...money('annual_saving', '年节约成本', 'Cost saved a year', 'annualCostSavingFen'),
  ...money('annual_output', '年新增产值', 'Output value added a year', 'annualOutputValueFen'),
  ...money('npv', '净现值', 'Net present value', 'npvFen'),
  {
    tag: 'totals.tce',
    zh: '年节能量（吨标准煤）',
    en: 'Energy saved a year (tonnes of standard coal equivalent)',
    value: (m) => formatDraftNumber(m.facts.totals.tce, 3, m.lang),
  },
  {
    tag: 'totals.co2',
    zh: '年减排二氧化碳（吨）',
    en: 'CO₂ avoided a year (tonnes)',
    value: (m) => formatDraftNumber(m.facts.totals.co2Tonnes, 3, m.lang),
  },
  {
    tag: 'totals.payback_years',
    zh: '静态投资回收期（年；无法回收时为“—”）',
    en: 'Simple payback in years ("—" when it never pays back)',
    value: (m) => numberOr(m.facts.totals.paybackYears, 2, m.lang),
  },
  {
    tag: 'totals.irr',
    zh: '内部收益率（不存在时为“—”）',
    en: 'Internal rate of return ("—" when there is none)',
    value: (m) =>
      m.facts.totals.irr === null ? UNKNOWN_CELL : formatDraftPercent(m.facts.totals.irr, 2, m.lang),
  },
  {
    tag: 'gaps',
    zh: '草稿仍待补充的项数',
    en: 'How many parts of the draft are still to complete',
    value: (m) => String(m.gaps.length),
  },
  ...NARRATIVE_SECTIONS.map((s): ScalarField => ({
    tag: `narratives.${s.key}`,
    zh: `${s.zh}（在程序中填写的文字；未填写时为“【待补充】”）`,
    en: `${s.en} (the text written in the app; "[To be completed]" while blank)`,
    value: (m, narratives) => textOr(narratives[s.key] ?? null, m.lang),
  })),
];

/** The loops: one per table of the draft, each row with {no} and the table's columns. */
export const TEMPLATE_LOOPS: readonly TemplateLoop[] = [
  {
    tag: 'equipment',
    table: 'equipment',
    zh: '设备购置清单的各行',
    en: 'Rows of the equipment purchase list',
  },
  { tag: 'investment', table: 'investment', zh: '投资估算表的各行', en: 'Rows of the investment estimate' },
  { tag: 'financing', table: 'financing', zh: '资金筹措表的各行', en: 'Rows of the financing plan' },
  { tag: 'benefits', table: 'benefits', zh: '效益测算表的各行', en: 'Rows of the benefits table' },
  {
    tag: 'energy',
    table: 'energy',
    zh: '节能量与减排量表的各行',
    en: 'Rows of the energy and emissions table',
  },
  { tag: 'schedule', table: 'schedule', zh: '实施进度计划的各行', en: 'Rows of the schedule' },
  { tag: 'programmes', table: 'funding', zh: '适用的资助项目的各行', en: 'Rows of the funding programmes' },
  { tag: 'indicators', table: 'indicators', zh: '企业主要指标的各行', en: 'Rows of the indicators' },
  { tag: 'readiness', table: 'readiness', zh: '就绪度评分的各行', en: 'Rows of the readiness scores' },
];

/** The row number every loop row has besides its columns. */
export const ROW_NUMBER_TAG = 'no';

/** A column key as a template tag: unitPrice → unit_price, as the other placeholders are written. */
export const loopFieldTag = (columnKey: string) => columnKey.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function loopRows(model: DraftModel, table: DraftTableId): TemplateRow[] {
  const t = model.tables.find((x) => x.id === table);
  if (!t) return [];
  return t.rows.map((row, i) => ({
    [ROW_NUMBER_TAG]: String(i + 1),
    ...Object.fromEntries(
      t.columns.map((c, j) => [loopFieldTag(c.key), formatDraftCell(row[j] ?? null, c, model.lang)]),
    ),
  }));
}

/** Puts a value at a dotted path ("totals.investment") of the data object. */
function setPath(data: TemplateData, tag: string, value: string): void {
  const [head, ...rest] = tag.split('.') as [string, ...string[]];
  if (rest.length === 0) {
    data[head] = value;
    return;
  }
  const group = (data[head] ??= {}) as Record<string, string>;
  group[rest.join('.')] = value;
}

export function templateData(model: DraftModel, narratives: TemplateNarratives): TemplateData {
  const data: TemplateData = {};
  for (const f of TEMPLATE_FIELDS) setPath(data, f.tag, f.value(model, narratives));
  for (const loop of TEMPLATE_LOOPS) data[loop.tag] = loopRows(model, loop.table);
  return data;
}
