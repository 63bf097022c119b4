/**
 * YYYY-MM-DD on the machine's own calendar: an assessment is dated, a draft made and a deadline met
 * or missed on the user's day, not on UTC's.
 */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
