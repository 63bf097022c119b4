/**
 * One register row from its cells to a stored EquipmentRow, or its rejection with every reason.
 * A row with any error is rejected whole; warnings say what was assumed or inferred.
 *
 * Defaults, chosen so that nothing is invented silently:
 * - asset code: null when blank. In a file with a code column that gets a warning (the code is
 *   the re-import key: such a row is added anew each time), not a rejection, so that rows the app
 *   holds without a code survive export and re-import. A file without a code column gives null
 *   codes and `hasCodeColumn(mapping)` false, and the import keys such rows by line.
 * - quantity: 1 when blank (one row, one asset), with a warning when the column exists.
 * - status: in_service when blank, with a warning when the column exists.
 * - cnc / networked: false when blank; robots are always CNC (DOMAIN.md §4).
 * - load_factor: null when not given; the indicator code applies its documented 0.6 default.
 * - energy_source: the cell; else a fuel word in the name (燃煤锅炉 → coal, 电动叉车 →
 *   electricity) with a warning; else electricity for the electric categories (machine tools,
 *   motors, SMT…); else null (boilers, generators, forklifts, other), where guessing would
 *   decide a seed target (coal boiler, diesel generator) on no evidence.
 */
import type { Params } from '../api/errors';
import { cellText, type CellValue } from './cell-value';
import { energySourceFromName, inferCategory, type CategoryResult } from './category-inference';
import { parseCommissioned } from './commissioning-date';
import {
  TEXT_MAX,
  type EquipmentRow,
  type MappableField,
  type RegisterField,
  type TextField,
} from './equipment-row';
import type { FieldMatch, HeaderMapping } from './header-mapping';
import { categoryOf, type RegisterEnergySource } from './taxonomy';
import {
  parseAnnualHours,
  parseAssetCode,
  parseBoolean,
  parseEfficiencyClass,
  parseEnergySource,
  parseLoadFactor,
  parseMoney,
  parsePower,
  parseQuantity,
  parseStatus,
  parseText,
  textTooLong,
  textValue,
  type Parsed,
} from './value-parsers';

export interface RowIssue {
  /** Physical line (CSV) or row number (XLSX) as the user sees it in a spreadsheet. */
  line: number;
  /** The column's header as in the file; null when the field has no column. */
  column: string | null;
  field: RegisterField;
  /** The cell as text ('' when blank). */
  value: string;
  key: string;
  params: Params;
}

export interface NormalizedRow {
  line: number;
  /** The asset code as read, also for a rejected row (for messages and the duplicate check). */
  code: string | null;
  row: EquipmentRow | null;
  /** Shared empty arrays when there are none: read-only. */
  errors: readonly RowIssue[];
  warnings: readonly RowIssue[];
}

export interface NormalizeContext {
  referenceYear: number;
  line: number;
}

export function hasCodeColumn(mapping: HeaderMapping): boolean {
  return mapping.asset_code !== null;
}

/** Columns whose single filled cell still makes a row (an asset with only a name or a code). */
export function keyColumns(mapping: HeaderMapping): number[] {
  return [mapping.name?.column, mapping.asset_code?.column].filter((c): c is number => c !== undefined);
}

interface CachedInference {
  category: CategoryResult;
  fuel: RegisterEnergySource | null;
}

/** Registers repeat a few dozen names over thousands of rows: inference runs once per (cell, name). */
const inferenceCache = new Map<string, Map<string, CachedInference>>();
const INFERENCE_CACHE_LIMIT = 20_000;
let inferenceCacheSize = 0;

function inferFromNames(categoryCell: string, name: string): CachedInference {
  let byName = inferenceCache.get(categoryCell);
  let hit = byName?.get(name);
  if (hit) return hit;
  if (inferenceCacheSize >= INFERENCE_CACHE_LIMIT) {
    inferenceCache.clear();
    inferenceCacheSize = 0;
    byName = undefined;
  }
  if (!byName) inferenceCache.set(categoryCell, (byName = new Map()));
  hit = { category: inferCategory(categoryCell, name), fuel: energySourceFromName(name) };
  byName.set(name, hit);
  inferenceCacheSize++;
  return hit;
}

