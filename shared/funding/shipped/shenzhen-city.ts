import {
  doc,
  EXAMPLE_FLAGS,
  filed,
  inShenzhen,
  packHeader,
  positive,
  SHENZHEN_DOCUMENTS,
  withDocumentsNote,
  type PackInput,
} from './example-programme';

const { filing, audit, invoices, commitment } = SHENZHEN_DOCUMENTS;

const ISSUER_2017 = { zh: '深圳市人民政府办公厅', en: 'General Office of the Shenzhen Municipal Government' };
const ISSUER_2023 = {
  zh: '深圳市人民政府办公厅、深圳市工业和信息化局',
  en: 'General Office of the Shenzhen Municipal Government; Shenzhen Bureau of Industry and Information Technology',
};
const SOURCE_2017 = { document: '深府办规〔2017〕9号', url: 'https://gxj.sz.gov.cn/' };
const SOURCE_2023 = { document: '深府办规〔2023〕6号；深工信规〔2024〕12号', url: 'https://gxj.sz.gov.cn/' };

const ELIGIBLE_SPEND = {
  zh: '可支持投资：形成固定资产的设备、软件、安装和建筑工程投入，扣除可抵扣增值税；项目须已备案。',
  en: 'Eligible investment: equipment, software, installation and building works that form fixed assets, net of deductible VAT; the project must be filed (备案).',
};

