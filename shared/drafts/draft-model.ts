/**
 * One application draft as data (DOMAIN.md §10 outline). The Word, Excel, template, print-view and
 * PDF outputs all render this one model, and the model takes every figure from the calculators the
 * app's pages use (projectFigures, indicators, readiness, funding), so the draft cannot disagree with
 * the app. Money is integer fen; writers format it, the Excel workbook keeps it as numbers.
 */
import type { Lang } from '../i18n/messages';
import type { FixTarget } from './fix-target';
import type { NarrativeSectionKey } from './narrative-sections';

/** The §10 chapters, in order. */
export const DRAFT_CHAPTERS = [
  'overview', // 1 总论
  'background', // 2 项目背景与必要性 (policy clauses cited)
  'enterprise', // 3 企业基本情况 (profile, indicators, readiness, charts)
  'market', // 4 市场分析与建设规模
  'technical', // 5 技术方案与设备方案 (设备购置清单)
  'site', // 6 建设地点与条件
  'energy_environment', // 7 节能、环保与安全 (节能量/减排量)
  'organisation', // 8 组织与人员
  'schedule', // 9 实施进度
  'investment', // 10 投资估算与资金筹措 (投资估算表, 资金筹措表)
  'benefits', // 11 经济与社会效益 (效益测算表)
  'funding', // 适用的支持政策 (programmes applicable)
  'conclusion', // 12 结论
] as const;
export type DraftChapterId = (typeof DRAFT_CHAPTERS)[number];

export const DRAFT_TABLES = [
  'indicators',
  'readiness',
  'equipment', // 设备购置清单
  'investment', // 投资估算表
  'financing', // 资金筹措表
  'benefits', // 效益测算表
  'energy', // 节能量/减排量
  'schedule',
  'funding',
] as const;
export type DraftTableId = (typeof DRAFT_TABLES)[number];

export type DraftColumnKind = 'text' | 'money' | 'number' | 'percent' | 'boolean';

export interface DraftColumn {
  key: string;
  label: string;
  kind: DraftColumnKind;
  /** Shown after the label: 元, kWh/年, tce/年 … (money columns are yuan in every output). */
  unit: string | null;
  /** Decimals shown for number and percent columns. */
  decimals: number;
  /** The total row sums this column (Excel writes it as a SUM formula over the rows). */
  summed: boolean;
}

/**
 * A cell: text, or a number in the column's kind (money in fen, percent as a fraction), or null
 * when unknown (written as "—", never as 0).
 */
export type DraftCell = string | number | boolean | null;

export interface DraftTable {
  id: DraftTableId;
  /** 表1, 表2 … in the order tables appear in the draft. */
  number: number;
  caption: string;
  columns: DraftColumn[];
  rows: DraftCell[][];
  /** The total row: summed columns hold the stored total (which equals the sum of the rows). */
  total: DraftCell[] | null;
  /** Sources, coefficients and years the figures used. */
  notes: string[];
}

export interface DraftChartBar {
  label: string;
  value: number;
  /** A reference to compare with (a target or benchmark), drawn as a marker; null when none. */
  reference: number | null;
}

export interface DraftChart {
  id: 'readiness' | 'indicators' | 'investment';
  /** 图1, 图2 … */
  number: number;
  caption: string;
  unit: string;
  /** The axis runs from 0 to max. */
  max: number;
  bars: DraftChartBar[];
}

export type DraftBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; items: string[] }
  /** Text the user must still supply: shown highlighted as 【待补充】 with where to write it. */
  | { kind: 'missing'; text: string; fix: FixTarget }
  | { kind: 'table'; table: DraftTableId }
  | { kind: 'chart'; chart: DraftChart['id'] };

export interface DraftChapter {
  id: DraftChapterId;
  /** 1-based, as printed: "1 总论". */
  number: number;
  heading: string;
  blocks: DraftBlock[];
}

/** What the draft could not fill, listed at the front and in the app. */
export interface DraftGap {
  chapter: DraftChapterId;
  text: string;
  fix: FixTarget;
  /** The narrative section to write, when the gap is one. */
  narrative: NarrativeSectionKey | null;
}

/** Flat values for the agency's own Word templates and for the front page. */
export interface DraftFacts {
  enterprise: {
    id: number;
    name: string;
    nameEn: string | null;
    uscc: string | null;
    /** Labels in the draft's language. */
    district: string | null;
    industry: string | null;
    manufacturingType: string | null;
    sizeClass: string | null;
    /** The newest year of the profile's figures, and its figures. */
    latestYear: number | null;
    employees: number | null;
    revenueFen: number | null;
  };
  project: {
    id: number;
    name: string;
    direction: string;
    site: string | null;
    startDate: string | null;
    endDate: string | null;
    status: string;
    description: string | null;
    targetProgramme: string | null;
  };
  totals: {
    investmentFen: number;
    eligibleFen: number;
    equipmentFen: number;
    softwareFen: number;
    installationFen: number;
    constructionFen: number;
    otherFen: number;
    ownFen: number;
    loanFen: number;
    leasingFen: number;
    subsidyFen: number;
    financingFen: number;
    annualCostSavingFen: number;
    annualOutputValueFen: number;
    tce: number;
    co2Tonnes: number;
    paybackYears: number | null;
    npvFen: number;
    irr: number | null;
    estimatedSupportFen: number;
  };
}

export interface DraftModel {
  lang: Lang;
  /** ISO time the draft was made. */
  generatedAt: string;
  /** The local calendar day it was made, YYYY-MM-DD, as the front page prints it. */
  date: string;
  title: string;
  subtitle: string;
  facts: DraftFacts;
  chapters: DraftChapter[];
  tables: DraftTable[];
  charts: DraftChart[];
  gaps: DraftGap[];
}
