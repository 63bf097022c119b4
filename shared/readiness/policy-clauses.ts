/**
 * The passages of 深府办〔2015〕20号 (shared/seed) that the readiness actions rest on, quoted word for
 * word so that a filing can cite them, with an English gloss of our own. Cited as "深府办〔2015〕20号
 * 第（八）条" (DOMAIN.md §1).
 */
import { INDUSTRY_DIVISIONS } from '../enterprise/industry-divisions';

export const POLICY_DOCUMENT = '深府办〔2015〕20号';

export const CLAUSES = {
  四: { zh: '推动智能化改造', en: 'Intelligent transformation' },
  五: { zh: '推动设备更新', en: 'Equipment renewal' },
  七: { zh: '推进信息化与工业化深度融合', en: 'Integration of IT and industry' },
  八: { zh: '引导绿色发展', en: 'Green development' },
} as const;
export type ClauseNumber = keyof typeof CLAUSES;

interface Passage {
  clause: ClauseNumber;
  /** Exactly as in the seed text. */
  zh: string;
  en: string;
}

export const PASSAGES = {
  smart_equipment: {
    clause: '四',
    zh: '引导和鼓励企业应用先进适用的智能装备进行技术改造',
    en: 'Guide and encourage enterprises to transform with advanced, suitable smart equipment',
  },
  robots_in_machinery: {
    clause: '四',
    zh: '在机械装备类企业中推进应用工业机器人等智能装备对生产系统进行技术改造',
    en: 'In machinery and equipment firms, transform production systems with industrial robots and other smart equipment',
  },
  smart_workshops: {
    clause: '四',
    zh: '支持大、中型骨干企业及行业领先企业率先建设智能车间和智能工厂',
    en: 'Support large and medium backbone firms and industry leaders in building smart workshops and smart factories first',
  },
  smart_machines_for_small_firms: {
    clause: '四',
    zh: '推动小微型企业加快使用智能单机设备进行智能生产线改造',
    en: 'Help small and micro firms upgrade their lines with smart stand-alone machines',
  },
  named_trades: {
    clause: '五',
    zh: '支持在电子、家电产品装配企业和服装、家具、黄金珠宝、钟表、眼镜等劳动密集型行业购置先进适用设备，推广应用集多学科先进技术于一体的工业机器人装备',
    en: 'Support buying advanced, suitable equipment and industrial robots in electronics and home-appliance assembly and in labour-intensive trades such as apparel, furniture, gold and jewellery, watches and clocks, and eyewear',
  },
  retire_old_equipment: {
    clause: '五',
    zh: '支持企业淘汰老旧设备，引进和购置先进设备和管理系统',
    en: 'Support enterprises in retiring old equipment and acquiring advanced equipment and management systems',
  },
  information_systems: {
    clause: '七',
    zh: '支持企业普及制造执行、资源计划、客户关系等管理信息系统的应用和综合集成',
    en: 'Support the spread and integration of manufacturing execution, resource planning, customer relationship and other management systems',
  },
  it_across_lifecycle: {
    clause: '七',
    zh: '深化信息技术在研发设计、生产制造、营销管理、回收再利用等产品生命周期各环节的应用',
    en: 'Deepen the use of IT in every stage of the product life cycle: R&D and design, manufacturing, marketing, recycling',
  },
  motors_and_boilers: {
    clause: '八',
    zh: '实施电机能效提升及工业锅炉污染整治工程',
    en: 'Carry out the motor efficiency upgrade and industrial boiler pollution remediation programmes',
  },
  gas_generators: {
    clause: '八',
    zh: '推广使用中小型燃气发电机替代传统燃油备用发电机',
    en: 'Promote small and medium gas generators in place of oil-fired backup generators',
  },
  energy_saving: {
    clause: '八',
    zh: '推进节能降耗和清洁生产',
    en: 'Advance energy saving, lower consumption and clean production',
  },
} as const satisfies Record<string, Passage>;
export type PassageKey = keyof typeof PASSAGES;

export interface ClauseCitation {
  passage: PassageKey;
  clause: ClauseNumber;
  /** E.g. "深府办〔2015〕20号 第（八）条". */
  citation: string;
  title: { zh: string; en: string };
  quote: { zh: string; en: string };
}

export function cite(passage: PassageKey): ClauseCitation {
  const p: Passage = PASSAGES[passage];
  return {
    passage,
    clause: p.clause,
    citation: `${POLICY_DOCUMENT} 第（${p.clause}）条`,
    title: CLAUSES[p.clause],
    quote: { zh: p.zh, en: p.en },
  };
}

/**
 * The GB/T 4754-2017 divisions holding the trades clause （五） names. A division is broader than a
 * trade (division 38 holds household appliances among other electrical goods), so a match says
 * the clause may apply, not that it does.
 */
export const NAMED_TRADE_DIVISIONS: Readonly<Record<string, { zh: string; en: string }>> = {
  '39': { zh: '电子产品装配', en: 'electronics assembly' },
  '38': { zh: '家电产品装配', en: 'home-appliance assembly' },
  '18': { zh: '服装', en: 'apparel' },
  '21': { zh: '家具', en: 'furniture' },
  '24': { zh: '黄金珠宝', en: 'gold and jewellery' },
  '40': { zh: '钟表', en: 'watches and clocks' },
  '35': { zh: '眼镜', en: 'eyewear' },
};

export interface NamedTrade {
  division: string;
  divisionName: { zh: string; en: string };
  trade: { zh: string; en: string };
}

export function namedTradeOf(division: string | null): NamedTrade | null {
  const trade = division === null ? undefined : NAMED_TRADE_DIVISIONS[division];
  const d = INDUSTRY_DIVISIONS.find((x) => x.code === division);
  return trade && d ? { division: d.code, divisionName: { zh: d.zh, en: d.en }, trade } : null;
}
