/**
 * Normalisers for register cells. Each returns the value in the stored unit, null for a blank
 * cell, or an issue (a message key with parameters from shared/i18n's `register` group).
 */
import type { Params } from '../api/errors';
import { MAX_YUAN } from '../money';
import {
  booleanKey,
  cellText,
  cleanText,
  foldWidth,
  isBlankCell,
  unescapeFormulaText,
  wordKey,
  type CellValue,
} from './cell-value';
import {
  isPlainNumber,
  numericCellText,
  plainScaled,
  readDecimal,
  scaleDecimal,
  splitNumberUnit,
  type DecimalText,
} from './decimal-text';
import { LIMITS, TEXT_MAX, type TextField } from './equipment-row';
import {
  EFFICIENCY_CLASSES,
  ENERGY_SOURCE_WORDS,
  EQUIPMENT_STATUSES,
  type EfficiencyClass,
  type RegisterEnergySource,
  type StatusCode,
} from './taxonomy';

export interface ValueIssue {
  key: string;
  params: Params;
}

/** Results may be shared between calls (see memoized): treat them as read-only. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T; readonly warning?: ValueIssue }
  | { readonly ok: false; readonly issue: ValueIssue };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (key: string, params: Params = {}): { ok: false; issue: ValueIssue } => ({
  ok: false,
  issue: { key, params },
});
const BLANK: Parsed<null> = { ok: true, value: null };

function isPlaceholder(raw: CellValue): boolean {
  return typeof raw === 'string' && wordKey(raw) === '';
}

/**
 * Columns such as status, yes/no or quantity hold a handful of distinct texts over thousands of
 * rows: each distinct text is parsed once. The cache is bounded and simply restarts when full.
 */
function memoized<T>(parse: (raw: CellValue) => Parsed<T>, limit = 4096): (raw: CellValue) => Parsed<T> {
  const cache = new Map<string, Parsed<T>>();
  return (raw) => {
    if (typeof raw !== 'string') return parse(raw);
    let hit = cache.get(raw);
    if (hit === undefined) {
      if (cache.size >= limit) cache.clear();
      hit = parse(raw);
      cache.set(raw, hit);
    }
    return hit;
  };
}

/** Reads a number with an optional unit from a cell; `units` maps accepted unit words to factors. */
function readMeasure(
  raw: CellValue,
  units: ReadonlyMap<string, number>,
): { d: DecimalText; factor: number | null } | ValueIssue {
  const text = numericCellText(raw);
  if (isPlainNumber(text)) return { d: readDecimal(text) as DecimalText, factor: null };
  const { number, unit } = splitNumberUnit(text);
  const d = readDecimal(number);
  if (!d) return { key: 'register.notNumber', params: { value: text } };
  if (unit === '') return { d, factor: null };
  const factor = units.get(unit);
  if (factor === undefined) return { key: 'register.unknownUnit', params: { value: text, unit } };
  return { d, factor };
}

function isIssue<T extends object>(x: T | ValueIssue): x is ValueIssue {
  return 'key' in x;
}

// ---- money -------------------------------------------------------------------------------------

const MONEY_UNITS = new Map<string, number>([
  ['元', 1],
  ['yuan', 1],
  ['rmb', 1],
  ['cny', 1],
  ['千元', 1_000],
  ['万元', 10_000],
  ['万', 10_000],
]);

/**
 * Money in yuan rounded to fen. `scale` is the header's unit (10,000 for a 万元 column); a unit in
 * the cell itself ("33.48万元", "¥1,234") wins over the header.
 */
export function parseMoney(raw: CellValue, scale = 1): Parsed<number | null> {
  if (isBlankCell(raw)) return BLANK;
  const shift = Math.round(Math.log10(scale));
  const fast = plainScaled(numericCellText(raw), shift, 2);
  if (fast !== null)
    return fast > MAX_YUAN ? fail('register.tooBig', { value: cellText(raw), maximum: MAX_YUAN }) : ok(fast);
  if (isPlaceholder(raw)) return BLANK;
  const m = readMeasure(raw, MONEY_UNITS);
  if (isIssue(m)) return { ok: false, issue: m };
  if (m.d.negative) return fail('register.negative', { value: cellText(raw) });
  const yuan = scaleDecimal(m.d, m.factor === null ? shift : Math.round(Math.log10(m.factor)), 2);
  if (yuan > MAX_YUAN) return fail('register.tooBig', { value: cellText(raw), maximum: MAX_YUAN });
  return ok(yuan);
}

