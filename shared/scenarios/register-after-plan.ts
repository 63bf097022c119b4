/**
 * The register as it would be once every project of a scenario is done: each register row a
 * project line names is changed as the line says (replaced, upgraded, retired), and the register's
 * groups are adjusted by taking the row's old contribution out and putting its new one in. Only
 * the linked rows are touched, so a 100,000-row register costs what its links cost, and a row two
 * projects name is taken out once and put back once with both changes applied.
 *
 * What a line does to its row follows the measure it came from (the prefix of its opportunity id)
 * or, for lines entered by hand, its relation and its "intelligent" mark. CHANGE_MAPPINGS says
 * each in words, and the result lists every row changed, from what to what, so that the user sees
 * what the readiness after the plan assumed.
 */
import type { RegisterGroup, RowTraits } from '../indicators/register-groups';
import type { RuleKey } from '../opportunities/opportunity-rules';
import { ruleOfId } from '../opportunities/competing-measures';
import { RULE_KEYS } from '../opportunities/opportunity-rules';
import type { LinkRelation } from '../projects/project-schema';
import {
  categoryOf,
  EFFICIENCY_CLASS_CODES,
  MINIMUM_EFFICIENCY_CLASS,
  type EfficiencyClass,
} from '../register/taxonomy';

/** A register row a line names, with what the groups sum. */
export interface LinkedRow {
  equipmentId: number;
  assetCode: string | null;
  name: string;
  /** Live and in a status the indicators count as in service. */
  inService: boolean;
  /** Deleted from the register (restorable by undo): not counted, not changed. */
  deleted: boolean;
  traits: RowTraits;
  quantity: number;
  ratedKw: number | null;
  annualHours: number | null;
  loadFactor: number | null;
  valueFen: number | null;
}

/** A project line and the rows it names. */
export interface PlanLine {
  projectId: number;
  lineId: number;
  name: string;
  amountFen: number;
  intelligent: boolean;
  opportunityId: string | null;
  /** The year the project is done: its end date's, else its start date's, else the reference year. */
  planYear: number;
  links: readonly { equipmentId: number; relation: LinkRelation }[];
}

/** Why a row changes as it does: a finder rule, or what a hand-entered line's relation implies. */
export const MAPPING_KEYS = [
  ...RULE_KEYS,
  'retires',
  'replaces',
  'replaces_intelligent',
  'upgrades',
  'upgrades_intelligent',
] as const;
export type MappingKey = (typeof MAPPING_KEYS)[number];

const NEW_MACHINE_CLASS = {
  zh: '电机驱动设备的能效等级至少取 IE3：GB 18613-2020 起新电机不得低于 3 级（IE3）',
  en: 'motor-driven equipment takes at least IE3: since GB 18613-2020 no new motor may be below grade 3 (IE3)',
};
const NEW_YEAR = {
  zh: '投产年份改为项目完成年份（结束日期的年份，没有时取开始日期的年份，再没有取基准年）',
  en: "year commissioned becomes the project's year (its end date's year, else its start date's, else the reference year)",
};
const VALUE = {
  zh: '原值改为该条目金额按所连设备台数分摊的部分（金额为 0 时保留原值）',
  en: "original value becomes the line's amount shared among its rows by units (kept when the line is not priced)",
};