export const SHENZHEN_CITY: PackInput = {
  ...packHeader('shenzhen-city', {
    zh: '深圳市技术改造资助（示例）',
    en: 'Shenzhen city transformation support (examples)',
  }),
  description: {
    zh: 'DOMAIN.md §9 的深圳市示例。资助比例和上限每年可能调整，申报前请查阅深圳市工业和信息化局当年的申报指南。',
    en: "Shenzhen examples of DOMAIN.md §9. Rates and caps may change every year: check the Shenzhen Bureau of Industry and Information Technology's guide for the year before applying.",
  },
  programmes: [
    {
      id: 'sz-2017-9-investment',
      issuer: ISSUER_2017,
      year: 2017,
      type: 'subsidy',
      name: {
        zh: '技术改造投资“零门槛”资助（上年度技改投资的 10%）',
        en: "Transformation investment, zero threshold (10% of last year's investment)",
      },
      eligibility: { all: [inShenzhen, filed, positive('project.eligibleInvestmentYuan')] },
      support: { kind: 'rate', base: ['project.eligibleInvestmentYuan'], rate: 0.1, capYuan: 10_000_000 },
      source: SOURCE_2017,
      notes: withDocumentsNote({
        zh: `不设投资门槛，最高为上年度实际完成技改投资的 10%，上限 1000 万元。可支持投资按上年度实际完成额填写。${ELIGIBLE_SPEND.zh}`,
        en: `No investment threshold; up to 10% of the transformation investment completed last year, capped at ¥10m. Enter last year's completed investment as the eligible investment. ${ELIGIBLE_SPEND.en}`,
      }),
      documents: [filing, audit, invoices, commitment],
      ...EXAMPLE_FLAGS,
    },
    {
      id: 'sz-2017-9-intelligent',
      issuer: ISSUER_2017,
      year: 2017,
      type: 'subsidy',
      name: {
        zh: '机器人、智能工厂、工业互联网（智能化部分的 20%）',
        en: 'Robots, smart factories, industrial internet (20% of the intelligent part)',
      },
      eligibility: { all: [inShenzhen, filed, positive('project.intelligentInvestmentYuan')] },
      support: { kind: 'rate', base: ['project.intelligentInvestmentYuan'], rate: 0.2, capYuan: 20_000_000 },
      source: SOURCE_2017,
      notes: withDocumentsNote({
        zh: `最高为智能化部分投资的 20%，上限 2000 万元。${ELIGIBLE_SPEND.zh}`,
        en: `Up to 20% of the intelligent part of the investment, capped at ¥20m. ${ELIGIBLE_SPEND.en}`,
      }),
      documents: [
        filing,
        audit,
        invoices,
        commitment,
        doc('intelligent-spend-list', {
          zh: '机器人、智能装备和工业互联网投资明细',
          en: 'Itemised robot, smart-equipment and industrial-internet spend',
        }),
      ],
      ...EXAMPLE_FLAGS,
    },
    {
      id: 'sz-2023-major',
      issuer: ISSUER_2023,
      year: 2023,
      type: 'subsidy',
      name: { zh: '重大技术改造项目', en: 'Major transformation projects' },
      eligibility: {
        all: [inShenzhen, filed, { field: 'project.totalInvestmentYuan', op: 'gte', value: 500_000_000 }],
      },
      support: { kind: 'rate', base: ['project.eligibleInvestmentYuan'], rate: 0.1, capYuan: 100_000_000 },
      source: SOURCE_2023,
      notes: withDocumentsNote({
        zh: '总投资 5 亿元及以上；不超过审定总投资建设费用的 10%，单个项目上限 1 亿元。',
        en: 'Total investment of ¥500m or more; up to 10% of the approved construction investment, capped at ¥100m per project.',
      }),
      documents: [filing, audit, invoices, commitment],
      ...EXAMPLE_FLAGS,
    },
    {
      id: 'sz-2023-renewal',
      issuer: ISSUER_2023,
      year: 2023,
      type: 'subsidy',
      name: { zh: '设备更新类技术改造项目', en: 'Equipment renewal projects' },
      eligibility: {
        all: [inShenzhen, filed, { field: 'project.totalInvestmentYuan', op: 'gte', value: 20_000_000 }],
      },
      support: { kind: 'rate', base: ['project.eligibleInvestmentYuan'], rate: 0.1, capYuan: 10_000_000 },
      source: SOURCE_2023,
      notes: withDocumentsNote({
        zh: '投资 2000 万元及以上、淘汰老旧设备的技术改造项目；不超过 10%，上限 1000 万元。门槛按总投资还是设备投资计算【待核实】。',
        en: 'Projects of ¥20m or more that retire old equipment; up to 10%, capped at ¥10m. Whether the threshold counts total or equipment investment [verify].',
      }),
      documents: [
        filing,
        audit,
        invoices,
        commitment,
        doc('retired-equipment-list', {
          zh: '淘汰（更新）设备清单及处置证明',
          en: 'List of the retired (renewed) equipment with proof of disposal',
        }),
      ],
      ...EXAMPLE_FLAGS,
    },
    {
      id: 'sz-2023-intelligent',
      issuer: ISSUER_2023,
      year: 2023,
      type: 'subsidy',
      name: { zh: '智能化改造项目', en: 'Intelligent transformation projects' },
      eligibility: {
        all: [
          inShenzhen,
          filed,
          {
            any: [
              { field: 'project.direction', op: 'eq', value: 'intelligent' },
              positive('project.intelligentInvestmentYuan'),
            ],
          },
        ],
      },
      support: { kind: 'none' },
      source: SOURCE_2023,
      notes: withDocumentsNote({
        zh: '数字化车间、智能工厂方向的改造。示例未给出比例和上限：请按当年申报指南填入（support 改为 rate 或 tiers）。',
        en: "Digital workshops and smart factories. The example gives no rate or cap: enter them from the year's guide (support as rate or tiers).",
      }),
      documents: [filing, audit, invoices, commitment],
      ...EXAMPLE_FLAGS,
    },
    {
      id: 'sz-2023-loan-lease-interest',
      issuer: ISSUER_2023,
      year: 2023,
      type: 'interest_subsidy',
      name: { zh: '技术改造贷款、租赁贴息', en: 'Interest subsidy on transformation loans and leases' },
      eligibility: {
        all: [
          inShenzhen,
          filed,
          { any: [positive('project.loanPrincipalYuan'), positive('project.leasePrincipalYuan')] },
        ],
      },
      support: { kind: 'none' },
      source: SOURCE_2023,
      notes: withDocumentsNote({
        zh: '以银行贷款或融资租赁（仅限生产设备直接租赁）筹资的技改项目。示例未给出贴息比例：请按当年申报指南填入，例如 {"kind": "interest", "principal": "project.loanPrincipalYuan", "years": "project.loanYears", "ratePoints": …, "maxYears": …, "capYuan": …}。',
        en: 'Transformation projects financed by bank loans or financial leasing (direct leasing of production equipment only). The example gives no subsidy rate: enter it from the year\'s guide, e.g. {"kind": "interest", "principal": "project.loanPrincipalYuan", "years": "project.loanYears", "ratePoints": …, "maxYears": …, "capYuan": …}.',
      }),
      documents: [
        filing,
        commitment,
        doc('loan-lease-contracts', {
          zh: '贷款合同或融资租赁合同',
          en: 'Loan or financial leasing contracts',
        }),
        doc('interest-vouchers', {
          zh: '银行付息凭证或租金支付凭证',
          en: 'Bank interest or lease payment vouchers',
        }),
      ],
      ...EXAMPLE_FLAGS,
    },
  ],
};
