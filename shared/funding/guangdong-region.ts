/**
 * Guangdong's provincial programmes pay different rates in the Pearl River Delta and in the east,
 * west and north of the province (DOMAIN.md §9), so the region is read from where the enterprise is.
 */
export const GUANGDONG_REGIONS = [
  { code: 'pearl_river_delta', zh: '珠三角地区', en: 'Pearl River Delta' },
  { code: 'east_west_north', zh: '粤东西北地区', en: 'East, west and north Guangdong' },
  { code: 'outside_guangdong', zh: '广东省外', en: 'Outside Guangdong' },
] as const;

export type GuangdongRegion = (typeof GUANGDONG_REGIONS)[number]['code'];

const PEARL_RIVER_DELTA_CITIES = ['广州', '深圳', '珠海', '佛山', '惠州', '东莞', '中山', '江门', '肇庆'];
const EAST_WEST_NORTH_CITIES = [
  '汕头',
  '汕尾',
  '潮州',
  '揭阳',
  '湛江',
  '茂名',
  '阳江',
  '韶关',
  '河源',
  '梅州',
  '清远',
  '云浮',
];

/**
 * Null when the profile does not settle it: the Shenzhen-Shanwei zone is run by Shenzhen but lies
 * in Shanwei, and a city outside Shenzhen is free text; the subject may then state the region.
 */
export function guangdongRegionOf(
  district: string | null,
  cityOutside: string | null,
): GuangdongRegion | null {
  if (district === null || district === 'shenshan') return null;
  if (district !== 'outside') return 'pearl_river_delta';
  const city = (cityOutside ?? '').trim();
  if (PEARL_RIVER_DELTA_CITIES.some((c) => city.startsWith(c))) return 'pearl_river_delta';
  if (EAST_WEST_NORTH_CITIES.some((c) => city.startsWith(c))) return 'east_west_north';
  return null;
}
