/**
 * The print view of a draft: one self-contained HTML document (inline CSS, charts as inline SVG, no
 * script, no external resource) laid out for A4, which Chromium prints to the PDF draft in the
 * desktop app (printToPDF) and in the browser host and tests (Playwright page.pdf).
 *
 * Page numbers: Chromium does not print CSS margin boxes (@bottom-center with counter(page)), so the
 * printers must pass DRAFT_PDF_FOOTER as the footer template with displayHeaderFooter: true and
 * DRAFT_PDF_HEADER as the header (an empty one; Chromium's default prints the title and date), and
 * preferCSSPageSize: true so the @page size and margins below apply.
 */
import { draftColumnHeader, formatDraftCell } from './draft-cells';
import type { DraftBlock, DraftChart, DraftModel, DraftTable } from './draft-model';
import { chartSvg } from './draft-svg-chart';

/** Chromium fills the pageNumber and totalPages spans; styles must be inline (the page's CSS does not apply). */
export const DRAFT_PDF_FOOTER =
  '<div style="width:100%;font-size:9px;color:#555;text-align:center;font-family:\'Noto Serif CJK SC\',\'Noto Sans CJK SC\',serif;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';
export const DRAFT_PDF_HEADER = '<div></div>';

const FONTS = "'Noto Serif CJK SC','Noto Sans CJK SC','Source Han Serif SC','SimSun','Songti SC',serif";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const WORDS = {
  'zh-CN': {
    table: '表',
    figure: '图',
    missing: '【待补充】',
    gapsHeading: '待补充事项',
    noGaps: '没有待补充的内容。',
    draftNote:
      '本文件由技改规划助手根据企业档案、设备台账和项目计划生成，是申请材料的草稿，请核对并补充后使用。',
    notes: '注：',
    date: '编制日期：',
    enterprise: '申报单位：',
    separator: '：',
  },
  en: {
    table: 'Table ',
    figure: 'Figure ',
    missing: '[To be supplied] ',
    gapsHeading: 'Still to supply',
    noGaps: 'Nothing is missing.',
    draftNote:
      'Made by Retrofit Planner from the enterprise profile, equipment register and project plan: a draft of the application, to be checked and completed before use.',
    notes: 'Notes: ',
    date: 'Date: ',
    enterprise: 'Applicant: ',
    separator: ': ',
  },
} as const;

const CSS = `
@page { size: A4; margin: 25mm 22mm 22mm 25mm; }
* { box-sizing: border-box; }
html { font-family: ${FONTS}; font-size: 10.5pt; line-height: 1.6; color: #000; }
body { margin: 0; }
.front { height: 230mm; display: flex; flex-direction: column; justify-content: center; text-align: center; break-after: page; }
.front h1 { font-size: 24pt; margin: 0 0 18mm; line-height: 1.4; }
.front .meta { font-size: 14pt; margin: 4mm 0; }
.front .note { font-size: 9pt; color: #444; margin-top: 30mm; }
.gaps { break-after: page; }
.gaps h2 { font-size: 14pt; }
h2 { font-size: 15pt; margin: 8mm 0 3mm; break-after: avoid; }
h3 { font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2mm; text-indent: 2em; text-align: justify; }
ul { margin: 0 0 2mm; padding-left: 2em; }
.missing { background: #fff3a8; border-left: 3pt solid #e0a800; padding: 1.5mm 3mm; margin: 0 0 2mm; }
.missing b { color: #a15c00; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 1mm; font-size: 9pt; line-height: 1.35; }
caption { caption-side: top; font-weight: bold; padding-bottom: 1.5mm; font-size: 10pt; }
th, td { border: 0.75pt solid #000; padding: 1mm 1.5mm; vertical-align: top; overflow-wrap: break-word; }
td.w { overflow-wrap: anywhere; }
th { background: #eee; font-weight: bold; text-align: center; }
td.n { text-align: right; white-space: nowrap; }
thead { display: table-header-group; }
/* Chromium repeats a tfoot on every page; the total belongs once, after the last row. */
tfoot { display: table-row-group; }
tr { break-inside: avoid; }
tfoot td { font-weight: bold; }
td:first-child { min-width: 5.5em; }
.table-notes { font-size: 8.5pt; color: #333; margin: 0 0 3mm; }
.table-notes p { text-indent: 0; margin: 0; }
figure { margin: 3mm 0; text-align: center; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-weight: bold; font-size: 10pt; margin-top: 1mm; }
`;

