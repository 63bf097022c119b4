/**
 * The register as the indicators read it: the enterprise's live, in-service rows grouped by their
 * traits in one query (shared/indicators does the arithmetic), and the same traits row by row for
 * listing the rows behind a figure. Both read the traits through one column list, so a row is
 * listed under a figure exactly when its group was counted in it.
 */
import type Database from 'better-sqlite3';
import {
  IN_SERVICE_STATUSES,
  type RegisterGroup,
  type RowTraits,
} from '../../../shared/indicators/register-groups';
import type { EquipmentRow } from '../../../shared/register/equipment-row';

// The unary + keeps the planner off the category index when grouping: walking it visits the rows in
// index order, a table lookup each, where one scan in rowid order and a sort is about twice as fast.
const TRAIT_COLUMNS = [
  '+category AS category',
  'cnc',
  'networked',
  'energy_source',
  'efficiency_class',
  'year_commissioned',
  'rated_kw IS NOT NULL AS kw_known',
  'annual_hours IS NOT NULL AS hours_known',
  'original_value_fen IS NOT NULL AS value_known',
];
/**
 * The traits as select-list columns, for every query that reads them (the finder's and the plans'
 * too), so that all judge a row by the same columns; traitsOf turns them into RowTraits.
 */
export const TRAITS = TRAIT_COLUMNS.join(', ');

// Statuses as a +column for the same reason: most rows are in service, and the status index lacks
// deleted_by, so using it means a lookup per row.
const IN_SERVICE = `enterprise_id = ? AND deleted_by IS NULL
  AND +status IN (${IN_SERVICE_STATUSES.map(() => '?').join(', ')})`;

export interface TraitColumns {
  category: EquipmentRow['category'];
  cnc: number;
  networked: number;
  energy_source: EquipmentRow['energy_source'];
  efficiency_class: EquipmentRow['efficiency_class'];
  year_commissioned: number | null;
  kw_known: number;
  hours_known: number;
  value_known: number;
}

export function traitsOf(r: TraitColumns): RowTraits {
  return {
    category: r.category,
    cnc: r.cnc === 1,
    networked: r.networked === 1,
    energySource: r.energy_source,
    efficiencyClass: r.efficiency_class,
    year: r.year_commissioned,
    kwKnown: r.kw_known === 1,
    hoursKnown: r.hours_known === 1,
    valueKnown: r.value_known === 1,
  };
}

/**
 * total() rather than sum(): it never overflows, and a value sum stays exact in a double up to
 * 2^53 fen (about 90 trillion yuan).
 */
export function registerGroups(db: Database.Database, enterpriseId: number): RegisterGroup[] {
  const rows = db
    .prepare(
      `SELECT ${TRAITS},
         count(*) AS rows,
         total(quantity) AS units,
         total(rated_kw * quantity) AS kw_units,
         total(original_value_fen) AS value_fen,
         total(rated_kw * annual_hours * load_factor * quantity) AS kwh_at_given_load,
         total(CASE WHEN load_factor IS NULL THEN rated_kw * annual_hours * quantity END) AS kwh_at_full_load,
         total(CASE WHEN load_factor IS NULL THEN quantity END) AS units_without_load_factor
       FROM equipment WHERE ${IN_SERVICE}
       GROUP BY ${TRAIT_COLUMNS.map((_, i) => i + 1).join(', ')}`,
    )
    .all(enterpriseId, ...IN_SERVICE_STATUSES) as (TraitColumns & {
    rows: number;
    units: number;
    kw_units: number;
    value_fen: number;
    kwh_at_given_load: number;
    kwh_at_full_load: number;
    units_without_load_factor: number;
  })[];
  return rows.map((r) => ({
    ...traitsOf(r),
    rows: r.rows,
    units: r.units,
    kwUnits: r.kw_units,
    valueFen: r.value_fen,
    kwhAtGivenLoad: r.kwh_at_given_load,
    kwhAtFullLoad: r.kwh_at_full_load,
    unitsWithoutLoadFactor: r.units_without_load_factor,
  }));
}

export interface TraitRow extends RowTraits {
  id: number;
  quantity: number;
}

/** Every live in-service row's traits, in id order. */
export function* registerTraitRows(db: Database.Database, enterpriseId: number): Generator<TraitRow> {
  const stmt = db.prepare(`SELECT id, quantity, ${TRAITS} FROM equipment WHERE ${IN_SERVICE} ORDER BY id`);
  for (const r of stmt.iterate(enterpriseId, ...IN_SERVICE_STATUSES) as IterableIterator<
    TraitColumns & { id: number; quantity: number }
  >) {
    yield { id: r.id, quantity: r.quantity, ...traitsOf(r) };
  }
}
