/**
 * Which column of a register file feeds which field: the header names of DOMAIN.md §4 in Chinese
 * and English, then words that carry the meaning (a header containing 名称 is a name, 功率 a power)
 * with the exclusions that keep 设备类别 out of the name and 功率因数 out of the power. Each match
 * says why and in what unit (万元, W, hp, %), so the UI can show it and the user can correct it.
 */
import { z } from 'zod';
import type { Params } from '../api/errors';
import { foldWidth } from './cell-value';
import { MAPPABLE_FIELDS, type MappableField } from './equipment-row';
import { HEADER_RULES } from './header-synonyms';
import { HP_KW } from './value-parsers';

export type MatchKind = 'exact' | 'keyword' | 'parent' | 'user';

/** Whether a money or power column holds the figure of one unit or of the whole row (all units). */
export type Basis = 'unit' | 'row';

export interface FieldMatch {
  /** 0-based column index in the file. */
  column: number;
  /** The header as the file shows it (a two-row header as "资产原值/金额"). */
  header: string;
  /** Multiplies the cell's number into the stored unit: 10,000 for 万元, 0.001 for W, 0.7457 for hp. */
  scale: number;
  /** The unit the header names ('万元', 'W', 'hp', '%'), or null. */
  unit: string | null;
  /** For original value and rated power: what one cell covers. Stored value is per row, power per unit. */
  basis: Basis | null;
  kind: MatchKind;
  /** 1 for a usual header name or the user's choice; 0.3–0.9 for a word in it or in a merged parent. */
  confidence: number;
  why: { key: string; params: Params };
}

export type HeaderMapping = Record<MappableField, FieldMatch | null>;

/** Folded (（万元） → (万元)), lower-case, without spaces, line breaks and required-field marks. */
export function headerKey(text: string): string {
  return foldWidth(text)
    .toLowerCase()
    .replace(/[\s*※:：]+/g, '');
}

/** The header without bracketed units or remarks: "原值(万元)" → "原值". */
function headerStem(key: string): string {
  return key.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '');
}

const ASCII_WORD = /^[a-z][a-z ./-]*$/;

interface CompiledRule {
  exact: Set<string>;
  /** [folded word, weight, whole-word pattern for an English word (null for Chinese)] */
  keywords: [string, number, RegExp | null][];
  exclude: string[];
}

const COMPILED = Object.fromEntries(
  MAPPABLE_FIELDS.map((field) => {
    const rule = HEADER_RULES[field];
    return [
      field,
      {
        exact: new Set(rule.exact.map((e) => headerKey(e))),
        keywords: rule.keywords.map((k) => {
          const [word, weight] = typeof k === 'string' ? [k, 0] : k;
          const key = headerKey(word);
          // English words must stand alone: "no" is not inside "notes", "ie" not inside "series".
          const alone = ASCII_WORD.test(word)
            ? new RegExp(
                `(?:^|[^a-z])${escapeRegExp(word.toLowerCase()).replaceAll(' ', '\\s*')}(?:$|[^a-z])`,
              )
            : null;
          return [key, weight, alone] as [string, number, RegExp | null];
        }),
        exclude: rule.exclude.map((e) => headerKey(e)),
      } satisfies CompiledRule,
    ];
  }),
) as Record<MappableField, CompiledRule>;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export interface FieldCandidate {
  field: MappableField;
  kind: 'exact' | 'keyword';
  /** Higher wins when two columns claim a field or two fields claim a column. */
  score: number;
  keyword: string | null;
}

