/** GB/T 4754-2017 门类 C (manufacturing), divisions 13–43, per DOMAIN.md §3. */
export const INDUSTRY_DIVISIONS = [
  { code: '13', zh: '农副食品加工业', en: 'Agricultural and sideline food processing' },
  { code: '14', zh: '食品制造业', en: 'Food manufacturing' },
  { code: '15', zh: '酒、饮料和精制茶制造业', en: 'Liquor, beverages and refined tea' },
  { code: '16', zh: '烟草制品业', en: 'Tobacco products' },
  { code: '17', zh: '纺织业', en: 'Textiles' },
  { code: '18', zh: '纺织服装、服饰业', en: 'Apparel and clothing accessories' },
  { code: '19', zh: '皮革、毛皮、羽毛及其制品和制鞋业', en: 'Leather, fur, feathers and footwear' },
  {
    code: '20',
    zh: '木材加工和木、竹、藤、棕、草制品业',
    en: 'Wood, bamboo, rattan, palm and straw products',
  },
  { code: '21', zh: '家具制造业', en: 'Furniture' },
  { code: '22', zh: '造纸和纸制品业', en: 'Paper and paper products' },
  { code: '23', zh: '印刷和记录媒介复制业', en: 'Printing and reproduction of recorded media' },
  {
    code: '24',
    zh: '文教、工美、体育和娱乐用品制造业',
    en: 'Culture, education, arts, sports and entertainment goods',
  },
  { code: '25', zh: '石油、煤炭及其他燃料加工业', en: 'Petroleum, coal and other fuel processing' },
  { code: '26', zh: '化学原料和化学制品制造业', en: 'Chemical raw materials and chemical products' },
  { code: '27', zh: '医药制造业', en: 'Pharmaceuticals' },
  { code: '28', zh: '化学纤维制造业', en: 'Chemical fibres' },
  { code: '29', zh: '橡胶和塑料制品业', en: 'Rubber and plastic products' },
  { code: '30', zh: '非金属矿物制品业', en: 'Non-metallic mineral products' },
  { code: '31', zh: '黑色金属冶炼和压延加工业', en: 'Ferrous metal smelting and rolling' },
  { code: '32', zh: '有色金属冶炼和压延加工业', en: 'Non-ferrous metal smelting and rolling' },
  { code: '33', zh: '金属制品业', en: 'Metal products' },
  { code: '34', zh: '通用设备制造业', en: 'General-purpose machinery' },
  { code: '35', zh: '专用设备制造业', en: 'Special-purpose machinery' },
  { code: '36', zh: '汽车制造业', en: 'Automobiles' },
  {
    code: '37',
    zh: '铁路、船舶、航空航天和其他运输设备制造业',
    en: 'Railway, ship, aerospace and other transport equipment',
  },
  { code: '38', zh: '电气机械和器材制造业', en: 'Electrical machinery and equipment' },
  {
    code: '39',
    zh: '计算机、通信和其他电子设备制造业',
    en: 'Computers, communication and other electronic equipment',
  },
  { code: '40', zh: '仪器仪表制造业', en: 'Instruments and meters' },
  { code: '41', zh: '其他制造业', en: 'Other manufacturing' },
  { code: '42', zh: '废弃资源综合利用业', en: 'Comprehensive use of waste resources' },
  { code: '43', zh: '金属制品、机械和设备修理业', en: 'Repair of metal products, machinery and equipment' },
] as const;

export const INDUSTRY_DIVISION_CODES = INDUSTRY_DIVISIONS.map((d) => d.code) as unknown as [
  string,
  ...string[],
];

export function industryLabel(code: string, lang: 'zh-CN' | 'en'): string {
  const d = INDUSTRY_DIVISIONS.find((x) => x.code === code);
  if (!d) return code;
  return `${d.code} ${lang === 'en' ? d.en : d.zh}`;
}
