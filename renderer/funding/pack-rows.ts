/**
 * The packs table's rows: what a pack's programmes have in common (issuers, years, the example and
 * check-the-notice flags), and which shipped examples the user has hidden and may bring back.
 */
import type { BothLanguages } from '../../shared/funding/bilingual-text';
import { both } from '../../shared/funding/bilingual-text';
import type { FundingPackDetail, PackOrigin } from '../../shared/funding/funding-api';
import type { FundingPack } from '../../shared/funding/pack-schema';
import { SHIPPED_PACKS } from '../../shared/funding/shipped';

export interface PackRow {
  id: string;
  name: BothLanguages;
  origin: PackOrigin;
  programmes: number;
  updatedAt: string | null;
  issuers: BothLanguages[];
  firstYear: number;
  lastYear: number;
  /** Any programme shipped as an example of the format. */
  example: boolean;
  /** Any programme whose figures change yearly: the user must check the current notice. */
  checkNotice: boolean;
  /** Any programme with figures from secondary sources only. */
  verify: boolean;
}

export function packRow(detail: FundingPackDetail): PackRow {
  const programmes = detail.pack.programmes;
  const issuers = new Map<string, BothLanguages>();
  for (const p of programmes) if (!issuers.has(p.issuer.zh)) issuers.set(p.issuer.zh, both(p.issuer));
  const years = programmes.map((p) => p.year);
  return {
    id: detail.id,
    name: detail.name,
    origin: detail.origin,
    programmes: detail.programmes,
    updatedAt: detail.updatedAt,
    issuers: [...issuers.values()],
    firstYear: Math.min(...years),
    lastYear: Math.max(...years),
    example: programmes.some((p) => p.example),
    checkNotice: programmes.some((p) => p.checkCurrentNotice),
    verify: programmes.some((p) => p.verify),
  };
}

/** 2024, or 2017–2023 for a pack spanning years. */
export const yearSpan = (row: Pick<PackRow, 'firstYear' | 'lastYear'>) =>
  row.firstYear === row.lastYear ? String(row.firstYear) : `${row.firstYear}–${row.lastYear}`;

/** The shipped examples not in force: the user hid them; funding.packs.reset brings each back. */
export function hiddenExamples(inForce: readonly { id: string }[]): FundingPack[] {
  const shown = new Set(inForce.map((p) => p.id));
  return SHIPPED_PACKS.filter((p) => !shown.has(p.id));
}
