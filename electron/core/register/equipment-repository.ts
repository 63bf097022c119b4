import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { fenToYuan, yuanToFen } from '../../../shared/money';
import type { EquipmentRow } from '../../../shared/register/equipment-row';
import type {
  ChangeSetInfo,
  EquipmentFacets,
  EquipmentFilter,
  EquipmentPage,
  EquipmentRecord,
  EquipmentSort,
} from '../../../shared/register/register-api';

/** Stored columns in the order of EquipmentRow's keys; money is kept in fen. */
const COLUMNS = [
  'asset_code',
  'name',
  'category',
  'model',
  'maker',
  'quantity',
  'year_commissioned',
  'month_commissioned',
  'original_value_fen',
  'rated_kw',
  'annual_hours',
  'load_factor',
  'energy_source',
  'efficiency_class',
  'cnc',
  'networked',
  'workshop',
  'status',
  'notes',
] as const;

type StoredRow = Record<(typeof COLUMNS)[number], string | number | null> & {
  id: number;
  updated_at: string;
};

export function searchText(row: Pick<EquipmentRow, 'asset_code' | 'name' | 'model' | 'maker'>): string {
  return [row.asset_code, row.name, row.model, row.maker].filter(Boolean).join('\u0001').toLowerCase();
}

function toStored(row: EquipmentRow): unknown[] {
  return [
    row.asset_code,
    row.name,
    row.category,
    row.model,
    row.maker,
    row.quantity,
    row.year_commissioned,
    row.month_commissioned,
    row.original_value_yuan == null ? null : yuanToFen(row.original_value_yuan),
    row.rated_kw,
    row.annual_hours,
    row.load_factor,
    row.energy_source,
    row.efficiency_class,
    row.cnc ? 1 : 0,
    row.networked ? 1 : 0,
    row.workshop,
    row.status,
    row.notes,
  ];
}

export function fromStored(r: StoredRow): EquipmentRecord {
  return {
    id: r.id,
    asset_code: r.asset_code as string | null,
    name: r.name as string,
    category: r.category as EquipmentRow['category'],
    model: r.model as string | null,
    maker: r.maker as string | null,
    quantity: r.quantity as number,
    year_commissioned: r.year_commissioned as number | null,
    month_commissioned: r.month_commissioned as number | null,
    original_value_yuan: r.original_value_fen == null ? null : fenToYuan(r.original_value_fen as number),
    rated_kw: r.rated_kw as number | null,
    annual_hours: r.annual_hours as number | null,
    load_factor: r.load_factor as number | null,
    energy_source: r.energy_source as EquipmentRow['energy_source'],
    efficiency_class: r.efficiency_class as EquipmentRow['efficiency_class'],
    cnc: r.cnc === 1,
    networked: r.networked === 1,
    workshop: r.workshop as string | null,
    status: r.status as EquipmentRow['status'],
    notes: r.notes as string | null,
    updated_at: r.updated_at,
  };
}

const SORTABLE: Record<EquipmentSort['field'], string> = {
  asset_code: 'asset_code',
  name: 'name',
  category: 'category',
  model: 'model',
  maker: 'maker',
  quantity: 'quantity',
  year_commissioned: 'year_commissioned',
  original_value_yuan: 'original_value_fen',
  rated_kw: 'rated_kw',
  workshop: 'workshop',
  status: 'status',
  annual_hours: 'annual_hours',
  updated_at: 'updated_at',
};

