/**
 * The application draft as a Word document (DOMAIN.md §10), written from the one DraftModel every
 * output renders: A4, numbered chapters as Heading 1, numbered tables and figures with their
 * captions, money right-aligned and formatted exactly as the other outputs format it
 * (formatDraftCell), what is still missing shaded yellow, and "第 X 页 共 Y 页" in the footer.
 *
 * Fonts: Word and LibreOffice choose a run's font per script, so every style names an East Asian font
 * (宋体 for the text, 黑体 for headings) beside the Latin one; naming only one font makes Word set the
 * Chinese text in whatever its default East Asian font is.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { draftColumnHeader, formatDraftCell } from '../../../shared/drafts/draft-cells';
import type {
  DraftBlock,
  DraftCell,
  DraftChapter,
  DraftChart,
  DraftColumn,
  DraftModel,
  DraftTable,
} from '../../../shared/drafts/draft-model';
import { barColour } from '../../../shared/drafts/draft-svg-chart';
import { draftDay } from '../../../shared/drafts/template-data';
import { message, type Lang } from '../../../shared/i18n/messages';

export interface DocxImages {
  /** A chart as a PNG of width × height pixels (electron/core/drafts/chart-png.ts). */
  chartPng(chart: DraftChart, width: number, height: number): Buffer;
}

const FONT = {
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' },
  heading: { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'SimHei' },
} as const;

// Sizes in half-points, as Chinese reports name them: 小二 18 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt.
const SIZE = { title: 44, h1: 32, h2: 28, body: 24, table: 21, tableSmall: 18, note: 18 } as const;

// A4 in twips, with Word's default Chinese margins (2.54 cm top and bottom, 3.17 cm left and right).
const PAGE = { width: 11906, height: 16838, top: 1440, bottom: 1440, left: 1800, right: 1800 } as const;
const TEXT_WIDTH_TWIPS = PAGE.width - PAGE.left - PAGE.right;
/** Charts fill the text width (about 14.6 cm) at half that height, drawn at twice the resolution. */
const CHART_PX = { width: 552, height: 276, scale: 2 } as const;

const MISSING_FILL = 'FFF2CC';
/** The narrow legend column of a chart's value table. */
const SWATCH_TWIPS = 360;
const HEADER_FILL = 'D9E2F3';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const CELL_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

const isFigure = (kind: DraftColumn['kind']) => kind === 'money' || kind === 'number' || kind === 'percent';

/** Display width in character cells, CJK characters counting two: the widest line of the text. */
export function displayWidth(value: string): number {
  return Math.max(
    0,
    ...value
      .split('\n')
      .map((line) => [...line].reduce((w, ch) => w + (/[\u1100-\uFFEF]/.test(ch) ? 2 : 1), 0)),
  );
}

function text(value: string, options: IRunOptions = {}): TextRun {
  return new TextRun({ text: value, ...options });
}

/** Line breaks inside a value (narratives, notes) become breaks inside one paragraph. */
function lines(value: string, options: IRunOptions = {}): TextRun[] {
  return value.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options }));
}

interface CellStyle {
  align: 'left' | 'right' | 'center';
  bold?: boolean;
  fill?: string;
  /** Half-points. */
  size: number;
}

function tableCell(content: string, { align, bold = false, fill, size }: CellStyle): TableCell {
  return new TableCell({
    borders: CELL_BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    children: [
      new Paragraph({
        style: 'TableText',
        alignment:
          align === 'right'
            ? AlignmentType.RIGHT
            : align === 'center'
              ? AlignmentType.CENTER
              : AlignmentType.LEFT,
        children: lines(content, { bold, size }),
      }),
    ],
  });
}

/** A half-width character takes about half the font size in width: 105 twips at 五号 (10.5 pt). */
const twipsPerChar = (size: number) => size * 5;
const CELL_MARGIN_CHARS = 2;

/**
 * Widths by content: every column first gets what it cannot do without — a figure its widest
 * figure, so amounts never wrap; text a few characters and half its header — and the room left goes
 * to the columns whose text would still wrap, in proportion to how much more they would use.
 */
