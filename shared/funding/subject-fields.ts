/**
 * The named facts a rule pack may test or compute with, in one table: their kind (which decides
 * the operators a condition may use on them), their label in both languages, and for coded facts
 * the codes with their labels. Adding a fact here and to funding-subject.ts is all it takes.
 */
import { SHENZHEN_DISTRICTS, OUTSIDE_SHENZHEN } from '../enterprise/districts';
import { INDUSTRY_DIVISIONS } from '../enterprise/industry-divisions';
import type { BothLanguages } from './bilingual-text';
import type { EnterpriseFacts, FundingSubject, ProjectFacts } from './funding-subject';
import { GUANGDONG_REGIONS } from './guangdong-region';
import { PROJECT_DIRECTIONS } from '../projects/directions';

export type FieldKind = 'money' | 'quantity' | 'flag' | 'code';

export interface CodeOption {
  code: string;
  zh: string;
  en: string;
}

export interface FieldDefinition {
  kind: FieldKind;
  label: BothLanguages;
  /** Unit of a quantity, in both languages. */
  unit?: BothLanguages;
  codes?: readonly CodeOption[];
}

const money = (zh: string, en: string): FieldDefinition => ({ kind: 'money', label: { zh, en } });
const flag = (zh: string, en: string): FieldDefinition => ({ kind: 'flag', label: { zh, en } });
const quantity = (zh: string, en: string, unit: BothLanguages): FieldDefinition => ({
  kind: 'quantity',
  label: { zh, en },
  unit,
});
const coded = (zh: string, en: string, codes: readonly CodeOption[]): FieldDefinition => ({
  kind: 'code',
  label: { zh, en },
  codes,
});

const YEARS = { zh: '年', en: 'years' };
const DIRECTIONS = Object.values(PROJECT_DIRECTIONS).map((d) => ({ code: d.code, ...d.name }));

type EnterpriseField = `enterprise.${keyof EnterpriseFacts}`;
type ProjectField = `project.${keyof ProjectFacts}`;

/** cityOutside is free text: it only feeds the Guangdong region, which rules test instead. */
const ENTERPRISE_FIELDS: Record<Exclude<EnterpriseField, 'enterprise.cityOutside'>, FieldDefinition> = {
  'enterprise.district': coded('所在区', 'District', [...SHENZHEN_DISTRICTS, OUTSIDE_SHENZHEN]),
  'enterprise.guangdongRegion': coded('所在广东省区域', 'Region of Guangdong', GUANGDONG_REGIONS),
  'enterprise.industryDivision': coded('所属行业大类', 'Industry division', INDUSTRY_DIVISIONS),
  'enterprise.manufacturingType': coded('制造类型', 'Manufacturing type', [
    { code: 'discrete', zh: '离散型制造', en: 'Discrete manufacturing' },
    { code: 'process', zh: '流程型制造', en: 'Process manufacturing' },
  ]),
  'enterprise.sizeClass': coded('企业规模', 'Size class', [
    { code: 'large', zh: '大型', en: 'Large' },
    { code: 'medium', zh: '中型', en: 'Medium' },
    { code: 'small', zh: '小型', en: 'Small' },
    { code: 'micro', zh: '微型', en: 'Micro' },
  ]),
  'enterprise.employees': quantity('从业人员', 'Employees', { zh: '人', en: 'employees' }),
  'enterprise.revenueYuan': money('营业收入', 'Operating revenue'),
  'enterprise.outputValueYuan': money('工业总产值', 'Industrial output value'),
  'enterprise.environmentalCreditPoor': flag('环境信用评价较差', 'Poor environmental credit rating'),
  'enterprise.creditBlacklisted': flag('列入失信名单', 'On a credit blacklist'),
};

const PROJECT_FIELDS: Record<ProjectField, FieldDefinition> = {
  'project.direction': coded('项目方向', 'Project direction', DIRECTIONS),
  'project.filed': flag('已办理技术改造项目备案', 'Filed (备案) as a transformation project'),
  'project.totalInvestmentYuan': money('项目总投资', 'Total project investment'),
  'project.eligibleInvestmentYuan': money(
    '可支持投资（形成固定资产、扣除可抵扣增值税）',
    'Eligible investment (fixed assets, net of deductible VAT)',
  ),
  'project.intelligentInvestmentYuan': money(
    '智能化部分投资（机器人、智能工厂、工业互联网）',
    'Intelligent part (robots, smart factory, industrial internet)',
  ),
  'project.newEquipmentYuan': money('新购设备（含软件）', 'New equipment including software'),
  'project.loanPrincipalYuan': money('银行贷款本金', 'Bank loan principal'),
  'project.loanYears': quantity('贷款期限', 'Loan term', YEARS),
  'project.leasePrincipalYuan': money('融资租赁本金', 'Financial leasing principal'),
  'project.leaseYears': quantity('融资租赁期限', 'Leasing term', YEARS),
  'project.energyTce': quantity('项目年综合能源消费量', "Project's yearly energy use", {
    zh: '吨标准煤/年',
    en: 'tce/yr',
  }),
  'project.electricityKwh': quantity('项目年电力消费量', "Project's yearly electricity use", {
    zh: '千瓦时/年',
    en: 'kWh/yr',
  }),
  'project.energyReviewApproved': flag('已通过节能审查', 'Energy review (节能审查) approved'),
  'project.obsoleteCategory': flag('属于淘汰类项目', 'In an obsolete (淘汰类) category'),
};

export const FUNDING_FIELDS: Record<string, FieldDefinition> = { ...ENTERPRISE_FIELDS, ...PROJECT_FIELDS };
export type FieldName = keyof typeof ENTERPRISE_FIELDS | ProjectField;
export const FIELD_NAMES = Object.keys(FUNDING_FIELDS) as FieldName[];

export function isFieldName(name: unknown): name is FieldName {
  return typeof name === 'string' && Object.hasOwn(FUNDING_FIELDS, name);
}

export function fieldDefinition(name: FieldName): FieldDefinition {
  return FUNDING_FIELDS[name] as FieldDefinition;
}

export type FactValue = string | number | boolean | null;

/** The subject's value of a named fact; field names are 'enterprise.x' or 'project.x'. */
export function readField(subject: FundingSubject, name: FieldName): FactValue {
  const [part, key] = name.split('.') as ['enterprise' | 'project', string];
  return (subject[part] as unknown as Record<string, FactValue>)[key] ?? null;
}