const NO_ISSUES: readonly RowIssue[] = Object.freeze([]);

/**
 * Collects one row's issues. normalizeRow is synchronous, so one collector is reused for every
 * row and the issue arrays are only created for rows that have issues.
 */
class RowIssues {
  errors: RowIssue[] | null = null;
  warnings: RowIssue[] | null = null;
  private line = 0;
  private mapping: HeaderMapping | null = null;
  private cells: readonly CellValue[] = [];

  reset(line: number, mapping: HeaderMapping, cells: readonly CellValue[]): this {
    this.line = line;
    this.mapping = mapping;
    this.cells = cells;
    this.errors = null;
    this.warnings = null;
    return this;
  }

  add(to: 'errors' | 'warnings', field: MappableField, key: string, params: Params = {}) {
    const match = (this.mapping as HeaderMapping)[field];
    const value = match ? cellText(this.cells[match.column]).trim() : '';
    const issue: RowIssue = { line: this.line, column: match?.header ?? null, field, value, key, params };
    (this[to] ??= []).push(issue);
  }

  /** The parsed value, or undefined after recording the parser's issue. */
  take<T>(field: MappableField, parsed: Parsed<T>): T | undefined {
    if (!parsed.ok) {
      this.add('errors', field, parsed.issue.key, parsed.issue.params);
      return undefined;
    }
    if (parsed.warning) this.add('warnings', field, parsed.warning.key, parsed.warning.params);
    return parsed.value;
  }

  /** A text field; most cells pass, so the common path allocates nothing. */
  text(field: TextField): string | null {
    const match = (this.mapping as HeaderMapping)[field];
    if (!match) return null;
    const text = textValue(this.cells[match.column]);
    if (text === null || text.length <= TEXT_MAX[field]) return text;
    this.take(field, textTooLong(text, field));
    return null;
  }

  cell(match: FieldMatch | null): CellValue {
    return match ? this.cells[match.column] : null;
  }
}

const collector = new RowIssues();

