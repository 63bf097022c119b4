/**
 * Amounts cross the API as yuan (numbers with at most two decimals) and are stored as integer fen,
 * so that sums never pick up binary floating-point residue.
 */
export const MAX_YUAN = 1e13; // ten trillion yuan; far above any enterprise figure, well inside 2^53 fen

export function yuanToFen(yuan: number): number {
  const fen = Math.round(yuan * 100);
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount out of range: ${yuan}`);
  return fen;
}

export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** True when the number has no more than two decimals (within float noise of the decimal text). */
export function hasAtMostTwoDecimals(yuan: number): boolean {
  return Math.abs(yuan * 100 - Math.round(yuan * 100)) < 1e-6;
}

/** 万元 with up to two decimals, as Chinese filings show amounts. */
export function formatWanYuan(yuan: number, locale: string): string {
  return (yuan / 10000).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function formatYuan(yuan: number, locale: string): string {
  return yuan.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
