/**
 * The parts of an application draft the app cannot work out from the register and the plan
 * (DOMAIN.md §10): the user writes them once and the draft reuses them. Sections of enterprise scope
 * describe the company and serve every project's draft; project sections belong to one project.
 */
export const NARRATIVE_SECTIONS = [
  {
    key: 'company_profile',
    scope: 'enterprise',
    zh: '企业概况（发展历程、主营产品、行业地位）',
    en: 'Company profile (history, main products, standing)',
  },
  { key: 'organisation', scope: 'enterprise', zh: '组织与人员', en: 'Organisation and staffing' },
  { key: 'site', scope: 'enterprise', zh: '建设地点与条件', en: 'Site and conditions' },
  { key: 'background', scope: 'project', zh: '项目背景与必要性', en: 'Background and need' },
  { key: 'market', scope: 'project', zh: '市场分析与建设规模', en: 'Market and scale' },
  { key: 'technical', scope: 'project', zh: '技术方案说明', en: 'Technical approach' },
  { key: 'environment_safety', scope: 'project', zh: '环保与安全措施', en: 'Environment and safety' },
] as const;

export type NarrativeSectionKey = (typeof NARRATIVE_SECTIONS)[number]['key'];
export type NarrativeScope = 'enterprise' | 'project';

export const NARRATIVE_SECTION_KEYS = NARRATIVE_SECTIONS.map((s) => s.key) as [
  NarrativeSectionKey,
  ...NarrativeSectionKey[],
];

/** Long enough for several pages of text; the draft is a starting point, not the whole report. */
export const MAX_NARRATIVE_CHARS = 20_000;

export function narrativeSection(key: NarrativeSectionKey): (typeof NARRATIVE_SECTIONS)[number] {
  return NARRATIVE_SECTIONS.find((s) => s.key === key)!;
}