export function normalizeRow(
  cells: readonly CellValue[],
  mapping: HeaderMapping,
  ctx: NormalizeContext,
): NormalizedRow {
  const issues = collector.reset(ctx.line, mapping, cells);

  let code: string | null = null;
  if (mapping.asset_code) {
    const parsed = parseAssetCode(cells[mapping.asset_code.column]);
    code = issues.take('asset_code', parsed) ?? null;
    // A row the app holds without a code (added by hand) must survive export and re-import; it
    // cannot be matched by a later import, which the warning tells the user.
    if (parsed.ok && code === null) issues.add('warnings', 'asset_code', 'register.codeMissing');
  }
  const nameParsed = parseText(issues.cell(mapping.name), 'name');
  const name = issues.take('name', nameParsed) ?? null;
  if (nameParsed.ok && name === null) issues.add('errors', 'name', 'register.nameMissing');

  const categoryCell = issues.cell(mapping.category);
  const inferred = inferFromNames(categoryCell == null ? '' : cellText(categoryCell), name ?? '');
  const category = inferred.category;
  if (category.source !== 'cell' && name !== null) {
    // The inferred class is the row's category; the UI shows it in the row's language.
    const params = { category: category.code, name, value: category.unrecognised ?? '' };
    const key =
      category.source === 'name'
        ? 'register.categoryInferred'
        : category.unrecognised === null
          ? 'register.categoryDefaulted'
          : 'register.categoryUnknown';
    issues.add('warnings', 'category', key, params);
  }

  let quantity = issues.take('quantity', parseQuantity(issues.cell(mapping.quantity)));
  if (quantity === null) {
    quantity = 1;
    if (mapping.quantity) issues.add('warnings', 'quantity', 'register.quantityDefaulted');
  }

  const commissioned = issues.take(
    'year_commissioned',
    parseCommissioned(issues.cell(mapping.year_commissioned), ctx.referenceYear),
  );

  const valueMatch = mapping.original_value_yuan;
  let value = issues.take('original_value_yuan', parseMoney(issues.cell(valueMatch), valueMatch?.scale));
  if (value != null && quantity !== undefined && valueMatch?.basis === 'unit') {
    value = Math.round(value * 100 * quantity) / 100;
  }

  const kwMatch = mapping.rated_kw;
  let kw = issues.take('rated_kw', parsePower(issues.cell(kwMatch), kwMatch?.scale));
  if (kw != null && quantity !== undefined && kwMatch?.basis === 'row') {
    kw = Math.round((kw / quantity) * 1e6) / 1e6;
  }

  const hours = issues.take('annual_hours', parseAnnualHours(issues.cell(mapping.annual_hours)));
  const loadMatch = mapping.load_factor;
  const loadFactor = issues.take('load_factor', parseLoadFactor(issues.cell(loadMatch), loadMatch?.scale));

  let energy = issues.take('energy_source', parseEnergySource(issues.cell(mapping.energy_source)));
  if (energy === null) {
    const byCategory = categoryOf(category.code).defaultEnergySource;
    if (inferred.fuel !== null && inferred.fuel !== byCategory) {
      energy = inferred.fuel;
      issues.add('warnings', 'energy_source', 'register.energyInferred', {
        source: energy,
        name: name ?? '',
      });
    } else {
      energy = byCategory;
    }
  }

  const efficiency = issues.take(
    'efficiency_class',
    parseEfficiencyClass(issues.cell(mapping.efficiency_class)),
  );

  let cnc = issues.take('cnc', parseBoolean(issues.cell(mapping.cnc)));
  if (category.code === 'robot') {
    if (cnc === false) issues.add('warnings', 'cnc', 'register.robotIsCnc');
    cnc = true;
  }
  const networked = issues.take('networked', parseBoolean(issues.cell(mapping.networked)));

  let status = issues.take('status', parseStatus(issues.cell(mapping.status)));
  if (status === null) {
    status = 'in_service';
    if (mapping.status) issues.add('warnings', 'status', 'register.statusDefaulted');
  }

  const model = issues.text('model');
  const maker = issues.text('maker');
  const workshop = issues.text('workshop');
  const notes = issues.text('notes');

  const errors = issues.errors ?? NO_ISSUES;
  const warnings = issues.warnings ?? NO_ISSUES;
  if (errors.length > 0) return { line: ctx.line, code, row: null, errors, warnings };
  const row: EquipmentRow = {
    asset_code: code,
    name: name as string,
    category: category.code,
    model,
    maker,
    quantity: quantity as number,
    year_commissioned: commissioned?.year ?? null,
    month_commissioned: commissioned?.month ?? null,
    original_value_yuan: value ?? null,
    rated_kw: kw ?? null,
    annual_hours: hours ?? null,
    load_factor: loadFactor ?? null,
    energy_source: energy ?? null,
    efficiency_class: efficiency ?? null,
    cnc: cnc ?? false,
    networked: networked ?? false,
    workshop,
    status: status as EquipmentRow['status'],
    notes,
  };
  return { line: ctx.line, code, row, errors, warnings };
}

/**
 * Rejects the second and later rows of an asset code within one file ("asset code repeated in
 * the file, first at line N"). Feed rows in file order; rejected rows count too, since their code
 * is taken as soon as the user fixes them.
 */
export class DuplicateCodeTracker {
  private readonly firstLine = new Map<string, number>();
  private readonly column: string | null;

  constructor(mapping: HeaderMapping) {
    this.column = mapping.asset_code?.header ?? null;
  }

  check(result: NormalizedRow): NormalizedRow {
    if (result.code === null) return result;
    const first = this.firstLine.get(result.code);
    if (first === undefined) {
      this.firstLine.set(result.code, result.line);
      return result;
    }
    const issue: RowIssue = {
      line: result.line,
      column: this.column,
      field: 'asset_code',
      value: result.code,
      key: 'register.codeRepeated',
      params: { code: result.code, firstLine: first },
    };
    return { ...result, row: null, errors: [issue, ...result.errors] };
  }
}

/** The whole-file form of DuplicateCodeTracker. */
export function findDuplicateCodes(
  results: readonly NormalizedRow[],
  mapping: HeaderMapping,
): NormalizedRow[] {
  const tracker = new DuplicateCodeTracker(mapping);
  return results.map((r) => tracker.check(r));
}
