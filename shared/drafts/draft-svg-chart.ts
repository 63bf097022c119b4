/**
 * A draft's chart as a horizontal bar chart: one geometry, drawn as SVG in the print view and as a
 * PNG for Word (electron/core/drafts/chart-png.ts), so the two show the same bars in the same
 * order and colours. The PNG cannot hold text (no font to rasterise with), so the geometry also
 * works without the label and value margins the SVG writes its words in.
 */
import type { DraftChart } from './draft-model';

/** Bar colours in bar order; the docx writer's value table can name them in the same order. */
export const CHART_BAR_COLOURS = ['#1f5fbf', '#2e8b57', '#d9822b', '#7b4fa3', '#12939a', '#c23b5a'] as const;
export const CHART_COLOURS = {
  background: '#ffffff',
  axis: '#404040',
  grid: '#d0d0d0',
  reference: '#d62728',
  text: '#222222',
} as const;

export const barColour = (index: number): string => CHART_BAR_COLOURS[index % CHART_BAR_COLOURS.length]!;

export interface ChartMargins {
  /** Left of the plot: the bar labels in the SVG. */
  left: number;
  /** Right of the plot: the values written after the bars. */
  right: number;
  top: number;
  /** Below the plot: the axis tick labels. */
  bottom: number;
}

export interface BarShape {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  label: string;
  value: number;
  /** The reference marker: a vertical line across the bar's band. */
  reference: { x: number; y1: number; y2: number; value: number } | null;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  /** Vertical gridlines with their axis values, 0 first. */
  ticks: { x: number; value: number }[];
  bars: BarShape[];
}

export const SVG_MARGINS: ChartMargins = { left: 190, right: 70, top: 10, bottom: 28 };
export const PNG_MARGINS: ChartMargins = { left: 12, right: 12, top: 10, bottom: 12 };

const TICKS = 5;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Bars fill 60 % of their band; values beyond the axis are drawn to its end. */
export function chartGeometry(
  chart: DraftChart,
  width: number,
  height: number,
  margins: ChartMargins,
): ChartGeometry {
  const plot = {
    x: margins.left,
    y: margins.top,
    width: Math.max(1, width - margins.left - margins.right),
    height: Math.max(1, height - margins.top - margins.bottom),
  };
  const max = chart.max > 0 ? chart.max : 1;
  const xOf = (v: number) => plot.x + (clamp(v, 0, max) / max) * plot.width;
  const band = plot.height / Math.max(1, chart.bars.length);
  const barHeight = band * 0.6;
  return {
    width,
    height,
    plot,
    ticks: Array.from({ length: TICKS + 1 }, (_, i) => {
      const value = (max * i) / TICKS;
      return { x: xOf(value), value };
    }),
    bars: chart.bars.map((bar, i) => {
      const y = plot.y + band * i + (band - barHeight) / 2;
      return {
        x: plot.x,
        y,
        width: xOf(bar.value) - plot.x,
        height: barHeight,
        colour: barColour(i),
        label: bar.label,
        value: bar.value,
        reference:
          bar.reference === null
            ? null
            : {
                x: xOf(bar.reference),
                y1: y - band * 0.15,
                y2: y + barHeight + band * 0.15,
                value: bar.reference,
              },
      };
    }),
  };
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** Up to two decimals, as the values beside the bars read. */
function valueText(v: number, lang: string): string {
  return v.toLocaleString(lang, { maximumFractionDigits: 2 });
}

/** The height that gives each bar a readable band. */
export function chartHeight(chart: DraftChart): number {
  return SVG_MARGINS.top + SVG_MARGINS.bottom + Math.max(1, chart.bars.length) * 34;
}

/** Rough width of text at a font size: CJK and full-width characters take a full em, others about half. */
function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text)
    em +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 1
        : 0.55;
  return em * fontSize;
}

/**
 * A bar's label in at most two lines that fit the label margin; what still does not fit ends in
 * "…" (the full label stays in the SVG's title for readers and copy-paste).
 */
