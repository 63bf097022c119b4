/**
 * The register rows the opportunity finder looks at: an enterprise's live rows in service, under
 * repair or idle (rows marked for retirement are already decided), with the figures the rules
 * estimate from. One scan in id order.
 */
import type Database from 'better-sqlite3';
import type { FinderRow } from '../../../shared/opportunities/finder-row';
import type { EquipmentRow } from '../../../shared/register/equipment-row';
import type { StatusCode } from '../../../shared/register/taxonomy';
import { IN_SERVICE_STATUSES } from '../../../shared/indicators/register-groups';

const STATUSES: readonly StatusCode[] = [...IN_SERVICE_STATUSES, 'idle'];

interface Columns {
  id: number;
  asset_code: string | null;
  name: string;
  model: string | null;
  notes: string | null;
  category: EquipmentRow['category'];
  status: StatusCode;
  quantity: number;
  rated_kw: number | null;
  annual_hours: number | null;
  load_factor: number | null;
  original_value_fen: number | null;
  energy_source: EquipmentRow['energy_source'];
  efficiency_class: EquipmentRow['efficiency_class'];
  year_commissioned: number | null;
  cnc: number;
  networked: number;
}

export function* finderRows(db: Database.Database, enterpriseId: number): Generator<FinderRow> {
  const stmt = db.prepare(
    `SELECT id, asset_code, name, model, notes, category, status, quantity, rated_kw, annual_hours, load_factor,
            original_value_fen, energy_source, efficiency_class, year_commissioned, cnc, networked
       FROM equipment
      WHERE enterprise_id = ? AND deleted_by IS NULL AND status IN (${STATUSES.map(() => '?').join(', ')})
      ORDER BY id`,
  );
  for (const r of stmt.iterate(enterpriseId, ...STATUSES) as IterableIterator<Columns>) {
    yield {
      id: r.id,
      assetCode: r.asset_code,
      name: r.name,
      model: r.model,
      notes: r.notes,
      category: r.category,
      status: r.status,
      quantity: r.quantity,
      ratedKw: r.rated_kw,
      annualHours: r.annual_hours,
      loadFactor: r.load_factor,
      valueFen: r.original_value_fen,
      cnc: r.cnc === 1,
      networked: r.networked === 1,
      energySource: r.energy_source,
      efficiencyClass: r.efficiency_class,
      year: r.year_commissioned,
      kwKnown: r.rated_kw !== null,
      hoursKnown: r.annual_hours !== null,
      valueKnown: r.original_value_fen !== null,
    };
  }
}