// ---- power -------------------------------------------------------------------------------------

export const HP_KW = 0.7457;

const POWER_UNITS = new Map<string, number>([
  ['kw', 1],
  ['千瓦', 1],
  ['w', 0.001],
  ['瓦', 0.001],
  ['mw', 1000],
  ['兆瓦', 1000],
  ['hp', HP_KW],
  ['马力', HP_KW],
]);

/** One term of an installed-power cell: "7.5", or "2×7.5" for two motors of 7.5. */
const TIMES = /[×x*]/i;

/**
 * Rated power per unit in kW. Accepts kW/千瓦, W/瓦, hp/马力 (× 0.7457) and MW, and the installed
 * power of machines with several motors written "11+2.2" or "2×7.5". `scale` is the header's unit.
 * Zero is read as unknown (null) with a warning, so it cannot pull power-weighted figures down.
 */
export function parsePower(raw: CellValue, scale = 1): Parsed<number | null> {
  if (isBlankCell(raw) || isPlaceholder(raw)) return BLANK;
  const text = numericCellText(raw);
  let kw: number;
  const fast = scale === 1 ? plainScaled(text, 0, 6) : null;
  if (fast !== null) {
    kw = fast;
  } else if (isPlainNumber(text)) {
    kw = scaleKw(readDecimal(text) as DecimalText, scale);
  } else {
    const { number, unit } = splitNumberUnit(text);
    const factor = unit === '' ? scale : POWER_UNITS.get(unit);
    if (factor === undefined) return fail('register.unknownUnit', { value: text, unit });
    const summed = sumOfProducts(number, factor);
    if (summed === null) return fail('register.notNumber', { value: text });
    kw = summed;
  }
  if (kw < 0) return fail('register.negative', { value: text });
  if (kw > LIMITS.maxKw) return fail('register.tooBig', { value: text, maximum: LIMITS.maxKw });
  if (kw === 0) return { ok: true, value: null, warning: { key: 'register.powerZero', params: {} } };
  return ok(kw);
}

function scaleKw(d: DecimalText, factor: number): number {
  const tenPower = Math.log10(factor);
  if (Number.isInteger(tenPower)) return scaleDecimal(d, tenPower, 6);
  return Math.round(scaleDecimal(d, 0, 6) * factor * 1e4) / 1e4;
}

function sumOfProducts(expr: string, factor: number): number | null {
  const tenPower = Math.log10(factor);
  const fast = Number.isInteger(tenPower) ? plainScaled(expr, tenPower, 6) : null;
  if (fast !== null) return fast;
  const direct = readDecimal(expr);
  if (direct) return scaleKw(direct, factor);
  let total = 0;
  for (const term of expr.split('+')) {
    const [count, each, extra] = term.split(TIMES);
    if (extra !== undefined || count === undefined) return null;
    const c = readDecimal(count);
    if (!c || c.negative) return null;
    if (each === undefined) {
      total += scaleKw(c, factor);
      continue;
    }
    const e = readDecimal(each);
    if (!e || e.negative) return null;
    total += scaleDecimal(c, 0, 6) * scaleKw(e, factor);
  }
  return Math.round(total * 1e6) / 1e6;
}

// ---- quantity ----------------------------------------------------------------------------------

// Chinese measure words for machines and fittings (台 machines, 套 sets, 个 pieces …).
const COUNT_WORDS = [...'台套个件只把辆部组条根座架张块副孔樘'];
const QUANTITY_UNITS = new Map<string, number>(
  [...COUNT_WORDS, 'pc', 'pcs', 'unit', 'units', 'set', 'sets', 'no', 'nos', 'ea', 'each'].map((w) => [w, 1]),
);

/** Units in the row: "3台", "2套", "1 pcs". Zero, negative and fractional counts are errors. */
export const parseQuantity = memoized(function parseQuantity(raw: CellValue): Parsed<number | null> {
  if (isBlankCell(raw) || isPlaceholder(raw)) return BLANK;
  const m = readMeasure(raw, QUANTITY_UNITS);
  if (isIssue(m)) return { ok: false, issue: m };
  const n = scaleDecimal(m.d, 0, 6);
  if (n <= 0) return fail('register.quantityNotPositive', { value: cellText(raw) });
  if (!Number.isInteger(n)) return fail('register.quantityNotInteger', { value: cellText(raw) });
  if (n > LIMITS.maxQuantity)
    return fail('register.tooBig', { value: cellText(raw), maximum: LIMITS.maxQuantity });
  return ok(n);
});