function columnWidths(columns: DraftColumn[], headers: string[], cells: string[][], size: number): number[] {
  const budget = TEXT_WIDTH_TWIPS / twipsPerChar(size);
  const desired = columns.map((c, i) => {
    const widest = Math.max(
      displayWidth(headers[i] ?? ''),
      ...cells.map((row) => displayWidth(row[i] ?? '')),
    );
    return Math.min(60, widest) + CELL_MARGIN_CHARS;
  });
  const least = columns.map((c, i) => {
    const header = Math.min(8, Math.ceil(displayWidth(headers[i] ?? '') / 2)) + CELL_MARGIN_CHARS;
    const own = isFigure(c.kind) ? desired[i]! : Math.min(desired[i]!, 8 + CELL_MARGIN_CHARS);
    return Math.min(desired[i]!, Math.max(header, own));
  });
  const want = desired.reduce((a, b) => a + b, 0);
  const need = least.reduce((a, b) => a + b, 0);
  const widths =
    want <= budget
      ? desired.map((d) => (d * budget) / want)
      : need >= budget
        ? least.map((l) => (l * budget) / need)
        : least.map((l, i) => l + ((desired[i]! - l) * (budget - need)) / (want - need));
  return widths.map((w) => Math.floor(w * twipsPerChar(size)));
}

function cellAlign(column: DraftColumn): 'left' | 'right' | 'center' {
  if (isFigure(column.kind)) return 'right';
  return column.kind === 'boolean' ? 'center' : 'left';
}

interface TableOptions {
  /** A fill per body row (the chart legend's bar colours), shown in a narrow first column. */
  swatches?: string[];
}

function dataTable(
  columns: DraftColumn[],
  rows: DraftCell[][],
  total: DraftCell[] | null,
  lang: Lang,
  { swatches }: TableOptions = {},
): Table {
  // Wide tables (the equipment list has nine columns) drop to 小五 so that names do not wrap letter by letter.
  const size = columns.length >= 7 ? SIZE.tableSmall : SIZE.table;
  const headers = columns.map((c) => draftColumnHeader(c, lang));
  const format = (row: DraftCell[]) => columns.map((c, i) => formatDraftCell(row[i] ?? null, c, lang));
  const body = rows.map(format);
  // A column the total row does not add up is left blank there: "—" would read as "unknown".
  const totals = total
    ? columns.map((c, i) => (total[i] == null ? '' : formatDraftCell(total[i]!, c, lang)))
    : null;
  const swatch = swatches ? [SWATCH_TWIPS] : [];
  const widths = columnWidths(columns, headers, totals ? [...body, totals] : body, size).map((w) =>
    Math.floor((w * (TEXT_WIDTH_TWIPS - swatch.length * SWATCH_TWIPS)) / TEXT_WIDTH_TWIPS),
  );
  const row = (texts: string[], bold: boolean, fill?: string) =>
    new TableRow({
      cantSplit: true,
      children: [
        ...(swatches ? [tableCell('', { align: 'center', fill, size })] : []),
        ...columns.map((c, i) => tableCell(texts[i] ?? '', { align: cellAlign(c), bold, size })),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      ...(swatches ? [tableCell('', { align: 'center', fill: HEADER_FILL, size })] : []),
      ...headers.map((h) => tableCell(h, { align: 'center', bold: true, fill: HEADER_FILL, size })),
    ],
  });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [...swatch, ...widths],
    rows: [
      header,
      ...body.map((texts, i) => row(texts, false, swatches?.[i])),
      ...(totals ? [row(totals, true)] : []),
    ],
  });
}

function caption(value: string): Paragraph {
  return new Paragraph({ style: 'Caption', keepNext: true, children: [text(value)] });
}

function notes(items: string[], lang: Lang): Paragraph[] {
  return items.map(
    (note, i) =>
      new Paragraph({
        style: 'TableNote',
        children: [text(i === 0 ? message(lang, 'draftDoc.notes') : '', { bold: true }), ...lines(note)],
        indent: i === 0 ? undefined : { left: 480 },
      }),
  );
}

function tableBlock(table: DraftTable, lang: Lang): (Paragraph | Table)[] {
  return [
    caption(message(lang, 'draftDoc.tableCaption', { number: table.number, caption: table.caption })),
    dataTable(table.columns, table.rows, table.total, lang),
    ...notes(table.notes, lang),
  ];
}

/** The figures behind a chart, so a reader (and an agency's checker) sees the values, not only bars. */
/** Decimals of a value as the print view writes it beside its bar: at most two. */
function shownDecimals(value: number): number {
  const text = String(Math.round(value * 100) / 100);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * The figures behind a chart, each row beside its bar's colour: the picture carries no text (see
 * chart-png.ts), so this table is where a reader, and an agency's checker, reads the values.
 */
