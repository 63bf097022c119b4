import {
  doc,
  EXAMPLE_FLAGS,
  filed,
  packHeader,
  SHENZHEN_DOCUMENTS,
  withDocumentsNote,
  type PackInput,
} from './example-programme';

const whole = (fromYuan: number, toYuan: number, rate: number) => ({ fromYuan, toYuan, rate, on: 'whole' });

export const LONGHUA_2024: PackInput = {
  ...packHeader('longhua-2024', {
    zh: '龙华区工业投资资助（示例）',
    en: 'Longhua district investment support (example)',
  }),
  programmes: [
    {
      id: 'longhua-2024-investment',
      issuer: { zh: '深圳市龙华区人民政府', en: 'Longhua District People’s Government, Shenzhen' },
      year: 2024,
      type: 'subsidy',
      name: {
        zh: '工业投资（技术改造）分档资助',
        en: 'Industrial (transformation) investment, tiered support',
      },
      eligibility: {
        all: [
          { field: 'enterprise.district', op: 'eq', value: 'longhua' },
          filed,
          { field: 'project.eligibleInvestmentYuan', op: 'gte', value: 1_500_000 },
        ],
      },
      support: {
        kind: 'tiers',
        base: ['project.eligibleInvestmentYuan'],
        tiers: [
          whole(1_500_000, 5_000_000, 0.06),
          whole(5_000_000, 20_000_000, 0.12),
          whole(20_000_000, 50_000_000, 0.15),
          whole(50_000_000, 100_000_000, 0.2),
          { fromYuan: 100_000_000, rate: 0.05, on: 'excess' },
        ],
        capYuan: 40_000_000,
      },
      source: {
        document: '龙华区关于新形势下鼓励企业加大工业投资力度推动大规模设备更新的若干措施（2024）',
        url: 'https://www.szlhq.gov.cn/',
      },
      notes: withDocumentsNote({
        zh: '150–500 万元 6%，500–2000 万元 12%，2000–5000 万元 15%，5000 万–1 亿元 20%；1 亿元以上为前 1 亿元的 20% 加超出部分的 5%；上限 4000 万元。各档含下限、不含上限，档位边界的归属【待核实】。',
        en: '¥1.5–5m 6%, ¥5–20m 12%, ¥20–50m 15%, ¥50–100m 20%; above ¥100m, 20% of the first ¥100m plus 5% of the rest; capped at ¥40m. Each bracket includes its lower bound and excludes its upper one; which bracket an edge belongs to [verify].',
      }),
      documents: [
        SHENZHEN_DOCUMENTS.filing,
        SHENZHEN_DOCUMENTS.audit,
        SHENZHEN_DOCUMENTS.invoices,
        SHENZHEN_DOCUMENTS.commitment,
        doc('statistics_form', {
          zh: '工业投资纳入龙华区统计的证明（统计报表）',
          en: "Proof that the investment is counted in Longhua's industrial statistics (statistics form)",
        }),
      ],
      ...EXAMPLE_FLAGS,
    },
  ],
};