/** Every field a header could be, best first. English words are matched on the spaced text. */
export function headerCandidates(header: string): FieldCandidate[] {
  const spaced = foldWidth(header).toLowerCase();
  const key = headerKey(header);
  if (key === '') return [];
  const stem = headerStem(key);
  const out: FieldCandidate[] = [];
  for (const field of MAPPABLE_FIELDS) {
    const rule = COMPILED[field];
    const exact = rule.exact.has(key) || (stem !== '' && rule.exact.has(stem));
    if (!exact && rule.exclude.some((e) => key.includes(e))) continue;
    let best: FieldCandidate | null = null;
    for (const [word, weight, alone] of rule.keywords) {
      const hit = alone ? alone.test(spaced) : key.includes(word);
      if (!hit) continue;
      const score = 50 + weight * 5 + Math.min(word.length, 6);
      if (!best || score > best.score) best = { field, kind: 'keyword', score, keyword: word };
    }
    // Between two exact names (购置日期 and 投产日期 both present) the weightier word still decides.
    if (exact) out.push({ field, kind: 'exact', score: 100 + (best ? best.score - 50 : 0), keyword: null });
    else if (best) out.push(best);
  }
  return out.sort((a, b) => b.score - a.score);
}

export interface HeaderColumn {
  /** What the file shows: the header, or "parent/child" for a two-row header. */
  text: string;
  /** The lower header row's text of a two-row header (null for single-row headers). */
  child: string | null;
  /** The upper row's text of a two-row header, carried across a merged span. */
  parent: string | null;
}

/**
 * Maps header columns to fields. The child of a two-row header decides ("资产原值/数量" is a
 * quantity); the parent only when the child says nothing, at a lower score. Each field takes the
 * column with its best score, each column feeds at most one field, and ties go to the leftmost.
 */
export function mapHeaders(columns: readonly HeaderColumn[]): HeaderMapping {
  const claims: {
    field: MappableField;
    column: number;
    score: number;
    kind: MatchKind;
    keyword: string | null;
  }[] = [];
  columns.forEach((col, column) => {
    const own = col.child ?? col.text;
    const direct = headerCandidates(own);
    for (const c of direct)
      claims.push({ field: c.field, column, score: c.score, kind: c.kind, keyword: c.keyword });
    if (col.child !== null && col.parent !== null) {
      for (const c of headerCandidates(col.parent)) {
        if (direct.some((d) => d.field === c.field)) continue;
        claims.push({
          field: c.field,
          column,
          score: c.score - 45,
          kind: 'parent',
          keyword: c.keyword ?? col.parent,
        });
      }
    }
  });
  claims.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping = emptyMapping();
  const used = new Set<number>();
  for (const claim of claims) {
    if (mapping[claim.field] !== null || used.has(claim.column)) continue;
    used.add(claim.column);
    const col = columns[claim.column] as HeaderColumn;
    mapping[claim.field] = describeMatch(
      claim.field,
      claim.column,
      col.text,
      claim.kind,
      claim.score,
      claim.keyword,
    );
  }
  return mapping;
}

export function emptyMapping(): HeaderMapping {
  return Object.fromEntries(MAPPABLE_FIELDS.map((f) => [f, null])) as HeaderMapping;
}

function describeMatch(
  field: MappableField,
  column: number,
  header: string,
  kind: MatchKind,
  score: number,
  keyword: string | null,
): FieldMatch {
  const unit = unitOf(field, header);
  const confidence = kind === 'exact' || kind === 'user' ? 1 : Math.max(0.3, Math.min(0.9, score / 100));
  const why: FieldMatch['why'] =
    kind === 'exact'
      ? { key: 'register.matchExact', params: { header } }
      : kind === 'user'
        ? { key: 'register.matchUser', params: { header } }
        : kind === 'parent'
          ? { key: 'register.matchParent', params: { header, keyword: keyword ?? '' } }
          : { key: 'register.matchKeyword', params: { header, keyword: keyword ?? '' } };
  return { column, header, ...unit, kind, confidence, why };
}

// ---- units named in headers --------------------------------------------------------------------

