/**
 * The years offered: from the oldest equipment in the register (or 2000) to next year, newest
 * first, and the chosen one whatever it is. A list rather than a date picker, which would add its
 * calendar code to the UI kit every page loads.
 */
export function referenceYears(
  chosen: number,
  currentYear: number,
  oldestInRegister: number | null,
): number[] {
  const first = Math.max(1900, Math.min(chosen, oldestInRegister ?? 2000, 2000));
  const last = Math.min(2200, Math.max(chosen, currentYear + 1));
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}
