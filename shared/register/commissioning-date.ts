/**
 * The year (and month when given) equipment went into service, from whatever a register holds:
 * "2015年3月", "2015/3/1", "2015-03", "2015.3", "201503", "2015", an Excel date serial such as
 * 42064, or a Date from an XLSX date cell.
 */
import { cellText, foldWidth, isBlankCell, wordKey, type CellValue } from './cell-value';
import { LIMITS } from './equipment-row';
import type { Parsed } from './value-parsers';

export interface YearMonth {
  year: number;
  month: number | null;
}

// Year first, then optional month and day, with 年月日 or - / . between them or nothing (201503).
const YEAR_FIRST =
  /^(\d{4})\s*(?:年|[-/.])?\s*(?:(\d{1,2})\s*(?:月|[-/.])?\s*(?:(\d{1,2})\s*日?)?)?\s*(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
// Day and month before the year (3/1/2015): which is which depends on the locale that wrote it.
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** Serial numbers above this are dates in Excel's 1900 system; at or below, a number is a year. */
const LAST_YEAR_AS_NUMBER = 2200;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const MAX_EXCEL_SERIAL = 2_958_465; // 9999-12-31

/** A register holds a few hundred distinct dates at most: each text is parsed once per reference year. */
const cache = new Map<string, Parsed<YearMonth | null>>();
let cachedForYear = 0;
const CACHE_LIMIT = 4096;

export function parseCommissioned(raw: CellValue, referenceYear: number): Parsed<YearMonth | null> {
  if (typeof raw !== 'string') return parseCell(raw, referenceYear);
  if (cachedForYear !== referenceYear || cache.size >= CACHE_LIMIT) {
    cache.clear();
    cachedForYear = referenceYear;
  }
  let hit = cache.get(raw);
  if (hit === undefined) {
    hit = parseCell(raw, referenceYear);
    cache.set(raw, hit);
  }
  return hit;
}

function parseCell(raw: CellValue, referenceYear: number): Parsed<YearMonth | null> {
  if (isBlankCell(raw)) return { ok: true, value: null };
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return invalid(raw);
    return checkYear({ year: raw.getUTCFullYear(), month: raw.getUTCMonth() + 1 }, referenceYear, raw);
  }
  if (typeof raw === 'number') return fromNumber(raw, referenceYear);
  if (typeof raw === 'boolean') return invalid(raw);
  const text = foldWidth(cellText(raw)).trim();
  if (wordKey(text) === '') return { ok: true, value: null };
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromNumber(Number(text), referenceYear); // a serial pasted as text
  const m = YEAR_FIRST.exec(text);
  if (m) {
    const month = m[2] === undefined ? null : Number(m[2]);
    const day = m[3] === undefined ? null : Number(m[3]);
    if ((month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > 31)))
      return invalid(raw);
    return checkYear({ year: Number(m[1]), month }, referenceYear, raw);
  }
  const last = YEAR_LAST.exec(text);
  if (last) {
    const a = Number(last[1]);
    const b = Number(last[2]);
    // Only an impossible month tells the order; otherwise keep the year and leave the month unknown.
    const month = a > 12 && b <= 12 ? b : b > 12 && a <= 12 ? a : null;
    if (a < 1 || b < 1 || (a > 12 && b > 12) || a > 31 || b > 31) return invalid(raw);
    return checkYear({ year: Number(last[3]), month }, referenceYear, raw);
  }
  return invalid(raw);
}

function fromNumber(n: number, referenceYear: number): Parsed<YearMonth | null> {
  if (!Number.isFinite(n) || n <= 0) return invalid(n);
  if (n <= LAST_YEAR_AS_NUMBER) {
    // 2015 is a year; 2015.3 is how Excel keeps "2015.3" typed into a number cell.
    const year = Math.trunc(n);
    const fraction = cellText(n).split('.')[1];
    const month = fraction === undefined ? null : Number(fraction);
    if (month !== null && (month < 1 || month > 12)) return invalid(n);
    return checkYear({ year, month }, referenceYear, n);
  }
  if (n > MAX_EXCEL_SERIAL) return invalid(n);
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(n) * DAY_MS);
  return checkYear({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 }, referenceYear, n);
}

function checkYear(value: YearMonth, referenceYear: number, raw: CellValue): Parsed<YearMonth | null> {
  if (value.year > referenceYear) {
    return { ok: false, issue: { key: 'register.yearFuture', params: { year: value.year, referenceYear } } };
  }
  if (value.year < LIMITS.minYear) {
    return {
      ok: false,
      issue: { key: 'register.yearTooOld', params: { year: value.year, value: cellText(raw) } },
    };
  }
  return { ok: true, value };
}

function invalid(raw: CellValue): Parsed<YearMonth | null> {
  return { ok: false, issue: { key: 'register.dateInvalid', params: { value: cellText(raw) } } };
}
