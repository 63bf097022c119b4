/**
 * The example rule packs that come with the app (DOMAIN.md §9). They live in code rather than in
 * the workspace, so a new version's examples reach every workspace the user has not changed them in.
 */
import { FundingPackSchema, type FundingPack } from '../pack-schema';
import { ENERGY_REVIEW } from './energy-review';
import { GUANGDONG_EQUIPMENT } from './guangdong-equipment';
import { LONGHUA_2024 } from './longhua-2024';
import { SHENZHEN_CITY } from './shenzhen-city';

export const SHIPPED_PACKS: readonly FundingPack[] = [
  SHENZHEN_CITY,
  LONGHUA_2024,
  GUANGDONG_EQUIPMENT,
  ENERGY_REVIEW,
].map((p) => FundingPackSchema.parse(p));

export function shippedPack(id: string): FundingPack | undefined {
  return SHIPPED_PACKS.find((p) => p.id === id);
}