/** In words, for the user: what each mapping assumes the row becomes, and why. */
export const CHANGE_MAPPINGS: Record<MappingKey, { zh: string; en: string }> = {
  motor_upgrade: {
    zh: '电机升级：能效等级改为条目名称中的目标等级（IE4/IE5，未写明时取 IE4）；其余不变',
    en: 'Motor upgrade: efficiency class becomes the target the line names (IE4/IE5, IE4 when it names none); nothing else changes',
  },
  compressor_vsd: {
    zh: `变频空压机替换：视为新设备——${NEW_YEAR.zh}；${NEW_MACHINE_CLASS.zh}；${VALUE.zh}`,
    en: `Variable-speed compressor: a new machine — ${NEW_YEAR.en}; ${NEW_MACHINE_CLASS.en}; ${VALUE.en}`,
  },
  gas_generator: {
    zh: `燃气发电机组替代柴油机组：能源改为天然气；${NEW_YEAR.zh}；${VALUE.zh}`,
    en: `Gas set for a diesel set: energy source becomes natural gas; ${NEW_YEAR.en}; ${VALUE.en}`,
  },
  boiler_fuel_switch: {
    zh: `锅炉改燃气：能源改为天然气；${NEW_YEAR.zh}；${VALUE.zh}`,
    en: `Boiler fuel switch: energy source becomes natural gas; ${NEW_YEAR.en}; ${VALUE.en}`,
  },
  renew_over_age: {
    zh: `更新超期设备：视为同类新设备——${NEW_YEAR.zh}；${NEW_MACHINE_CLASS.zh}；${VALUE.zh}`,
    en: `Renewal: a new machine of the kind — ${NEW_YEAR.en}; ${NEW_MACHINE_CLASS.en}; ${VALUE.en}`,
  },
  retire_idle: {
    zh: '淘汰闲置设备：移出台账；闲置设备本来就不计入在用设备，就绪度不变',
    en: 'Retiring idle equipment: the row leaves the register; idle rows are not counted as in service, so readiness does not change',
  },
  mes_data_collection: {
    zh: '数据采集与 MES：设备改为已联网',
    en: 'Data collection and MES: the row becomes networked',
  },
  assembly_robots: {
    zh: '装配机器人：该工位改为“工业机器人”类别（按指标定义计为数控设备，计入机器人密度）；机器人工作站是新设备，投产年份改为项目完成年份',
    en: 'Assembly robots: the station becomes an industrial robot (digitally controlled by the indicator definitions, counted in robot density); the cell is new, so its year becomes the project year',
  },
  retires: {
    zh: '手工条目“淘汰”：设备移出在用设备',
    en: 'Hand-entered line that retires: the row leaves the equipment in service',
  },
  replaces: {
    zh: `手工条目“替换”：换成新设备——${NEW_YEAR.zh}；${NEW_MACHINE_CLASS.zh}；${VALUE.zh}`,
    en: `Hand-entered line that replaces: a new machine — ${NEW_YEAR.en}; ${NEW_MACHINE_CLASS.en}; ${VALUE.en}`,
  },
  replaces_intelligent: {
    zh: `手工条目“替换”且标为智能化：同“替换”，新设备另计为数控且已联网`,
    en: 'Hand-entered intelligent line that replaces: as "replaces", and the new machine is digitally controlled and networked',
  },
  upgrades: {
    zh: '手工条目“改造”（未标为智能化）：条目没有说明改造后的设备数据，台账不作改动',
    en: 'Hand-entered line that upgrades (not intelligent): the line does not say what the row becomes, so the register is left as it is',
  },
  upgrades_intelligent: {
    zh: '手工条目“改造”且标为智能化：设备改为已联网',
    en: 'Hand-entered intelligent line that upgrades: the row becomes networked',
  },
};

export const CHANGED_FIELDS = [
  'category',
  'cnc',
  'networked',
  'energySource',
  'efficiencyClass',
  'year',
  'valueFen',
] as const;
export type ChangedField = (typeof CHANGED_FIELDS)[number];
export type FieldValue = string | number | boolean | null;

export interface FieldChange {
  field: ChangedField;
  from: FieldValue;
  to: FieldValue;
}

/**
 * retired: leaves the in-service set; replaced: a new machine in its place; upgraded: the same
 * machine changed; unchanged: linked but nothing the indicators read changes (see `reason`).
 */
export type RowOutcome = 'retired' | 'replaced' | 'upgraded' | 'unchanged';
export type UnchangedReason = 'not_in_service' | 'deleted' | 'nothing_assumed';

export interface RowLinkCause {
  projectId: number;
  lineId: number;
  relation: LinkRelation;
  mapping: MappingKey;
}

