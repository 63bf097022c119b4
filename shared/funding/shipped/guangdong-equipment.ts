import { EXAMPLE_FLAGS, packHeader, type PackInput, type ProgrammeInput } from './example-programme';

const no = (field: string) => ({ field, op: 'eq', value: false });

/** Exclusions of DOMAIN.md §9; a missing energy review excludes only a project that needs one. */
const EXCLUSIONS = [
  no('project.obsoleteCategory'),
  {
    any: [
      { field: 'project.energyReviewApproved', op: 'eq', value: true },
      {
        all: [
          { field: 'project.energyTce', op: 'lt', value: 1000 },
          { field: 'project.electricityKwh', op: 'lt', value: 5_000_000 },
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
    notes: {
      zh: `最高为新购设备（含软件）投资的 ${percent}，上限 5000 万元。不予支持：淘汰类项目、应做未做节能审查、环境信用评价较差、列入失信名单。示例年份与文号【待核实】。`,
      en: `Up to ${percent} of new equipment including software, capped at ¥50m. Excluded: obsolete-category projects, a required energy review missing, a poor environmental credit rating, a credit blacklist entry. The example's year and document number [verify].`,
    },
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
