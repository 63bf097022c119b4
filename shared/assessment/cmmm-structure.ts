/**
 * The shape of the maturity model the questionnaire follows (DOMAIN.md §6): GB/T 39116-2020's five
 * levels and its four capability elements in twenty sub-domains. Only the structure is taken from the
 * standard; the names of the sub-domains are the commonly cited ones **[verify]** and every question
 * is the product's own wording.
 */

export const LEVELS = [
  { level: 1, zh: '规划级', en: 'Planning' },
  { level: 2, zh: '规范级', en: 'Standardised' },
  { level: 3, zh: '集成级', en: 'Integrated' },
  { level: 4, zh: '优化级', en: 'Optimised' },
  { level: 5, zh: '引领级', en: 'Leading' },
] as const;

export type Level = (typeof LEVELS)[number]['level'];
export const LEVEL_NUMBERS = LEVELS.map((l) => l.level) as Level[];

export const ELEMENTS = [
  { code: 'people', zh: '人员', en: 'People' },
  { code: 'technology', zh: '技术', en: 'Technology' },
  { code: 'resources', zh: '资源', en: 'Resources' },
  { code: 'manufacturing', zh: '制造', en: 'Manufacturing' },
] as const;

export type ElementCode = (typeof ELEMENTS)[number]['code'];

/** The manufacturing element's capability domains, which group its sub-domains on screen. */
export type ManufacturingDomain = 'design' | 'production' | 'logistics' | 'sales' | 'service';

export interface SubDomain {
  code: string;
  element: ElementCode;
  domain?: ManufacturingDomain;
  zh: string;
  en: string;
}

export const SUB_DOMAINS = [
  { code: 'strategy', element: 'people', zh: '组织战略', en: 'Organisation and strategy' },
  { code: 'skills', element: 'people', zh: '人员技能', en: 'Staff skills' },
  { code: 'data', element: 'technology', zh: '数据', en: 'Data' },
  { code: 'integration', element: 'technology', zh: '集成', en: 'Integration' },
  { code: 'security', element: 'technology', zh: '信息安全', en: 'Information security' },
  { code: 'equipment', element: 'resources', zh: '装备', en: 'Equipment' },
  { code: 'network', element: 'resources', zh: '网络', en: 'Network' },
  {
    code: 'product_design',
    element: 'manufacturing',
    domain: 'design',
    zh: '产品设计',
    en: 'Product design',
  },
  {
    code: 'process_design',
    element: 'manufacturing',
    domain: 'design',
    zh: '工艺设计',
    en: 'Process design',
  },
  { code: 'procurement', element: 'manufacturing', domain: 'production', zh: '采购', en: 'Procurement' },
  {
    code: 'planning',
    element: 'manufacturing',
    domain: 'production',
    zh: '计划与调度',
    en: 'Planning and scheduling',
  },
  {
    code: 'operations',
    element: 'manufacturing',
    domain: 'production',
    zh: '生产作业',
    en: 'Production operations',
  },
  {
    code: 'maintenance',
    element: 'manufacturing',
    domain: 'production',
    zh: '设备管理',
    en: 'Equipment management',
  },
  {
    code: 'warehousing',
    element: 'manufacturing',
    domain: 'production',
    zh: '仓储配送',
    en: 'Warehousing and delivery',
  },
  {
    code: 'hse',
    element: 'manufacturing',
    domain: 'production',
    zh: '安全环保',
    en: 'Safety and environment',
  },
  { code: 'energy', element: 'manufacturing', domain: 'production', zh: '能源管理', en: 'Energy management' },
  { code: 'logistics', element: 'manufacturing', domain: 'logistics', zh: '物流', en: 'Logistics' },
  { code: 'sales', element: 'manufacturing', domain: 'sales', zh: '销售', en: 'Sales' },
  {
    code: 'customer_service',
    element: 'manufacturing',
    domain: 'service',
    zh: '客户服务',
    en: 'Customer service',
  },
  {
    code: 'product_service',
    element: 'manufacturing',
    domain: 'service',
    zh: '产品服务',
    en: 'Product services',
  },
] as const satisfies readonly SubDomain[];

export type SubDomainCode = (typeof SUB_DOMAINS)[number]['code'];
export const SUB_DOMAIN_CODES = SUB_DOMAINS.map((s) => s.code) as [SubDomainCode, ...SubDomainCode[]];