export interface RowChange {
  equipmentId: number;
  assetCode: string | null;
  name: string;
  quantity: number;
  outcome: RowOutcome;
  fields: FieldChange[];
  reason: UnchangedReason | null;
  causes: RowLinkCause[];
}

/** Rows and units sharing one change (from → to); valueFen tallies carry Σ from and Σ to instead. */
export interface ChangeTally {
  field: ChangedField;
  from: FieldValue;
  to: FieldValue;
  rows: number;
  units: number;
}

export interface AssumedChanges {
  /** Register rows named by the scenario's lines. */
  linkedRows: number;
  byOutcome: Record<RowOutcome, { rows: number; units: number }>;
  unchangedBy: Record<UnchangedReason, { rows: number; units: number }>;
  /** Each field change summed over the rows (retired rows are in byOutcome). */
  tallies: ChangeTally[];
  /** Row by row, in equipment id order, up to the row limit asked for (all `linkedRows` without it). */
  rows: RowChange[];
}

export interface RegisterAfterPlan {
  groups: RegisterGroup[];
  changes: AssumedChanges;
}

/** The rule of a line from a finder proposal (its id starts with the rule key); null for hand entries. */
export const ruleOfLine = (opportunityId: string | null): RuleKey | null =>
  opportunityId === null ? null : ruleOfId(opportunityId);

export function mappingOf(
  line: Pick<PlanLine, 'opportunityId' | 'intelligent'>,
  relation: LinkRelation,
): MappingKey {
  const rule = ruleOfLine(line.opportunityId);
  if (rule) return rule;
  if (relation === 'retires') return 'retires';
  if (relation === 'replaces') return line.intelligent ? 'replaces_intelligent' : 'replaces';
  return line.intelligent ? 'upgrades_intelligent' : 'upgrades';
}

const classRank = (c: EfficiencyClass | null) => (c === null ? -1 : EFFICIENCY_CLASS_CODES.indexOf(c));
const better = (a: EfficiencyClass | null, b: EfficiencyClass): EfficiencyClass =>
  classRank(a) >= classRank(b) ? (a as EfficiencyClass) : b;

/** The motor class a motor-upgrade line names (its name starts "IE4 高效电机…"); IE4 when none. */
export function targetClassOf(lineName: string): EfficiencyClass {
  const m = /IE([45])/.exec(lineName);
  return m ? (`IE${m[1]}` as EfficiencyClass) : 'IE4';
}

/** One row as a group of one, summed exactly as the register query sums it. */
export function rowGroup(row: LinkedRow, traits: RowTraits, valueFen: number | null): RegisterGroup {
  const q = row.quantity;
  const kw = row.ratedKw;
  const run = kw !== null && row.annualHours !== null ? kw * row.annualHours : null;
  return {
    category: traits.category,
    cnc: traits.cnc,
    networked: traits.networked,
    energySource: traits.energySource,
    efficiencyClass: traits.efficiencyClass,
    year: traits.year,
    kwKnown: traits.kwKnown,
    hoursKnown: traits.hoursKnown,
    valueKnown: valueFen !== null,
    rows: 1,
    units: q,
    kwUnits: kw === null ? 0 : kw * q,
    valueFen: valueFen ?? 0,
    kwhAtGivenLoad: run !== null && row.loadFactor !== null ? run * row.loadFactor * q : 0,
    kwhAtFullLoad: run !== null && row.loadFactor === null ? run * q : 0,
    unitsWithoutLoadFactor: row.loadFactor === null ? q : 0,
  };
}

/**
 * The traits the groups are keyed by (register-traits.ts groups by the same nine) packed into one
 * number: a 100,000-row plan looks its groups up twice a row, and numbers hash far faster than the
 * strings of nine fields would. Codes (categories, sources, classes) are numbered as first seen.
 */
