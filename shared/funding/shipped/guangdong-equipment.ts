import { ENERGY_REVIEW_THRESHOLD } from './energy-review';
import {
  doc,
  EXAMPLE_FLAGS,
  packHeader,
  withDocumentsNote,
  type PackInput,
  type ProgrammeInput,
} from './example-programme';

const no = (field: string) => ({ field, op: 'eq', value: false });

/** Exclusions of DOMAIN.md §9; a missing energy review excludes only a project that needs one. */
const EXCLUSIONS = [
  no('project.obsoleteCategory'),
  {
    any: [
      { field: 'project.energyReviewApproved', op: 'eq', value: true },
      {
        all: [
          { field: 'project.energyTce', op: 'lt', value: ENERGY_REVIEW_THRESHOLD.tce },
          { field: 'project.electricityKwh', op: 'lt', value: ENERGY_REVIEW_THRESHOLD.kwh },
        ],
      },
    ],
  },
  no('enterprise.environmentalCreditPoor'),
  no('enterprise.creditBlacklisted'),
];

function award(region: 'pearl_river_delta' | 'east_west_north', rate: number): ProgrammeInput {
  const prd = region === 'pearl_river_delta';
  const percent = `${Math.round(rate * 100)}%`;
  return {
    id: prd ? 'gd-equipment-award-prd' : 'gd-equipment-award-ewn',
    issuer: {
      zh: '广东省工业和信息化厅',
      en: 'Department of Industry and Information Technology of Guangdong',
    },
    year: 2024,
    type: 'award',
    name: prd
      ? {
          zh: `技术改造设备奖励（珠三角，${percent}）`,
          en: `Equipment award (Pearl River Delta, ${percent})`,
        }
      : {
          zh: `技术改造设备奖励（粤东西北，${percent}）`,
          en: `Equipment award (east, west and north, ${percent})`,
        },
    eligibility: { all: [{ field: 'enterprise.guangdongRegion', op: 'eq', value: region }, ...EXCLUSIONS] },
    support: { kind: 'rate', base: ['project.newEquipmentYuan'], rate, capYuan: 50_000_000 },
    source: { document: '广东省技术改造设备奖励（年度申报指南）', url: 'http://gdii.gd.gov.cn/' },
    notes: withDocumentsNote({
      zh: `最高为新购设备（含软件）投资的 ${percent}，上限 5000 万元。不予支持：淘汰类项目、应做未做节能审查、环境信用评价较差、列入失信名单。示例年份与文号【待核实】。`,
      en: `Up to ${percent} of new equipment including software, capped at ¥50m. Excluded: obsolete-category projects, a required energy review missing, a poor environmental credit rating, a credit blacklist entry. The example's year and document number [verify].`,
    }),
    documents: [
      doc('filing_certificate', {
        zh: '广东省技术改造投资项目备案证',
        en: 'Guangdong transformation investment project filing certificate',
      }),
      doc('invoices_payments', {
        zh: '新购设备（含软件）发票及付款凭证',
        en: 'Invoices and payment vouchers for the new equipment (including software)',
      }),
      doc('special-audit-report', {
        zh: '会计师事务所出具的设备投资专项审计报告',
        en: 'Special audit report on the equipment investment by an accounting firm',
      }),
      doc(
        'energy_review',
        {
          zh: '节能审查意见（按规定须做节能审查的项目）',
          en: 'Energy review opinion (projects that need an energy review)',
        },
        false,
      ),
      doc('credit-commitment', { zh: '信用承诺书', en: 'Credit commitment letter' }),
    ],
    ...EXAMPLE_FLAGS,
  };
}

export const GUANGDONG_EQUIPMENT: PackInput = {
  ...packHeader('guangdong-equipment-award', {
    zh: '广东省技术改造设备奖励（示例）',
    en: 'Guangdong equipment awards (examples)',
  }),
  programmes: [award('pearl_river_delta', 0.2), award('east_west_north', 0.3)],
};
