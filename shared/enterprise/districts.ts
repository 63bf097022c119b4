/** Where an enterprise is. Shenzhen's districts per DOMAIN.md §3 ([verify] against sz.gov.cn). */
export const SHENZHEN_DISTRICTS = [
  { code: 'futian', zh: '福田区', en: 'Futian' },
  { code: 'luohu', zh: '罗湖区', en: 'Luohu' },
  { code: 'yantian', zh: '盐田区', en: 'Yantian' },
  { code: 'nanshan', zh: '南山区', en: 'Nanshan' },
  { code: 'baoan', zh: '宝安区', en: "Bao'an" },
  { code: 'longgang', zh: '龙岗区', en: 'Longgang' },
  { code: 'longhua', zh: '龙华区', en: 'Longhua' },
  { code: 'pingshan', zh: '坪山区', en: 'Pingshan' },
  { code: 'guangming', zh: '光明区', en: 'Guangming' },
  { code: 'dapeng', zh: '大鹏新区', en: 'Dapeng New District' },
  { code: 'shenshan', zh: '深汕特别合作区', en: 'Shenzhen-Shanwei Special Cooperation Zone' },
] as const;

export const OUTSIDE_SHENZHEN = { code: 'outside', zh: '深圳市外', en: 'Outside Shenzhen' } as const;

export const DISTRICT_CODES = [
  ...SHENZHEN_DISTRICTS.map((d) => d.code),
  OUTSIDE_SHENZHEN.code,
] as unknown as [string, ...string[]];
export type DistrictCode = (typeof DISTRICT_CODES)[number];

export function districtLabel(code: string, lang: 'zh-CN' | 'en'): string {
  const d = [...SHENZHEN_DISTRICTS, OUTSIDE_SHENZHEN].find((x) => x.code === code);
  if (!d) return code;
  return lang === 'en' ? d.en : d.zh;
}

/** Matches a district typed by a person (CLI, import): code, Chinese name with or without 区, or English. */
export function findDistrict(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  for (const d of [...SHENZHEN_DISTRICTS, OUTSIDE_SHENZHEN]) {
    const zhShort = d.zh.replace(/(新区|区)$/, '');
    if (d.code === t || d.zh === text.trim() || zhShort === text.trim() || d.en.toLowerCase() === t) {
      return d.code;
    }
  }
  return null;
}