const CODES = new Map<string | null, number>();
const codeOf = (v: string | null) => {
  let c = CODES.get(v);
  if (c === undefined) {
    c = CODES.size;
    CODES.set(v, c);
  }
  return c;
};
const RADIX = 1024;
function keyOf(t: RowTraits): number {
  const flags =
    (t.cnc ? 1 : 0) |
    (t.networked ? 2 : 0) |
    (t.kwKnown ? 4 : 0) |
    (t.hoursKnown ? 8 : 0) |
    (t.valueKnown ? 16 : 0);
  // Years are 1900–2200 in the register; 0 stands for unknown.
  const year = t.year === null ? 0 : t.year - 1799;
  return (
    codeOf(t.category) +
    RADIX * (codeOf(t.energySource) + RADIX * (codeOf(t.efficiencyClass) + RADIX * (year + 8192 * flags)))
  );
}

/** The groups keyed by traits, to take rows out of and put rows into. */
class GroupLedger {
  private readonly groups = new Map<number, RegisterGroup>();
  constructor(groups: readonly RegisterGroup[]) {
    for (const g of groups) this.add(g, 1);
  }
  add(g: RegisterGroup, sign: 1 | -1): void {
    const key = keyOf(g);
    const found = this.groups.get(key);
    if (!found) {
      if (sign < 0) return; // a row the groups never counted: nothing to take out
      this.groups.set(key, { ...g });
      return;
    }
    found.rows += sign * g.rows;
    found.units += sign * g.units;
    found.kwUnits += sign * g.kwUnits;
    found.valueFen += sign * g.valueFen;
    found.kwhAtGivenLoad += sign * g.kwhAtGivenLoad;
    found.kwhAtFullLoad += sign * g.kwhAtFullLoad;
    found.unitsWithoutLoadFactor += sign * g.unitsWithoutLoadFactor;
    // Float sums of kW and kWh leave crumbs when the last row goes; the row count is exact.
    if (found.rows <= 0) this.groups.delete(key);
  }
  list(): RegisterGroup[] {
    return [...this.groups.values()];
  }
}

interface Cause extends RowLinkCause {
  line: PlanLine;
  /** A replacement's share of its line's amount; undefined when it has none. */
  shareFen: number | undefined;
}

/**
 * The line's amount shared among the rows it replaces by units, to the fen, the remainders to the
 * largest parts; aligned with `line.links`, undefined for the links that do not replace.
 */
function valueShares(line: PlanLine, rows: ReadonlyMap<number, LinkedRow>): (number | undefined)[] {
  const links = line.links;
  const shares: (number | undefined)[] = new Array<number | undefined>(links.length);
  if (line.amountFen <= 0) return shares;
  if (links.length === 1) {
    // Most lines name one row: it takes the whole amount.
    if (links[0]!.relation === 'replaces' && rows.has(links[0]!.equipmentId)) shares[0] = line.amountFen;
    return shares;
  }
  const replaced: number[] = [];
  let units = 0;
  links.forEach((l, i) => {
    const row = rows.get(l.equipmentId);
    if (l.relation !== 'replaces' || !row) return;
    replaced.push(i);
    units += row.quantity;
  });
  if (units <= 0) return shares;
  const exact = replaced.map((i) => (line.amountFen * rows.get(links[i]!.equipmentId)!.quantity) / units);
  const floor = exact.map(Math.floor);
  let left = line.amountFen - floor.reduce((t, x) => t + x, 0);
  const order = exact.map((x, k) => [x - floor[k]!, k] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, k] of order) {
    if (left <= 0) break;
    floor[k]! += 1;
    left -= 1;
  }
  replaced.forEach((i, k) => (shares[i] = floor[k]));
  return shares;
}

interface NewRow {
  traits: RowTraits;
  valueFen: number | null;
  outcome: Exclude<RowOutcome, 'unchanged'> | null;
}

/**
 * The row once every line naming it is done. A retirement wins; otherwise replacements apply first
 * (a new machine of the latest plan year), then upgrades on top of it, so a motor renewed by one
 * project and upgraded to IE4 by another ends up new and IE4.
 */