// ---- hours and load factor ---------------------------------------------------------------------

const HOUR_UNITS = new Map<string, number>(
  ['h', 'hr', 'hrs', 'hour', 'hours', '小时', '时', 'h/a', 'h/年', '小时/年'].map((w) => [w, 1]),
);

/** Annual operating hours, 0–8784. */
export const parseAnnualHours = memoized(function parseAnnualHours(raw: CellValue): Parsed<number | null> {
  if (isBlankCell(raw) || isPlaceholder(raw)) return BLANK;
  const m = readMeasure(raw, HOUR_UNITS);
  if (isIssue(m)) return { ok: false, issue: m };
  if (m.d.negative) return fail('register.negative', { value: cellText(raw) });
  const h = scaleDecimal(m.d, 0, 2);
  if (h > LIMITS.maxAnnualHours)
    return fail('register.hoursTooMany', { value: cellText(raw), maximum: LIMITS.maxAnnualHours });
  return ok(h);
});

const PERCENT_UNITS = new Map<string, number>([['%', 0.01]]);

/** Load factor 0–1; "60%" or a (%) column gives 0.6. `scale` is 0.01 for a percent column. */
export function parseLoadFactor(raw: CellValue, scale = 1): Parsed<number | null> {
  if (isBlankCell(raw) || isPlaceholder(raw)) return BLANK;
  const m = readMeasure(raw, PERCENT_UNITS);
  if (isIssue(m)) return { ok: false, issue: m };
  const v = scaleDecimal(m.d, Math.round(Math.log10(m.factor ?? scale)), 6);
  if (v < 0 || v > 1) return fail('register.loadFactorRange', { value: cellText(raw) });
  return ok(v);
}

// ---- booleans ----------------------------------------------------------------------------------

const BOOLEAN_WORDS = new Map<string, boolean>([
  ...[
    '是',
    '有',
    '已',
    '对',
    'y',
    'yes',
    'true',
    't',
    '1',
    '√',
    '✓',
    '✔',
    '☑',
    '已联网',
    '联网',
    '已数控',
    '数控',
  ].map((w) => [w, true] as const),
  ...[
    '否',
    '无',
    '没有',
    '不是',
    '未',
    'n',
    'no',
    'false',
    'f',
    '0',
    '×',
    'x',
    '✗',
    '✘',
    '☐',
    '未联网',
    '不联网',
    '非数控',
  ].map((w) => [w, false] as const),
]);

/** 是/否, Y/N, √/×, ✓/✗, 1/0, true/false, 有/无. A blank cell is null (the caller decides). */
export const parseBoolean = memoized(function parseBoolean(raw: CellValue): Parsed<boolean | null> {
  if (typeof raw === 'boolean') return ok(raw);
  if (isBlankCell(raw)) return BLANK;
  const key = booleanKey(raw);
  const value = BOOLEAN_WORDS.get(key);
  if (value !== undefined) return ok(value);
  if (key === '-' || key === '/' || key === '—') return BLANK;
  return fail('register.booleanInvalid', { value: cellText(raw) });
});

// ---- efficiency class --------------------------------------------------------------------------

const IE_BY_GB_GRADE = new Map<string, EfficiencyClass>();
for (const c of EFFICIENCY_CLASSES) {
  if (c.gbGrade === null) continue;
  IE_BY_GB_GRADE.set(String(c.gbGrade), c.code);
  IE_BY_GB_GRADE.set('一二三'.charAt(c.gbGrade - 1), c.code);
}
// IE1…IE5 in any case and spacing; YE2…YE5 are the Chinese motor series built to those classes.
const IE_CODE = /^(?:ie|ye)[-_ ]*(\d+)$/;
const GB_GRADE = /^(?:gb)?(?:能效)?(?:等级)?([一二三四五\d]+)级(?:能效)?$/;

/**
 * IE1–IE5 (any case or spacing), and GB 18613-2020 grades: 一级/1级 → IE5, 二级 → IE4,
 * 三级 → IE3. Anything else (IE9, 四级) is an unknown class.
 */
