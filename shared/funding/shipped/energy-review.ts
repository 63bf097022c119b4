import { doc, EXAMPLE_FLAGS, packHeader, type PackInput } from './example-programme';

/**
 * A project using less than both in a year needs no separate energy review (NDRC rules effective
 * 2023-06-01, DOMAIN.md §9 [verify]); the programmes and the attachment checklist read it here.
 */
export const ENERGY_REVIEW_THRESHOLD = { tce: 1000, kwh: 5_000_000 } as const;

export const ENERGY_REVIEW: PackInput = {
  ...packHeader('energy-review-check', { zh: '节能审查提示（示例）', en: 'Energy review check (example)' }),
  programmes: [
    {
      id: 'ndrc-2023-energy-review-threshold',
      issuer: { zh: '国家发展和改革委员会', en: 'National Development and Reform Commission' },
      year: 2023,
      type: 'check',
      name: {
        zh: '无需单独节能审查（年综合能源消费不满 1000 吨标准煤且年电力消费不满 500 万千瓦时）',
        en: 'No separate energy review needed (under 1,000 tce and under 5 GWh a year)',
      },
      eligibility: {
        all: [
          { field: 'project.energyTce', op: 'lt', value: ENERGY_REVIEW_THRESHOLD.tce },
          { field: 'project.electricityKwh', op: 'lt', value: ENERGY_REVIEW_THRESHOLD.kwh },
        ],
      },
      support: { kind: 'none' },
      source: {
        document: '固定资产投资项目节能审查办法（2023 年 6 月 1 日起施行）',
        url: 'https://www.ndrc.gov.cn/',
      },
      notes: {
        zh: '满足时项目无需单独进行节能审查；不满足时须在开工前取得节能审查意见。这是提示，不是资助。',
        en: 'When met, the project needs no separate energy review; otherwise an energy review opinion is needed before construction starts. A check, not a grant.',
      },
      documents: [
        doc('energy-use-statement', {
          zh: '项目年综合能源消费量和年电力消费量测算说明',
          en: "Estimate of the project's yearly energy use (tce) and electricity use (kWh)",
        }),
      ],
      ...EXAMPLE_FLAGS,
    },
  ],
};