function rowAfter(row: LinkedRow, causes: readonly Cause[]): NewRow {
  const t: RowTraits = { ...row.traits };
  let valueFen = row.valueFen;
  let replaced = false;
  // A project's replacing lines add up (a machine and its installation); two projects replacing
  // the same row buy one machine, so the dearer counts.
  const sharedBy = new Map<number, number>();
  for (const c of causes) {
    if (c.relation === 'retires') return { traits: row.traits, valueFen: row.valueFen, outcome: 'retired' };
    if (c.relation !== 'replaces') continue;
    t.year = replaced ? Math.max(t.year ?? c.line.planYear, c.line.planYear) : c.line.planYear;
    replaced = true;
    if (c.shareFen !== undefined) sharedBy.set(c.projectId, (sharedBy.get(c.projectId) ?? 0) + c.shareFen);
    if (c.mapping === 'gas_generator' || c.mapping === 'boiler_fuel_switch') t.energySource = 'natural_gas';
    if (c.mapping === 'replaces_intelligent') {
      t.cnc = true;
      t.networked = true;
    }
  }
  if (replaced) {
    if (sharedBy.size > 0) valueFen = Math.max(...sharedBy.values());
    if (categoryOf(t.category).motorDriven)
      t.efficiencyClass = better(t.efficiencyClass, MINIMUM_EFFICIENCY_CLASS);
  }
  for (const c of causes) {
    if (c.relation !== 'upgrades') continue;
    if (c.mapping === 'motor_upgrade')
      t.efficiencyClass = better(t.efficiencyClass, targetClassOf(c.line.name));
    if (c.mapping === 'mes_data_collection' || c.mapping === 'upgrades_intelligent') t.networked = true;
    if (c.mapping === 'assembly_robots') {
      t.category = 'robot';
      t.cnc = true;
      t.year = Math.max(t.year ?? c.line.planYear, c.line.planYear);
    }
  }
  const outcome = replaced ? 'replaced' : 'upgraded';
  return { traits: t, valueFen, outcome };
}

function fieldChanges(row: LinkedRow, after: NewRow): FieldChange[] {
  const out: FieldChange[] = [];
  const b = row.traits;
  const a = after.traits;
  const add = (field: ChangedField, from: FieldValue, to: FieldValue) => {
    if (from !== to) out.push({ field, from, to });
  };
  add('category', b.category, a.category);
  add('cnc', b.cnc, a.cnc);
  add('networked', b.networked, a.networked);
  add('energySource', b.energySource, a.energySource);
  add('efficiencyClass', b.efficiencyClass, a.efficiencyClass);
  add('year', b.year, a.year);
  add('valueFen', row.valueFen, after.valueFen);
  return out;
}

const zeroCount = () => ({ rows: 0, units: 0 });

/**
 * The groups after the plan and what was assumed. `groups` are the register's in-service groups
 * now; `rows` the rows the lines name (any status); `rowLimit` caps the rows listed one by one.
 */
