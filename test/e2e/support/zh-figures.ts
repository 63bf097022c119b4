/** Figures as the pages write them in Chinese, worked out here from the API's numbers (money in fen). */

/** A number with exactly `digits` decimals. */
export const fixed = (n: number, digits: number) =>
  n.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Yuan to the fen. */
export const yuan = (fen: number) => fixed(fen / 100, 2);

/** 万元 with two decimals. */
export const wan = (fen: number) => fixed(fen / 1e6, 2);

/** Years to two decimals at most, with the unit. */
export const years = (n: number) => `${n.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 年`;
