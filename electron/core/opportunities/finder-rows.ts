/**
 * The register rows the opportunity finder looks at: an enterprise's live rows in service, under
 * repair or idle (rows marked for retirement are already decided), with the figures the rules
 * estimate from. One scan in id order.
 */
import type Database from 'better-sqlite3';
import type { FinderRow } from '../../../shared/opportunities/finder-row';
import type { StatusCode } from '../../../shared/register/taxonomy';
import { IN_SERVICE_STATUSES } from '../../../shared/indicators/register-groups';
import { TRAITS, traitsOf, type TraitColumns } from '../indicators/register-traits';

const STATUSES: readonly StatusCode[] = [...IN_SERVICE_STATUSES, 'idle'];

interface Columns extends TraitColumns {
  id: number;
  asset_code: string | null;
  name: string;
  model: string | null;
  notes: string | null;
  status: StatusCode;
  quantity: number;
  rated_kw: number | null;
  annual_hours: number | null;
  load_factor: number | null;
  original_value_fen: number | null;
}

export function* finderRows(db: Database.Database, enterpriseId: number): Generator<FinderRow> {
  const stmt = db.prepare(
    `SELECT id, asset_code, name, model, notes, status, quantity, rated_kw, annual_hours, load_factor,
            original_value_fen, ${TRAITS}
       FROM equipment
      WHERE enterprise_id = ? AND deleted_by IS NULL AND status IN (${STATUSES.map(() => '?').join(', ')})
      ORDER BY id`,
  );
  for (const r of stmt.iterate(enterpriseId, ...STATUSES) as IterableIterator<Columns>) {
    yield {
      ...traitsOf(r),
      id: r.id,
      assetCode: r.asset_code,
      name: r.name,
      model: r.model,
      notes: r.notes,
      status: r.status,
      quantity: r.quantity,
      ratedKw: r.rated_kw,
      annualHours: r.annual_hours,
      loadFactor: r.load_factor,
      valueFen: r.original_value_fen,
    };
  }
}
