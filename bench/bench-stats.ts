/**
 * Figures of the benchmark: repeated samples summarised (best, median, worst), percentiles, and the
 * table the bench prints. A measure compares its best run with the best run of its baseline in the
 * same bench run; a target is reported as met or missed, never enforced.
 */

export interface Spread {
  /** The figure reported: the best run (least disturbed by other work on the machine). */
  best: number;
  median: number;
  worst: number;
  runs: number[];
}

export function spread(runs: number[]): Spread {
  const sorted = [...runs].sort((a, b) => a - b);
  return {
    best: sorted[0] ?? NaN,
    median: percentile(sorted, 50),
    worst: sorted[sorted.length - 1] ?? NaN,
    runs: runs.map((r) => round(r, Math.abs(r) < 1 ? 4 : 1)),
  };
}

/** Nearest-rank percentile of already sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export type Comparison = 'ratio' | 'value';

export interface Measure {
  id: string;
  label: string;
  unit: 'ms' | 'MB' | 'KB' | 'count';
  /** Null when the measure could not run; `skipped` says why. */
  value: Spread | null;
  baseline?: { label: string; value: Spread | null };
  /** What the target constrains: the ratio to the baseline, or the value itself. */
  target?: { on: Comparison; max: number };
  /** The run the figure is: the best (times), or the worst (peak memory, where luck should not count). */
  pick?: 'best' | 'worst';
  skipped?: string;
  note?: string;
}

export interface MeasureResult extends Measure {
  ratio: number | null;
  pass: boolean | null;
}

export const figure = (m: Pick<Measure, 'value' | 'pick'>): number | null =>
  m.value ? (m.pick === 'worst' ? m.value.worst : m.value.best) : null;

export function evaluate(m: Measure): MeasureResult {
  const base = m.baseline?.value?.best;
  const value = figure(m);
  const ratio = value !== null && base ? value / base : null;
  let pass: boolean | null = null;
  if (m.target && value !== null) {
    const x = m.target.on === 'ratio' ? ratio : value;
    pass = x === null ? null : x <= m.target.max;
  }
  return { ...m, ratio: ratio === null ? null : round(ratio, 2), pass };
}

const fmt = (n: number | undefined, unit: string) =>
  n === undefined || Number.isNaN(n)
    ? '—'
    : unit === 'ms' && n >= 1000
      ? `${(n / 1000).toFixed(2)} s`
      : `${n >= 100 ? Math.round(n) : n >= 1 ? n.toFixed(1) : n.toFixed(3)} ${unit}`;

function spreadText(s: Spread | null | undefined, unit: string, pick: 'best' | 'worst' = 'best'): string {
  if (!s) return '—';
  if (s.runs.length <= 1) return fmt(s.best, unit);
  if (pick === 'worst')
    return `${fmt(s.worst, unit)} (worst; med ${fmt(s.median, unit)}, min ${fmt(s.best, unit)})`;
  return `${fmt(s.best, unit)} (med ${fmt(s.median, unit)}, max ${fmt(s.worst, unit)})`;
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

export function table(results: MeasureResult[]): string {
  const head = ['measure', 'figure (best; median, max of runs)', 'baseline', 'ratio', 'target', 'result'];
  const rows = results.map((r) => {
    const target = !r.target
      ? '—'
      : r.target.on === 'ratio'
        ? `≤ ${r.target.max}×`
        : `≤ ${fmt(r.target.max, r.unit)}`;
    const result = r.skipped ? `SKIPPED: ${r.skipped}` : r.pass === null ? 'info' : r.pass ? 'PASS' : 'MISS';
    return [
      r.label,
      spreadText(r.value, r.unit, r.pick),
      r.baseline ? `${r.baseline.label}: ${spreadText(r.baseline.value, r.unit)}` : '—',
      r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
      target,
      result,
    ];
  });
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] as string))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] as number)).join(' │ ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.map(line)].join('\n');
}

/** How long one call takes, with what it returned. */
export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await run();
  return { ms: performance.now() - t0, result };
}