export function labelLines(label: string, maxWidth: number, fontSize: number): string[] {
  if (textWidth(label, fontSize) <= maxWidth) return [label];
  const lines: string[] = [];
  let line = '';
  for (const ch of label) {
    if (textWidth(line + ch, fontSize) > maxWidth) {
      lines.push(line);
      line = '';
      if (lines.length === 2) break;
    }
    line += ch;
  }
  if (lines.length < 2) return [...lines, line];
  let last = lines[1]!;
  while (last.length > 1 && textWidth(last + '…', fontSize) > maxWidth)
    last = [...last].slice(0, -1).join('');
  return [lines[0]!, last + '…'];
}

/**
 * The chart as a standalone SVG element (no external resources): labels left of the bars, values
 * after them, gridlines with their axis values, reference markers in red with their value.
 */
const LABEL_FONT = 12;

function barLabel(label: string, right: number, mid: number): string {
  const lines = labelLines(label, right - 4, LABEL_FONT);
  const first = mid - ((lines.length - 1) * (LABEL_FONT + 2)) / 2;
  const spans = lines
    .map(
      (l, i) => `<tspan x="${num(right)}" y="${num(first + i * (LABEL_FONT + 2))}">${escapeXml(l)}</tspan>`,
    )
    .join('');
  return `<text text-anchor="end" dominant-baseline="middle" font-size="${LABEL_FONT}" fill="${CHART_COLOURS.text}"><title>${escapeXml(label)}</title>${spans}</text>`;
}

export function chartSvg(chart: DraftChart, lang: string, width = 640): string {
  const height = chartHeight(chart);
  const g = chartGeometry(chart, width, height, SVG_MARGINS);
  const parts: string[] = [];
  const bottom = g.plot.y + g.plot.height;
  for (const t of g.ticks) {
    parts.push(
      `<line x1="${num(t.x)}" y1="${num(g.plot.y)}" x2="${num(t.x)}" y2="${num(bottom)}" stroke="${CHART_COLOURS.grid}" stroke-width="1"/>`,
      `<text x="${num(t.x)}" y="${num(bottom + 16)}" text-anchor="middle" font-size="11" fill="${CHART_COLOURS.text}">${escapeXml(valueText(t.value, lang))}</text>`,
    );
  }
  for (const bar of g.bars) {
    const mid = bar.y + bar.height / 2;
    parts.push(
      barLabel(bar.label, g.plot.x - 8, mid),
      `<rect x="${num(bar.x)}" y="${num(bar.y)}" width="${num(Math.max(0, bar.width))}" height="${num(bar.height)}" fill="${bar.colour}"/>`,
      `<text x="${num(bar.x + bar.width + 6)}" y="${num(mid)}" dominant-baseline="middle" font-size="12" fill="${CHART_COLOURS.text}">${escapeXml(valueText(bar.value, lang))}</text>`,
    );
    if (bar.reference) {
      const r = bar.reference;
      parts.push(
        `<line x1="${num(r.x)}" y1="${num(r.y1)}" x2="${num(r.x)}" y2="${num(r.y2)}" stroke="${CHART_COLOURS.reference}" stroke-width="2"/>`,
        `<text x="${num(r.x)}" y="${num(r.y1 - 2)}" text-anchor="middle" font-size="10" fill="${CHART_COLOURS.reference}">${escapeXml(valueText(r.value, lang))}</text>`,
      );
    }
  }
  parts.push(
    `<line x1="${num(g.plot.x)}" y1="${num(g.plot.y)}" x2="${num(g.plot.x)}" y2="${num(bottom)}" stroke="${CHART_COLOURS.axis}" stroke-width="1.5"/>`,
    `<line x1="${num(g.plot.x)}" y1="${num(bottom)}" x2="${num(g.plot.x + g.plot.width)}" y2="${num(bottom)}" stroke="${CHART_COLOURS.axis}" stroke-width="1.5"/>`,
  );
  const title = `${chart.caption} (${chart.unit})`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}"><rect x="0" y="0" width="${width}" height="${height}" fill="${CHART_COLOURS.background}"/>${parts.join('')}</svg>`;
}
