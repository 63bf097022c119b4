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

/**
 * True when the number has no more than two decimals (within float noise of the decimal text).
 * The noise of `yuan * 100` grows with the amount (about 2 ulp), so the tolerance does too: a fixed
 * 1e-6 rejected valid amounts above about ¥500m such as 641361080.19.
 */
export function hasAtMostTwoDecimals(yuan: number): boolean {
  const fen = yuan * 100;
  return Math.abs(fen - Math.round(fen)) <= Math.max(1e-6, Math.abs(fen) * 2 * Number.EPSILON);
}

/** 万元 with up to two decimals, as Chinese filings show amounts. */
export function formatWanYuan(yuan: number, locale: string): string {
  return (yuan / 10000).toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

export function formatYuan(yuan: number, locale: string): string {
  return yuan.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
