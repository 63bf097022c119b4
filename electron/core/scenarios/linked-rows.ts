/**
 * The register rows a plan's lines name, read once for every scenario of a comparison, with the
 * traits (read through register-traits.ts, as the indicators read them) and sums the register's groups
 * are built from.
 */
import type Database from 'better-sqlite3';
import { IN_SERVICE_STATUSES } from '../../../shared/indicators/register-groups';
import type { LinkedRow } from '../../../shared/scenarios/register-after-plan';
import type { StatusCode } from '../../../shared/register/taxonomy';
import { TRAITS, traitsOf, type TraitColumns } from '../indicators/register-traits';

interface Columns extends TraitColumns {
  id: number;
  asset_code: string | null;
  name: string;
  status: StatusCode;
  deleted: number;
  quantity: number;
  rated_kw: number | null;
  annual_hours: number | null;
  load_factor: number | null;
  original_value_fen: number | null;
}

const IN_SERVICE = new Set<string>(IN_SERVICE_STATUSES);

export function linkedRows(db: Database.Database, enterpriseId: number, ids: readonly number[]): LinkedRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT id, asset_code, name, status, deleted_by IS NOT NULL AS deleted, quantity, rated_kw,
              annual_hours, load_factor, original_value_fen, ${TRAITS}
         FROM equipment
        WHERE id IN (SELECT value FROM json_each(?)) AND +enterprise_id = ?`,
    )
    // By rowid: the unary + keeps the planner from walking the enterprise's whole index instead.
    .all(JSON.stringify(ids), enterpriseId) as Columns[];
  return rows.map((r) => ({
    equipmentId: r.id,
    assetCode: r.asset_code,
    name: r.name,
    deleted: r.deleted === 1,
    inService: r.deleted === 0 && IN_SERVICE.has(r.status),
    traits: traitsOf(r),
    quantity: r.quantity,
    ratedKw: r.rated_kw,
    annualHours: r.annual_hours,
    loadFactor: r.load_factor,
    valueFen: r.original_value_fen,
  }));
}
