/**
 * Which cell styles show a number as a date. An XLSX stores dates as serial numbers; only the
 * style's number format says "date", so the reader needs, for each cellXfs index, whether its
 * format has date or time tokens.
 */
import { elementRange, startTags } from './xml-scan';

/**
 * Built-in formats that are dates or times: 14–22 everywhere, 45–47 (mm:ss, [h]:mm:ss, mmss.0),
 * and the East Asian ones (27–36, 50–58: 2001年3月14日, 3月14日, 13时30分 and the like), which
 * Chinese Excel applies without writing their codes into styles.xml.
 */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/**
 * Whether a format code shows a date or time: a y, m, d, h, s (or Buddhist-era b) token outside
 * quoted text, [brackets] (colours, locales, elapsed-time and condition sections), backslash
 * escapes, and the character after _ (padding) or * (fill). "0.0\h" or 0" kWh" stay numbers.
 */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[ymdhsb]/i.test(bare);
}

/** For each cellXfs index of styles.xml, whether it formats numbers as dates. */
export function dateStyles(xml: string, prefix: string): Uint8Array {
  const custom = new Map<number, string>();
  const numFmts = elementRange(xml, prefix, 'numFmts');
  if (numFmts) {
    for (const tag of startTags(xml, prefix, 'numFmt', numFmts[0], numFmts[1])) {
      const id = Number(tag.attributes.get('numFmtId'));
      if (Number.isInteger(id)) custom.set(id, tag.attributes.get('formatCode') ?? '');
    }
  }
  const cellXfs = elementRange(xml, prefix, 'cellXfs');
  if (!cellXfs) return new Uint8Array(0);
  const dates: number[] = [];
  for (const xf of startTags(xml, prefix, 'xf', cellXfs[0], cellXfs[1])) {
    const id = Number(xf.attributes.get('numFmtId') ?? 0);
    const code = custom.get(id);
    dates.push((code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id)) ? 1 : 0);
  }
  return Uint8Array.from(dates);
}

/** Milliseconds in a day. */
const DAY = 24 * 3600 * 1000;

/**
 * A serial number as a Date, computed as exceljs did (Excel's 1900 system counts a 29 Feb 1900
 * that never was; 1904 workbooks count from 1 Jan 1904), to the millisecond, in UTC.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY));
}