function chartValues(chart: DraftChart, lang: Lang): Table {
  const withReference = chart.bars.some((b) => b.reference !== null);
  const values = chart.bars.flatMap((b) => (b.reference === null ? [b.value] : [b.value, b.reference]));
  const decimals = Math.max(0, ...values.map(shownDecimals));
  const figure = (label: string): DraftColumn => ({
    key: label,
    label,
    kind: 'number',
    unit: null,
    decimals,
    summed: false,
  });
  const columns: DraftColumn[] = [
    {
      key: 'label',
      label: message(lang, 'draftDoc.chartItem'),
      kind: 'text',
      unit: null,
      decimals: 0,
      summed: false,
    },
    figure(message(lang, 'draftDoc.chartValue', { unit: chart.unit })),
    ...(withReference ? [figure(message(lang, 'draftDoc.chartReference', { unit: chart.unit }))] : []),
  ];
  const rows = chart.bars.map((b) => [b.label, b.value, ...(withReference ? [b.reference] : [])]);
  return dataTable(columns, rows, null, lang, {
    swatches: chart.bars.map((_, i) => barColour(i).replace('#', '').toUpperCase()),
  });
}

function chartBlock(chart: DraftChart, images: DocxImages, lang: Lang): (Paragraph | Table)[] {
  const png = images.chartPng(chart, CHART_PX.width * CHART_PX.scale, CHART_PX.height * CHART_PX.scale);
  const title = message(lang, 'draftDoc.figureCaption', { number: chart.number, caption: chart.caption });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 240 },
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: CHART_PX.width, height: CHART_PX.height },
          altText: { name: title, description: title, title },
        }),
      ],
    }),
    // Figures are captioned below, tables above, as Chinese reports do.
    caption(title),
    chartValues(chart, lang),
    new Paragraph({ children: [] }),
  ];
}

function missing(value: string, lang: Lang): Paragraph {
  return new Paragraph({
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: MISSING_FILL },
    children: [
      text(message(lang, 'draftDoc.missing'), { bold: true, highlight: 'yellow' }),
      ...lines(value, { highlight: 'yellow' }),
    ],
  });
}

function block(b: DraftBlock, model: DraftModel, images: DocxImages): (Paragraph | Table)[] {
  const lang = model.lang;
  switch (b.kind) {
    case 'paragraph':
      return [new Paragraph({ style: 'BodyText', children: lines(b.text) })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(b.text)] })];
    case 'list':
      return b.items.map(
        (item) =>
          new Paragraph({
            style: 'BodyText',
            numbering: { reference: 'bullets', level: 0 },
            children: lines(item),
          }),
      );
    case 'missing':
      return [missing(b.text, lang)];
    case 'table': {
      const table = model.tables.find((t) => t.id === b.table);
      return table ? tableBlock(table, lang) : [];
    }
    case 'chart': {
      const chart = model.charts.find((c) => c.id === b.chart);
      return chart ? chartBlock(chart, images, lang) : [];
    }
  }
}

function chapter(c: DraftChapter, model: DraftModel, images: DocxImages): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(`${c.number} ${c.heading}`)] }),
    ...c.blocks.flatMap((b) => block(b, model, images)),
  ];
}

