/**
 * Support is computed in integer fen with rates held as parts per million, multiplied in BigInt:
 * ¥1e13 in fen times a rate in ppm exceeds 2^53, and a float product such as 0.07 × 1e15 can land a
 * fen off. Each product is rounded down to the fen, so an estimate never promises more than the
 * rule gives; a tiered amount rounds each of its products down and then adds them.
 */
const PPM = 1_000_000;

export function hasAtMostSixDecimals(rate: number): boolean {
  const ppm = rate * PPM;
  return Math.abs(ppm - Math.round(ppm)) <= 1e-6;
}

/** fen × rate (× years, kept to hundredths of a year), rounded down to the fen. */
export function fenTimesRate(fen: number, rate: number, years = 1): number {
  const product = BigInt(fen) * BigInt(Math.round(rate * PPM)) * BigInt(Math.round(years * 100));
  return Number(product / BigInt(PPM * 100));
}
