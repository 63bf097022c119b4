/**
 * Where the parts of a saved chart picture go: title, subtitle, legend and notes around the chart
 * itself. The legend and titles are HTML on screen, not part of the chart's SVG, so the picture
 * draws them again; this works out their places, given a way to measure text.
 */

export interface ChartPicture {
  title: string;
  subtitle: string;
  legend: readonly { label: string; color: string }[];
  notes: readonly string[];
}

export type Measure = (text: string, font: string) => number;

export interface PictureText {
  text: string;
  /** Top left corner (the canvas draws with textBaseline 'top'). */
  x: number;
  y: number;
  font: string;
  color: string;
}

export interface PictureLayout {
  width: number;
  height: number;
  /** Where the chart's own drawing goes. */
  chart: { x: number; y: number };
  texts: PictureText[];
  swatches: { x: number; y: number; size: number; color: string }[];
}

const PAD = 20;
const SWATCH = 10;
const TITLE = { size: 16, line: 24, weight: 600, color: '#1f1f1f' };
const SMALL = { size: 12, line: 18, weight: 400, color: '#595959' };

/** Han characters one by one, other words whole, so Chinese breaks anywhere and English between words. */
const TOKENS = /[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/g;

export function wrapText(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKENS) ?? []) {
    const next = line + token;
    if (line.trim() !== '' && measure(next.trimEnd(), font) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export function pictureLayout(
  picture: ChartPicture,
  chartSize: { width: number; height: number },
  fontFamily: string,
  measure: Measure,
): PictureLayout {
  const width = Math.ceil(chartSize.width + 2 * PAD);
  const inner = width - 2 * PAD;
  const font = (s: typeof TITLE) => `${s.weight} ${s.size}px ${fontFamily}`;
  const texts: PictureText[] = [];
  const swatches: PictureLayout['swatches'] = [];
  let y = PAD;

  const paragraph = (text: string, style: typeof TITLE) => {
    for (const line of wrapText(text, inner, font(style), measure)) {
      texts.push({ text: line, x: PAD, y, font: font(style), color: style.color });
      y += style.line;
    }
  };

  paragraph(picture.title, TITLE);
  paragraph(picture.subtitle, SMALL);
  y += 6;

  let x = PAD;
  for (const entry of picture.legend) {
    const itemWidth = SWATCH + 6 + measure(entry.label, font(SMALL)) + 16;
    if (x > PAD && x + itemWidth > PAD + inner) {
      x = PAD;
      y += SMALL.line;
    }
    swatches.push({ x, y: y + (SMALL.size - SWATCH) / 2 + 1, size: SWATCH, color: entry.color });
    texts.push({ text: entry.label, x: x + SWATCH + 6, y, font: font(SMALL), color: SMALL.color });
    x += itemWidth;
  }
  if (picture.legend.length > 0) y += SMALL.line + 6;

  const chart = { x: PAD, y };
  y += chartSize.height + 6;
  for (const note of picture.notes) paragraph(note, SMALL);
  return { width, height: Math.ceil(y + PAD), chart, texts, swatches };
}

/** A file name from the enterprise, the chart and the year, without characters file systems refuse. */
export function pngFileName(base: string): string {
  const cleaned = [...base]
    .map((ch) => (ch.charCodeAt(0) < 0x20 ? ' ' : ch))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${cleaned || 'chart'}.png`;
}