export const parseEfficiencyClass = memoized(function parseEfficiencyClass(
  raw: CellValue,
): Parsed<EfficiencyClass | null> {
  const key = wordKey(raw).replaceAll(' ', '');
  if (key === '') return BLANK;
  const ie = IE_CODE.exec(key);
  if (ie) {
    const code = `IE${ie[1]}`;
    if (EFFICIENCY_CLASSES.some((c) => c.code === code)) return ok(code as EfficiencyClass);
    return fail('register.efficiencyUnknown', { value: cellText(raw) });
  }
  const gb = GB_GRADE.exec(key);
  const byGrade = gb ? IE_BY_GB_GRADE.get(gb[1] as string) : undefined;
  if (byGrade) return ok(byGrade);
  return fail('register.efficiencyUnknown', { value: cellText(raw) });
});

// ---- status and energy source ------------------------------------------------------------------

const STATUS_WORDS = new Map<string, StatusCode>();
for (const s of EQUIPMENT_STATUSES) {
  for (const w of [s.code, s.zh, s.en, ...s.synonyms])
    STATUS_WORDS.set(w.toLowerCase().replaceAll(' ', ''), s.code);
}
const BRACKETED = /[(（【[].*?[)）】\]]/g;

/** 在用/使用中/正常 → in_service, 维修/故障 → under_repair, 闲置/停用 → idle, 待报废, 报废/已报废 → retired. */
export const parseStatus = memoized(function parseStatus(raw: CellValue): Parsed<StatusCode | null> {
  const key = wordKey(raw).replaceAll(' ', '');
  if (key === '') return BLANK;
  // "在用（良好）": the remark in brackets does not change the status.
  const status = STATUS_WORDS.get(key) ?? STATUS_WORDS.get(key.replace(BRACKETED, ''));
  return status ? ok(status) : fail('register.statusUnknown', { value: cellText(raw) });
});

const ENERGY_WORDS = new Map<string, RegisterEnergySource>();
const ENERGY_CONTAINED: [string, RegisterEnergySource][] = [];
for (const [code, words] of Object.entries(ENERGY_SOURCE_WORDS) as [
  RegisterEnergySource,
  readonly string[],
][]) {
  ENERGY_WORDS.set(code, code);
  for (const w of words) {
    ENERGY_WORDS.set(w, code);
    if (w.length >= 2) ENERGY_CONTAINED.push([w, code]);
  }
}
// Longest words first, so 燃料油 is found before 燃油 and 天然气 before 燃气.
ENERGY_CONTAINED.sort((a, b) => b[0].length - a[0].length);

/** 电/电力 → electricity, 天然气/燃气 → natural_gas, 柴油, 煤, 燃油/重油, 蒸汽, 其他. */
export const parseEnergySource = memoized(function parseEnergySource(
  raw: CellValue,
): Parsed<RegisterEnergySource | null> {
  const key = wordKey(raw);
  if (key === '') return BLANK;
  const exact = ENERGY_WORDS.get(key);
  if (exact) return ok(exact);
  const contained = ENERGY_CONTAINED.find(([w]) => key.includes(w));
  return contained ? ok(contained[1]) : fail('register.energySourceUnknown', { value: cellText(raw) });
});

// ---- text --------------------------------------------------------------------------------------

/**
 * Free text, trimmed; null when blank. A cell starting with = + - @ stays exactly that text: the
 * importer never evaluates anything, and exports must neutralise it for spreadsheets.
 */
export function parseText(raw: CellValue, field: TextField): Parsed<string | null> {
  const text = textValue(raw);
  if (text === null) return BLANK;
  return text.length > TEXT_MAX[field] ? textTooLong(text, field) : ok(text);
}

/**
 * The trimmed text of a cell, null when blank; parseText without the length check or the wrapper.
 * Line breaks become LF, other control characters go (cleanText), and the apostrophe an export
 * put before formula-looking text ('=SUM…) is removed again.
 */
export function textValue(raw: CellValue): string | null {
  if (raw === null || raw === undefined) return null;
  const text = unescapeFormulaText(cleanText(typeof raw === 'string' ? raw : cellText(raw)).trim());
  return text === '' ? null : text;
}

export function textTooLong(text: string, field: TextField): Parsed<never> {
  return fail('register.textTooLong', { max: TEXT_MAX[field], length: text.length });
}

/** Asset codes are the re-import key: full-width letters and digits are folded so ＥＱ－０１ matches EQ-01. */
export function parseAssetCode(raw: CellValue): Parsed<string | null> {
  const text = parseText(raw, 'asset_code');
  return text.ok && text.value !== null ? ok(foldWidth(text.value)) : text;
}