export function registerAfterPlan(input: {
  groups: readonly RegisterGroup[];
  rows: readonly LinkedRow[];
  lines: readonly PlanLine[];
  rowLimit: number;
}): RegisterAfterPlan {
  const rows = new Map(input.rows.map((r) => [r.equipmentId, r]));
  const causes = new Map<number, Cause[]>();
  for (const line of input.lines) {
    const shares = valueShares(line, rows);
    line.links.forEach((link, i) => {
      const cause: Cause = {
        projectId: line.projectId,
        lineId: line.lineId,
        relation: link.relation,
        mapping: mappingOf(line, link.relation),
        line,
        shareFen: shares[i],
      };
      const list = causes.get(link.equipmentId);
      if (list) list.push(cause);
      else causes.set(link.equipmentId, [cause]);
    });
  }
  const ledger = new GroupLedger(input.groups);
  const changes: AssumedChanges = {
    linkedRows: 0,
    byOutcome: { retired: zeroCount(), replaced: zeroCount(), upgraded: zeroCount(), unchanged: zeroCount() },
    unchangedBy: { not_in_service: zeroCount(), deleted: zeroCount(), nothing_assumed: zeroCount() },
    tallies: [],
    rows: [],
  };
  const tallies = new Map<string, ChangeTally>();
  const count = (c: { rows: number; units: number }, units: number) => {
    c.rows += 1;
    c.units += units;
  };

  for (const id of [...causes.keys()].sort((a, b) => a - b)) {
    const row = rows.get(id);
    if (!row) continue; // deleted for good: its link went with it
    const because = causes.get(id)!;
    changes.linkedRows += 1;
    const after = row.deleted ? null : rowAfter(row, because);
    // A row out of service changes the groups only if a new machine takes its place.
    const counts = after !== null && (row.inService || after.outcome === 'replaced');
    let outcome: RowOutcome = 'unchanged';
    let reason: UnchangedReason | null = null;
    let fields: FieldChange[] = [];
    if (!after) reason = 'deleted';
    else if (!counts) reason = 'not_in_service';
    else {
      fields = after.outcome === 'retired' ? [] : fieldChanges(row, after);
      if (after.outcome === 'retired' || fields.length > 0) outcome = after.outcome!;
      else reason = 'nothing_assumed';
    }
    if (outcome !== 'unchanged' && after) {
      if (row.inService) ledger.add(rowGroup(row, row.traits, row.valueFen), -1);
      if (outcome !== 'retired') ledger.add(rowGroup(row, after.traits, after.valueFen), 1);
    }
    count(changes.byOutcome[outcome], row.quantity);
    if (reason) count(changes.unchangedBy[reason], row.quantity);
    for (const f of fields) {
      const key = f.field === 'valueFen' ? 'valueFen' : `${f.field}|${String(f.from)}|${String(f.to)}`;
      const t = tallies.get(key);
      if (f.field === 'valueFen') {
        const tally = t ?? { field: f.field, from: 0, to: 0, rows: 0, units: 0 };
        tally.from = (tally.from as number) + ((f.from as number | null) ?? 0);
        tally.to = (tally.to as number) + ((f.to as number | null) ?? 0);
        count(tally, row.quantity);
        tallies.set(key, tally);
      } else {
        const tally = t ?? { field: f.field, from: f.from, to: f.to, rows: 0, units: 0 };
        count(tally, row.quantity);
        tallies.set(key, tally);
      }
    }
    if (changes.rows.length < input.rowLimit) {
      changes.rows.push({
        equipmentId: id,
        assetCode: row.assetCode,
        name: row.name,
        quantity: row.quantity,
        outcome,
        fields,
        reason,
        causes: because.map(({ projectId, lineId, relation, mapping }) => ({
          projectId,
          lineId,
          relation,
          mapping,
        })),
      });
    }
  }
  const fieldOrder = (f: ChangedField) => CHANGED_FIELDS.indexOf(f);
  changes.tallies = [...tallies.values()].sort(
    (a, b) => fieldOrder(a.field) - fieldOrder(b.field) || b.units - a.units,
  );
  return { groups: ledger.list(), changes };
}

/**
 * The tallies as a reader takes them in: renewals move dozens of commissioning years to one plan
 * year, so year changes to the same year are merged into one range ("1998–2025 → 2026"), known
 * and unknown years apart. The API keeps them exact.
 */
export function readableTallies(
  tallies: readonly ChangeTally[],
): (ChangeTally & { fromRange?: [number, number] })[] {
  const out: (ChangeTally & { fromRange?: [number, number] })[] = [];
  const years = new Map<string, ChangeTally & { fromRange?: [number, number] }>();
  for (const t of tallies) {
    if (t.field !== 'year' || typeof t.from !== 'number') {
      out.push({ ...t });
      continue;
    }
    const key = String(t.to);
    const merged = years.get(key);
    if (!merged) {
      const first = { ...t, fromRange: [t.from, t.from] as [number, number] };
      years.set(key, first);
      out.push(first);
      continue;
    }
    merged.rows += t.rows;
    merged.units += t.units;
    merged.fromRange = [Math.min(merged.fromRange![0], t.from), Math.max(merged.fromRange![1], t.from)];
  }
  return out;
}