/** SQL for a filter; every value is a bound parameter. */
function where(enterpriseId: number, filter: EquipmentFilter = {}): { sql: string; params: unknown[] } {
  const parts = ['enterprise_id = ?', 'deleted_by IS NULL'];
  const params: unknown[] = [enterpriseId];
  const inList = (column: string, values: readonly unknown[] | undefined) => {
    if (!values || values.length === 0) return;
    parts.push(`${column} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  };
  inList('category', filter.categories);
  inList('status', filter.statuses);
  inList('workshop', filter.workshops);
  if (filter.yearFrom != null) {
    parts.push('year_commissioned >= ?');
    params.push(filter.yearFrom);
  }
  if (filter.yearTo != null) {
    parts.push('year_commissioned <= ?');
    params.push(filter.yearTo);
  }
  const q = filter.search?.trim().toLowerCase();
  if (q) {
    // instr() finds one-character Chinese terms too, which a trigram index cannot.
    for (const term of q.split(/\s+/)) {
      parts.push('instr(search_text, ?) > 0');
      params.push(term);
    }
  }
  return { sql: parts.join(' AND '), params };
}

export class EquipmentRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  page(
    enterpriseId: number,
    options: { offset: number; limit: number; sort?: EquipmentSort; filter?: EquipmentFilter },
  ): EquipmentPage {
    const w = where(enterpriseId, options.filter);
    const total = (
      this.db.prepare(`SELECT count(*) AS n FROM equipment WHERE ${w.sql}`).get(...w.params) as { n: number }
    ).n;
    const sort = options.sort ?? { field: 'asset_code', order: 'asc' };
    const column = SORTABLE[sort.field];
    const dir = sort.order === 'desc' ? 'DESC' : 'ASC';
    // NULLs last in either direction: blanks are the least interesting rows to see first.
    const rows = this.db
      .prepare(
        `SELECT id, ${COLUMNS.join(', ')}, updated_at FROM equipment WHERE ${w.sql}
         ORDER BY ${column} IS NULL, ${column} ${dir}, id ${dir} LIMIT ? OFFSET ?`,
      )
      .all(...w.params, options.limit, options.offset) as StoredRow[];
    return { total, offset: options.offset, rows: rows.map(fromStored) };
  }

  ids(enterpriseId: number, filter?: EquipmentFilter): number[] {
    const w = where(enterpriseId, filter);
    return this.db
      .prepare(`SELECT id FROM equipment WHERE ${w.sql} ORDER BY id`)
      .pluck()
      .all(...w.params) as number[];
  }

  /** Every matching row, for exports; iterates without materialising the whole register. */
  *iterate(enterpriseId: number, sort?: EquipmentSort, filter?: EquipmentFilter): Generator<EquipmentRecord> {
    const w = where(enterpriseId, filter);
    const s = sort ?? { field: 'asset_code', order: 'asc' };
    const column = SORTABLE[s.field];
    const dir = s.order === 'desc' ? 'DESC' : 'ASC';
    const stmt = this.db.prepare(
      `SELECT id, ${COLUMNS.join(', ')}, updated_at FROM equipment WHERE ${w.sql} ORDER BY ${column} IS NULL, ${column} ${dir}, id ${dir}`,
    );
    for (const r of stmt.iterate(...w.params)) yield fromStored(r as StoredRow);
  }

  facets(enterpriseId: number): EquipmentFacets {
    const workshops = this.db
      .prepare(
        `SELECT DISTINCT workshop FROM equipment WHERE enterprise_id = ? AND deleted_by IS NULL AND workshop IS NOT NULL ORDER BY workshop`,
      )
      .pluck()
      .all(enterpriseId) as string[];
    const r = this.db
      .prepare(
        `SELECT min(year_commissioned) AS lo, max(year_commissioned) AS hi, count(*) AS n FROM equipment WHERE enterprise_id = ? AND deleted_by IS NULL`,
      )
      .get(enterpriseId) as { lo: number | null; hi: number | null; n: number };
    return { workshops, yearMin: r.lo, yearMax: r.hi, total: r.n };
  }

  get(enterpriseId: number, id: number): EquipmentRecord {
    const r = this.db
      .prepare(
        `SELECT id, ${COLUMNS.join(', ')}, updated_at FROM equipment WHERE id = ? AND enterprise_id = ? AND deleted_by IS NULL`,
      )
      .get(id, enterpriseId) as StoredRow | undefined;
    if (!r) throw new AppError('NOT_FOUND', { what: 'equipment', id });
    return fromStored(r);
  }

  private rawById(id: number): StoredRow | undefined {
    return this.db
      .prepare(`SELECT id, ${COLUMNS.join(', ')}, updated_at FROM equipment WHERE id = ?`)
      .get(id) as StoredRow | undefined;
  }

  openChangeSet(
    enterpriseId: number,
    kind: ChangeSetInfo['kind'],
    label: string,
    extra: Partial<Pick<ChangeSetInfo, 'fileName' | 'fileFormat' | 'sheet'>> & { mappingJson?: string } = {},
  ): number {
    return Number(
      this.db
        .prepare(
          `INSERT INTO change_set (enterprise_id, kind, label, created_at, file_name, file_format, sheet, mapping_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          enterpriseId,
          kind,
          label,
          this.now().toISOString(),
          extra.fileName ?? null,
          extra.fileFormat ?? null,
          extra.sheet ?? null,
          extra.mappingJson ?? null,
        ).lastInsertRowid,
    );
  }

  /**
   * Prepared statements for writing many rows inside one transaction (an import): insert new asset
   * codes, update existing ones keeping their previous state for undo.
   */
  writer(enterpriseId: number, changeSetId: number) {
    const ts = this.now().toISOString();
    const findByCode = this.db
      .prepare('SELECT id FROM equipment WHERE enterprise_id = ? AND asset_code = ? AND deleted_by IS NULL')
      .pluck();
    const insert = this.db.prepare(
      `INSERT INTO equipment (enterprise_id, ${COLUMNS.join(', ')}, search_text, created_by, updated_at)
       VALUES (?, ${COLUMNS.map(() => '?').join(', ')}, ?, ?, ?)`,
    );
    const update = this.db.prepare(
      `UPDATE equipment SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, search_text = ?, updated_at = ? WHERE id = ?`,
    );
    const saveBefore = this.db.prepare(
      'INSERT OR IGNORE INTO change_row (change_set_id, equipment_id, before_json) VALUES (?, ?, ?)',
    );
    let inserted = 0;
    let updated = 0;
    return {
      /** Inserts or updates by asset code; returns the row id. */
      upsert: (row: EquipmentRow): number => {
        const existing =
          row.asset_code === null
            ? undefined
            : (findByCode.get(enterpriseId, row.asset_code) as number | undefined);
        if (existing === undefined) {
          inserted++;
          return Number(
            insert.run(enterpriseId, ...toStored(row), searchText(row), changeSetId, ts).lastInsertRowid,
          );
        }
        saveBefore.run(changeSetId, existing, JSON.stringify(this.rawById(existing)));
        update.run(...toStored(row), searchText(row), ts, existing);
        updated++;
        return existing;
      },
      counts: () => ({ inserted, updated }),
    };
  }

  finishChangeSet(
    changeSetId: number,
    counts: { inserted?: number; updated?: number; deleted?: number; rejected?: number },
  ) {
    this.db
      .prepare(
        'UPDATE change_set SET inserted_count = ?, updated_count = ?, deleted_count = ?, rejected_count = ? WHERE id = ?',
      )
      .run(counts.inserted ?? 0, counts.updated ?? 0, counts.deleted ?? 0, counts.rejected ?? 0, changeSetId);
  }

  assertCodeFree(enterpriseId: number, code: string | null, exceptId: number | null): void {
    if (code === null) return;
    const other = this.db
      .prepare(
        'SELECT id FROM equipment WHERE enterprise_id = ? AND asset_code = ? AND deleted_by IS NULL AND id IS NOT ?',
      )
      .get(enterpriseId, code, exceptId);
    if (other)
      throw new AppError('VALIDATION', {}, [
        { path: ['asset_code'], key: 'register.codeTaken', params: { code } },
      ]);
  }

  add(enterpriseId: number, row: EquipmentRow): EquipmentRecord {
    return this.db
      .transaction(() => {
        this.assertCodeFree(enterpriseId, row.asset_code, null);
        const cs = this.openChangeSet(enterpriseId, 'add', row.asset_code ?? row.name);
        const id = this.writer(enterpriseId, cs).upsert(row);
        this.finishChangeSet(cs, { inserted: 1 });
        return this.get(enterpriseId, id);
      })
      .immediate();
  }

  /**
   * Writes rows already merged with their changes and validated by the caller; one change set,
   * undoable as a whole. Asset codes stay unique among the enterprise's live rows.
   */
  updateRows(
    enterpriseId: number,
    rows: { id: number; row: EquipmentRow }[],
    label: string,
  ): { changeSetId: number; count: number } {
    return this.db
      .transaction(() => {
        const cs = this.openChangeSet(enterpriseId, rows.length === 1 ? 'edit' : 'bulk-edit', label);
        const ts = this.now().toISOString();
        const saveBefore = this.db.prepare(
          'INSERT OR IGNORE INTO change_row (change_set_id, equipment_id, before_json) VALUES (?, ?, ?)',
        );
        const update = this.db.prepare(
          `UPDATE equipment SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, search_text = ?, updated_at = ?
            WHERE id = ? AND enterprise_id = ? AND deleted_by IS NULL`,
        );
        for (const { id, row } of rows) {
          this.assertCodeFree(enterpriseId, row.asset_code, id);
          const before = this.rawById(id);
          if (!before) throw new AppError('NOT_FOUND', { what: 'equipment', id });
          saveBefore.run(cs, id, JSON.stringify(before));
          if (update.run(...toStored(row), searchText(row), ts, id, enterpriseId).changes !== 1) {
            throw new AppError('NOT_FOUND', { what: 'equipment', id });
          }
        }
        this.finishChangeSet(cs, { updated: rows.length });
        return { changeSetId: cs, count: rows.length };
      })
      .immediate();
  }

  delete(enterpriseId: number, ids: number[], label: string): { changeSetId: number; count: number } {
    return this.db
      .transaction(() => {
        const cs = this.openChangeSet(enterpriseId, 'delete', label);
        const mark = this.db.prepare(
          'UPDATE equipment SET deleted_by = ? WHERE id = ? AND enterprise_id = ? AND deleted_by IS NULL',
        );
        for (const id of ids) {
          if (mark.run(cs, id, enterpriseId).changes !== 1)
            throw new AppError('NOT_FOUND', { what: 'equipment', id });
        }
        this.finishChangeSet(cs, { deleted: ids.length });
        return { changeSetId: cs, count: ids.length };
      })
      .immediate();
  }

  history(enterpriseId: number): ChangeSetInfo[] {
    const rows = this.db
      .prepare('SELECT * FROM change_set WHERE enterprise_id = ? ORDER BY id DESC LIMIT 200')
      .all(enterpriseId) as Record<string, string | number | null>[];
    return rows.map((r) => ({
      id: r.id as number,
      kind: r.kind as ChangeSetInfo['kind'],
      label: r.label as string,
      createdAt: r.created_at as string,
      undoneAt: r.undone_at as string | null,
      fileName: r.file_name as string | null,
      fileFormat: r.file_format as string | null,
      sheet: r.sheet as string | null,
      inserted: r.inserted_count as number,
      updated: r.updated_count as number,
      deleted: r.deleted_count as number,
      rejected: r.rejected_count as number,
    }));
  }

  /**
   * Undoes a change set: rows it created are removed, rows it changed get their earlier values back,
   * rows it deleted come back. Refused when a row it touched was changed again by a later change
   * set that is still in effect, since undoing would silently discard that later work.
   */
  undo(enterpriseId: number, changeSetId: number): ChangeSetInfo {
    return this.db
      .transaction(() => {
        const cs = this.db
          .prepare('SELECT * FROM change_set WHERE id = ? AND enterprise_id = ?')
          .get(changeSetId, enterpriseId) as { id: number; undone_at: string | null } | undefined;
        if (!cs) throw new AppError('NOT_FOUND', { what: 'change', id: changeSetId });
        if (cs.undone_at) throw new AppError('UNDO_DONE');
        const later = this.db
          .prepare(
            `SELECT later.label FROM change_set later
              WHERE later.enterprise_id = ? AND later.id > ? AND later.undone_at IS NULL AND (
                EXISTS (SELECT 1 FROM change_row a JOIN change_row b ON a.equipment_id = b.equipment_id
                         WHERE a.change_set_id = later.id AND b.change_set_id = ?)
                OR EXISTS (SELECT 1 FROM change_row a JOIN equipment e ON e.id = a.equipment_id
                         WHERE a.change_set_id = later.id AND e.created_by = ?)
                OR EXISTS (SELECT 1 FROM equipment e WHERE e.deleted_by = later.id AND
                         (e.created_by = ? OR e.id IN (SELECT equipment_id FROM change_row WHERE change_set_id = ?))))
              ORDER BY later.id DESC LIMIT 1`,
          )
          .pluck()
          .get(enterpriseId, changeSetId, changeSetId, changeSetId, changeSetId, changeSetId) as
          string | undefined;
        if (later !== undefined) throw new AppError('UNDO_BLOCKED', { label: later });

        this.db.prepare('DELETE FROM equipment WHERE created_by = ?').run(changeSetId);
        // Rows it deleted come back first: their codes are free again once its inserts are gone.
        const restore = this.db.prepare(
          `UPDATE equipment SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, search_text = ?, updated_at = ? WHERE id = ?`,
        );
        const befores = this.db
          .prepare('SELECT equipment_id, before_json FROM change_row WHERE change_set_id = ?')
          .all(changeSetId) as { equipment_id: number; before_json: string }[];
        for (const b of befores) {
          const before = JSON.parse(b.before_json) as StoredRow;
          const values = COLUMNS.map((c) => before[c]);
          restore.run(...values, searchText(fromStored(before)), before.updated_at, b.equipment_id);
        }
        this.db.prepare('UPDATE equipment SET deleted_by = NULL WHERE deleted_by = ?').run(changeSetId);
        this.db
          .prepare('UPDATE change_set SET undone_at = ? WHERE id = ?')
          .run(this.now().toISOString(), changeSetId);
        return this.history(enterpriseId).find((h) => h.id === changeSetId)!;
      })
      .immediate();
  }
}