function titlePage(model: DraftModel): Paragraph[] {
  const lang = model.lang;
  const centred = (value: string, size: number, { bold = false, before = 0 } = {}) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before, after: 240, line: 360, lineRule: LineRuleType.AUTO },
      children: [text(value, { size, bold, font: FONT.heading })],
    });
  return [
    centred(model.title, SIZE.title, { bold: true, before: 3600 }),
    centred(model.subtitle, SIZE.h2, { before: 240 }),
    centred(message(lang, 'draftDoc.applicant', { name: model.facts.enterprise.name }), SIZE.h2, {
      before: 3600,
    }),
    centred(message(lang, 'draftDoc.date', { date: draftDay(model.date, lang) }), SIZE.h2),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** The gaps listed up front, so the user sees at once what is still theirs to write. */
function gapsPage(model: DraftModel): Paragraph[] {
  if (model.gaps.length === 0) return [];
  const lang = model.lang;
  const numberOf = new Map(model.chapters.map((c) => [c.id, c.number]));
  return [
    new Paragraph({
      style: 'FrontHeading',
      children: [text(message(lang, 'draftDoc.gapsHeading', { count: model.gaps.length }))],
    }),
    new Paragraph({ style: 'BodyText', children: [text(message(lang, 'draftDoc.gapsIntro'))] }),
    ...model.gaps.map(
      (g) =>
        new Paragraph({
          style: 'BodyText',
          numbering: { reference: 'bullets', level: 0 },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: MISSING_FILL },
          children: [
            text(message(lang, 'draftDoc.gapLine', { chapter: numberOf.get(g.chapter) ?? '', text: g.text })),
          ],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function contents(lang: Lang): (Paragraph | TableOfContents)[] {
  return [
    new Paragraph({ style: 'FrontHeading', children: [text(message(lang, 'draftDoc.contents'))] }),
    // Filled with the chapter headings as written; Word puts in the page numbers when it opens the file.
    new TableOfContents(message(lang, 'draftDoc.contents'), { hyperlink: true, headingStyleRange: '1-1' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** "第 {{page}} 页 共 {{pages}} 页" with the two numbers as fields Word and LibreOffice keep up to date. */
function pageFooter(lang: Lang): Footer {
  const template = message(lang, 'draftDoc.pageFooter', {
    page: '\u0000page\u0000',
    pages: '\u0000pages\u0000',
  });
  const children: ParagraphChild[] = template
    .split('\u0000')
    .filter((part) => part !== '')
    .map((part) =>
      part === 'page'
        ? new TextRun({ children: [PageNumber.CURRENT], size: SIZE.note })
        : part === 'pages'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], size: SIZE.note })
          : new TextRun({ text: part, size: SIZE.note }),
    );
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

export async function writeDocxDraft(model: DraftModel, images: DocxImages): Promise<Buffer> {
  const lang = model.lang;
  const eastAsiaLang = { value: lang === 'en' ? 'en-GB' : 'zh-CN', eastAsia: 'zh-CN' };
  const doc = new Document({
    title: `${model.title} ${model.subtitle}`.trim(),
    subject: model.facts.project.name,
    creator: model.facts.enterprise.name,
    description: model.subtitle,
    styles: {
      default: {
        document: {
          run: { font: FONT.body, size: SIZE.body, language: eastAsiaLang },
          paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: FONT.heading, size: SIZE.h1, bold: true, color: '000000' },
          paragraph: {
            spacing: { before: 480, after: 240, line: 360, lineRule: LineRuleType.AUTO },
            keepNext: true,
            keepLines: true,
          },
        },
        heading2: {
          run: { font: FONT.heading, size: SIZE.h2, bold: true, color: '000000' },
          paragraph: {
            spacing: { before: 240, after: 120, line: 360, lineRule: LineRuleType.AUTO },
            keepNext: true,
            keepLines: true,
          },
        },
        title: { run: { font: FONT.heading, size: SIZE.title, bold: true } },
      },
      paragraphStyles: [
        {
          id: 'BodyText',
          name: 'Body Text',
          basedOn: 'Normal',
          quickFormat: true,
          // Chinese paragraphs open with a two-character indent.
          paragraph: {
            indent: { firstLine: 480 },
            spacing: { after: 60, line: 360, lineRule: LineRuleType.AUTO },
          },
        },
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: FONT.heading, size: SIZE.table, bold: true },
          paragraph: {
            alignment: AlignmentType.CENTER,
            spacing: { before: 120, after: 60, line: 300, lineRule: LineRuleType.AUTO },
          },
        },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: SIZE.table },
          paragraph: { spacing: { before: 0, after: 0, line: 276, lineRule: LineRuleType.AUTO } },
        },
        {
          id: 'TableNote',
          name: 'Table Note',
          basedOn: 'Normal',
          run: { size: SIZE.note },
          paragraph: { spacing: { before: 40, after: 40, line: 276, lineRule: LineRuleType.AUTO } },
        },
        {
          id: 'FrontHeading',
          name: 'Front Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: FONT.heading, size: SIZE.h1, bold: true },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 480, hanging: 240 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: 720 },
          },
        },
        // The cover carries no page number; every other page does.
        footers: { first: new Footer({ children: [] }), default: pageFooter(lang) },
        children: [
          ...titlePage(model),
          ...gapsPage(model),
          ...contents(lang),
          ...model.chapters.flatMap((c) => chapter(c, model, images)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