type Words = (typeof WORDS)[keyof typeof WORDS];

const NUMERIC = new Set(['money', 'number', 'percent']);
/** Characters beyond which a text cell may break inside a word. */
const LONG_TEXT = 16;

function tableHtml(model: DraftModel, table: DraftTable, w: Words): string {
  const cell = (value: DraftTable['rows'][number][number], i: number, total = false) => {
    const column = table.columns[i]!;
    // A total row leaves the columns it does not total blank rather than "unknown".
    const text = total && value === null ? '' : formatDraftCell(value, column, model.lang);
    // Figures stay whole; only long text (sources, references) may break anywhere to fit the page.
    const cls =
      NUMERIC.has(column.kind) && typeof value === 'number'
        ? ' class="n"'
        : [...text].length > LONG_TEXT
          ? ' class="w"'
          : '';
    return `<td${cls}>${escapeHtml(text)}</td>`;
  };
  const head = table.columns.map((c) => `<th>${escapeHtml(draftColumnHeader(c, model.lang))}</th>`).join('');
  const rows = table.rows.map((r) => `<tr>${r.map((v, i) => cell(v, i)).join('')}</tr>`).join('');
  const total = table.total
    ? `<tfoot><tr>${table.total.map((v, i) => cell(v, i, true)).join('')}</tr></tfoot>`
    : '';
  const notes = table.notes.length
    ? `<div class="table-notes">${table.notes.map((n, i) => `<p>${i === 0 ? escapeHtml(w.notes) : ''}${escapeHtml(n)}</p>`).join('')}</div>`
    : '';
  return `<table data-table="${escapeHtml(table.id)}"><caption>${escapeHtml(`${w.table}${table.number} ${table.caption}`)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody>${total}</table>${notes}`;
}

function chartHtml(model: DraftModel, chart: DraftChart, w: Words): string {
  return `<figure data-chart="${escapeHtml(chart.id)}">${chartSvg(chart, model.lang)}<figcaption>${escapeHtml(`${w.figure}${chart.number} ${chart.caption}`)}</figcaption></figure>`;
}

function blockHtml(model: DraftModel, block: DraftBlock, w: Words): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'subheading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'missing':
      return `<div class="missing"><b>${escapeHtml(w.missing)}</b>${escapeHtml(block.text)}</div>`;
    case 'table': {
      const table = model.tables.find((t) => t.id === block.table);
      return table ? tableHtml(model, table, w) : '';
    }
    case 'chart': {
      const chart = model.charts.find((c) => c.id === block.chart);
      return chart ? chartHtml(model, chart, w) : '';
    }
  }
}

export function draftHtml(model: DraftModel): string {
  const w = WORDS[model.lang];
  const front = `<section class="front"><h1>${escapeHtml(model.title)}</h1><div class="meta">${escapeHtml(w.enterprise + model.facts.enterprise.name)}</div><div class="meta">${escapeHtml(w.date + model.date)}</div><div class="note">${escapeHtml(w.draftNote)}</div></section>`;
  const chapterOf = new Map(model.chapters.map((c) => [c.id, c]));
  const gaps = `<section class="gaps"><h2>${escapeHtml(w.gapsHeading)}</h2>${
    model.gaps.length
      ? `<ul>${model.gaps
          .map((g) => {
            const c = chapterOf.get(g.chapter);
            return `<li class="missing">${escapeHtml(c ? `${c.number} ${c.heading}${w.separator}${g.text}` : g.text)}</li>`;
          })
          .join('')}</ul>`
      : `<p>${escapeHtml(w.noGaps)}</p>`
  }</section>`;
  const chapters = model.chapters
    .map(
      (c) =>
        `<section class="chapter" data-chapter="${escapeHtml(c.id)}"><h2>${escapeHtml(`${c.number} ${c.heading}`)}</h2>${c.blocks
          .map((b) => blockHtml(model, b, w))
          .join('')}</section>`,
    )
    .join('');
  return `<!DOCTYPE html><html lang="${model.lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>${escapeHtml(model.title)}</title><style>${CSS}</style></head><body>${front}${gaps}${chapters}</body></html>`;
}