const MONEY_HEADER_UNITS: readonly [string, number, string][] = [
  ['万元', 10_000, '万元'],
  ['千元', 1_000, '千元'],
  ['元', 1, '元'],
  ['yuan', 1, '元'],
  ['rmb', 1, '元'],
];
const POWER_HEADER_UNITS: readonly [string, number, string][] = [
  ['千瓦', 1, 'kW'],
  ['kw', 1, 'kW'],
  ['兆瓦', 1000, 'MW'],
  ['mw', 1000, 'MW'],
  ['马力', HP_KW, 'hp'],
  ['hp', HP_KW, 'hp'],
  ['瓦', 0.001, 'W'],
  ['w', 0.001, 'W'],
];

/** Looks for a unit in brackets first ("功率(W)"), then at the end of the header ("功率kW", "原值万元"). */
function findUnit(key: string, units: readonly [string, number, string][]): [number, string] | null {
  for (const m of key.matchAll(/\(([^)]*)\)/g)) {
    const inside = m[1] ?? '';
    for (const [word, scale, label] of units) if (inside.startsWith(word)) return [scale, label];
  }
  const stem = headerStem(key);
  for (const [word, scale, label] of units) if (stem.endsWith(word)) return [scale, label];
  return null;
}

/** The scale, unit and basis a header implies for a field. */
export function unitOf(field: MappableField, header: string): Pick<FieldMatch, 'scale' | 'unit' | 'basis'> {
  const key = headerKey(header);
  switch (field) {
    case 'original_value_yuan': {
      const [scale, unit] = findUnit(key, MONEY_HEADER_UNITS) ?? [1, null];
      // 单价 (unit price) is multiplied by the quantity; 原值/金额 already cover the row.
      return { scale, unit, basis: /单价|unitprice|单台/.test(key) ? 'unit' : 'row' };
    }
    case 'rated_kw': {
      const [scale, unit] = findUnit(key, POWER_HEADER_UNITS) ?? [1, null];
      // 总功率/合计功率 cover all units of the row; power is stored per unit.
      return { scale, unit, basis: /总功率|合计|总装机|totalpower|total/.test(key) ? 'row' : 'unit' };
    }
    case 'load_factor':
      return key.includes('%')
        ? { scale: 0.01, unit: '%', basis: null }
        : { scale: 1, unit: null, basis: null };
    default:
      return { scale: 1, unit: null, basis: null };
  }
}

// ---- the user's corrections --------------------------------------------------------------------

const FieldChoiceSchema = z.strictObject({
  column: z.number().int().min(0).max(1000).nullable(),
  scale: z.number().positive().max(1e9).optional(),
  basis: z.enum(['unit', 'row']).optional(),
});

/** What the UI sends when the user corrects the mapping: per field, a column (or none) and optionally its unit. */
export const MappingChoiceSchema = z.partialRecord(z.enum(MAPPABLE_FIELDS), FieldChoiceSchema);
export type MappingChoice = z.infer<typeof MappingChoiceSchema>;

/**
 * Applies the user's choices over the automatic mapping. A column the user gives to one field is
 * taken from any other field it was mapped to; units come from the header unless the user set them.
 */
export function applyMappingChoice(
  auto: HeaderMapping,
  headers: readonly string[],
  choice: MappingChoice,
): HeaderMapping {
  const mapping = { ...auto };
  for (const [field, pick] of Object.entries(choice) as [
    MappableField,
    z.infer<typeof FieldChoiceSchema>,
  ][]) {
    if (pick.column === null || pick.column >= headers.length) {
      mapping[field] = null;
      continue;
    }
    for (const other of MAPPABLE_FIELDS) {
      if (other !== field && mapping[other]?.column === pick.column) mapping[other] = null;
    }
    const header = headers[pick.column] ?? '';
    const match = describeMatch(field, pick.column, header, 'user', 100, null);
    mapping[field] = {
      ...match,
      scale: pick.scale ?? match.scale,
      unit: pick.scale === undefined ? match.unit : null,
      basis: pick.basis ?? match.basis,
    };
  }
  return mapping;
}
