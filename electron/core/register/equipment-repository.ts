import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { fenToYuan, yuanToFen } from '../../../shared/money';
import { fieldsWithMoneyAs, type EquipmentRow } from '../../../shared/register/register-fields';
import type {
  ChangeSetInfo,
  EquipmentFacets,
  EquipmentFilter,
  EquipmentPage,
  EquipmentRecord,
  EquipmentSort,
} from '../../../shared/register/register-api';
import { pageOrderCache, type SortOrder } from './page-order-cache';

/** Stored columns in the order of the register's fields; money is kept in fen. */
const COLUMNS = fieldsWithMoneyAs('original_value_fen');

type StoredRow = Record<(typeof COLUMNS)[number], string | number | null> & {
  id: number;
  updated_at: string;
};

export function searchText(row: Pick<EquipmentRow, 'asset_code' | 'name' | 'model' | 'maker'>): string {
  return [row.asset_code, row.name, row.model, row.maker].filter(Boolean).join('\u0001').toLowerCase();
}

/** Appends the row's values in COLUMNS order (written out: it runs for every imported row). */
function pushStored(row: EquipmentRow, out: unknown[]): void {
  out.push(
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
  );
}

function toStored(row: EquipmentRow): unknown[] {
  const values: unknown[] = [];
  pushStored(row, values);
  return values;
}

/** Values an import writes per row, in this order: the stored columns, then the search text. */
export const IMPORT_ROW_WIDTH = COLUMNS.length + 1;

/**
 * Appends a row's IMPORT_ROW_WIDTH values to an import's flat batch: one array of plain values
 * per batch, which crosses to the writing thread at a fraction of the cost of row objects.
 */
export function pushImportValues(row: EquipmentRow, out: unknown[]): void {
  pushStored(row, out);
  out.push(searchText(row));
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

/**
 * Sets the equipment table's secondary indexes aside while a large import inserts, and builds them
 * again before it commits: SQLite builds an index from sorted keys faster than it updates it row by
 * row (100k rows, 7 indexes: 450 ms updated per row, 260 ms built after). Only once the import has
 * inserted more rows than the table held before, because a build costs in proportion to the whole
 * table; from its first row when the file is sure to hold that many (`rowsAtLeast`), which spares
 * updating them for the first 20,000 rows and dropping them then (~70 ms of 100k). The unique
 * asset-code index stays: re-imports look rows up by it. Inside the import's transaction, so a
 * rollback (dry run, cancel, crash) brings the indexes back with everything else.
 */
export class DeferredIndexes {
  private static readonly MIN_ROWS = 20_000;
  private readonly threshold: number;
  private aside: { name: string; sql: string }[] = [];

  constructor(
    private readonly db: Database.Database,
    rowsAtLeast: number,
  ) {
    const rows = db.prepare('SELECT count(*) FROM equipment').pluck().get() as number;
    this.threshold = Math.max(DeferredIndexes.MIN_ROWS, rows);
    this.inserted(rowsAtLeast);
  }

  inserted(count: number): void {
    if (count < this.threshold || this.aside.length > 0) return;
    this.aside = this.db
      .prepare(
        `SELECT name, sql FROM sqlite_master
         WHERE type = 'index' AND tbl_name = 'equipment' AND sql IS NOT NULL AND name <> 'equipment_code'`,
      )
      .all() as { name: string; sql: string }[];
    for (const index of this.aside) this.db.exec(`DROP INDEX ${index.name}`);
  }

  restore(): void {
    for (const index of this.aside) this.db.exec(index.sql);
    this.aside = [];
  }
}

function sortKey(enterpriseId: number, sort: Pick<EquipmentSort, 'field'>): string {
  return `${enterpriseId}:${sort.field}`;
}

/**
 * A view's ids from its sort's order: descending is the ascending order reversed, its blanks
 * reversed after it (blanks last either way, ties by id in the sort's direction, as orderBy
 * sorts). `matching` null keeps every row.
 */
function viewOrder(sorted: SortOrder, desc: boolean, matching: readonly number[] | null): number[] {
  const { ids, nonNull } = sorted;
  let keep: Uint8Array | null = null;
  if (matching) {
    keep = new Uint8Array(sorted.maxId + 1);
    for (const id of matching) if (id <= sorted.maxId) keep[id] = 1;
  }
  const out: number[] = [];
  const take = (i: number) => {
    const id = ids[i] as number;
    if (keep === null || keep[id] === 1) out.push(id);
  };
  if (!desc) for (let i = 0; i < ids.length; i++) take(i);
  else {
    for (let i = nonNull - 1; i >= 0; i--) take(i);
    for (let i = ids.length - 1; i >= nonNull; i--) take(i);
  }
  return out;
}

/** Rows per INSERT statement in an import: fewer statement runs, same SQLite work per row. */
const INSERT_BATCH = 100;

/** Sort columns the schema declares NOT NULL: they need no rule for where blanks go. */
const NOT_NULL = new Set(['name', 'category', 'quantity', 'status', 'updated_at']);

/**
 * ORDER BY for a sort: blanks last in either direction (they are the least interesting rows to see
 * first), ties by id so that pages never overlap. `reversed` gives the exact reverse order.
 * NULLS LAST/FIRST rather than an `IS NULL` sort term: a narrower sort key, and an index on
 * (enterprise_id, column) can then deliver the order without sorting. Under a selective filter
 * that is a bad trade (the index is walked to its end, a table lookup per entry, to find a few
 * matches), so `scan` keeps the index out of it (`+column`).
 */
function orderBy(sort: EquipmentSort, options: { reversed?: boolean; scan?: boolean } = {}): string {
  const column = `${options.scan ? '+' : ''}${SORTABLE[sort.field]}`;
  const desc = (sort.order === 'desc') !== (options.reversed ?? false);
  const dir = desc ? 'DESC' : 'ASC';
  if (NOT_NULL.has(SORTABLE[sort.field])) return `${column} ${dir}, id ${dir}`;
  return `${column} ${dir} NULLS ${options.reversed ? 'FIRST' : 'LAST'}, id ${dir}`;
}

interface Where {
  sql: string;
  params: unknown[];
  search: boolean;
  /** Likely to keep a small share of the rows (a search, categories, workshops): no index order. */
  selective: boolean;
  /** Anything besides the enterprise's live rows is asked for. */
  filtered: boolean;
}

/** SQL for a filter; every value is a bound parameter. */
function where(enterpriseId: number, filter: EquipmentFilter = {}): Where {
  const parts = ['enterprise_id = ?', 'deleted_by IS NULL'];
  const params: unknown[] = [enterpriseId];
  const inList = (column: string, values: readonly unknown[] | undefined) => {
    if (!values || values.length === 0) return;
    parts.push(`${column} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  };
  // Statuses and year ranges usually take a large share of a register (most rows are in service),
  // and their indexes lack deleted_by, so using one means a table lookup per match in index order:
  // on 100,000 rows two to three times slower than walking the enterprise's rows in id order. The
  // unary + keeps the planner off those indexes; categories and workshops are selective enough.
  inList('category', filter.categories);
  inList('+status', filter.statuses);
  inList('workshop', filter.workshops);
  if (filter.yearFrom != null) {
    parts.push('+year_commissioned >= ?');
    params.push(filter.yearFrom);
  }
  if (filter.yearTo != null) {
    parts.push('+year_commissioned <= ?');
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
  const search = Boolean(q);
  const selective = search || Boolean(filter.categories?.length) || Boolean(filter.workshops?.length);
  return { sql: parts.join(' AND '), params, search, selective, filtered: parts.length > 2 };
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
    const sort = options.sort ?? { field: 'asset_code', order: 'asc' };
    const { offset, limit } = options;
    const cache = pageOrderCache(this.db);
    const key = JSON.stringify([sort, w.sql, w.params]);
    // One read transaction: the count and the page see the same rows even if an import commits between.
    return this.db.transaction((): EquipmentPage => {
      let total: number;
      let ids: number[];
      let order = cache.get(key);
      // A view asked for again is being scrolled or dragged through, and a search reads every
      // row's text anyway: the view's whole order, kept, makes the next pages slices of it. With
      // the sort's order at hand (any filter of the same sort made it) that is one pass over the
      // matching ids; else it costs about what one deep page costs.
      if (!order) {
        const repeated = cache.repeated(key);
        const sorted = cache.getSort(sortKey(enterpriseId, sort));
        if (sorted || repeated || w.search)
          order = this.fullOrder(key, enterpriseId, w, sort, sorted, repeated);
      }
      if (order) {
        total = order.length;
        ids = order.slice(offset, offset + limit);
      } else {
        total = this.db
          .prepare(`SELECT count(*) FROM equipment WHERE ${w.sql}`)
          .pluck()
          .get(...w.params) as number;
        if (offset >= total) return { total, offset, rows: [] };
        // The page's ids first, then its rows: SQLite's sorter then carries an id per row, not the
        // whole row. It keeps offset + limit rows, so past the middle the page is taken from the
        // other end in reverse order, which keeps at most half the rows.
        const end = Math.min(total, offset + limit);
        const fromEnd = total - end < offset;
        if (sort.field === 'asset_code' && !w.selective) {
          ids = this.codeOrderIds(w, sort.order === 'desc', offset, end - offset);
        } else {
          ids = this.db
            .prepare(
              `SELECT id FROM equipment WHERE ${w.sql} ORDER BY ${orderBy(sort, { reversed: fromEnd, scan: w.selective })} LIMIT ? OFFSET ?`,
            )
            .pluck()
            .all(...w.params, end - offset, fromEnd ? total - end : offset) as number[];
          if (fromEnd) ids.reverse();
        }
      }
      const byId = new Map<number, StoredRow>();
      for (const r of this.db
        .prepare(
          `SELECT id, ${COLUMNS.join(', ')}, updated_at FROM equipment WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .iterate(JSON.stringify(ids)) as IterableIterator<StoredRow>)
        byId.set(r.id, r);
      return { total, offset, rows: ids.map((id) => fromStored(byId.get(id) as StoredRow)) };
    })();
  }

  /**
   * Every id of a view in its order, kept for the view's next pages: taken from the sort's order
   * when there is one, or worth making (the view is scrolled, or keeps most rows); else, for the
   * first request of a search, sorted on its own (a few matches sort faster than the register).
   */
  private fullOrder(
    key: string,
    enterpriseId: number,
    w: Where,
    sort: EquipmentSort,
    sorted: SortOrder | null,
    repeated: boolean,
  ): number[] {
    const base = sorted ?? (repeated || !w.selective ? this.sortOrder(enterpriseId, sort.field) : null);
    const order = base
      ? viewOrder(base, sort.order === 'desc', w.filtered ? this.matchingIds(w) : null)
      : (this.db
          .prepare(`SELECT id FROM equipment WHERE ${w.sql} ORDER BY ${orderBy(sort, { scan: w.selective })}`)
          .pluck()
          .all(...w.params) as number[]);
    pageOrderCache(this.db).set(key, order);
    return order;
  }

  /** The ids a filter keeps, in no particular order. */
  private matchingIds(w: Where): number[] {
    return this.db
      .prepare(`SELECT id FROM equipment WHERE ${w.sql}`)
      .pluck()
      .all(...w.params) as number[];
  }

  /** The enterprise's live rows in the field's ascending order, blanks last; kept for the next views. */
  private sortOrder(enterpriseId: number, field: EquipmentSort['field']): SortOrder {
    // id * 2 + 1 marks a blank: the ids and where the blanks start, from one column of integers.
    const marked = this.db
      .prepare(
        `SELECT id * 2 + (${SORTABLE[field]} IS NULL) FROM equipment WHERE enterprise_id = ? AND deleted_by IS NULL
          ORDER BY ${orderBy({ field, order: 'asc' })}`,
      )
      .pluck()
      .all(enterpriseId) as number[];
    const ids = new Int32Array(marked.length);
    let nonNull = marked.length;
    let maxId = 0;
    for (let i = 0; i < marked.length; i++) {
      const m = marked[i] as number;
      const blank = m % 2;
      const id = (m - blank) / 2;
      ids[i] = id;
      if (blank === 1 && nonNull === marked.length) nonNull = i;
      if (id > maxId) maxId = id;
    }
    const order = { ids, nonNull, maxId };
    pageOrderCache(this.db).setSort(sortKey(enterpriseId, { field }), order);
    return order;
  }

  /**
   * Ids of a page in asset-code order without sorting (the register opens in this order): the
   * unique code index holds exactly the live rows that have a code, in code order, and is walked
   * checking the filter; the rows without a code follow by id. For filters that keep most rows.
   */
  private codeOrderIds(w: Where, desc: boolean, offset: number, limit: number): number[] {
    const dir = desc ? 'DESC' : 'ASC';
    const coded = `FROM equipment WHERE ${w.sql} AND asset_code IS NOT NULL`;
    const ids = this.db
      .prepare(`SELECT id ${coded} ORDER BY asset_code ${dir} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...w.params, limit, offset) as number[];
    if (ids.length === limit) return ids;
    const codedCount = this.db
      .prepare(`SELECT count(*) ${coded}`)
      .pluck()
      .get(...w.params) as number;
    const uncoded = this.db
      .prepare(
        `SELECT id FROM equipment WHERE ${w.sql} AND asset_code IS NULL ORDER BY id ${dir} LIMIT ? OFFSET ?`,
      )
      .pluck()
      .all(...w.params, limit - ids.length, Math.max(0, offset - codedCount)) as number[];
    return ids.concat(uncoded);
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
    const stmt = this.db.prepare(
      `SELECT id, ${COLUMNS.join(', ')}, updated_at FROM equipment WHERE ${w.sql} ORDER BY ${orderBy(sort ?? { field: 'asset_code', order: 'asc' })}`,
    );
    for (const r of stmt.iterate(...w.params)) yield fromStored(r as StoredRow);
  }

  /**
   * Shaped for the indexes, which lack deleted_by: the distinct workshops come from the workshop
   * index alone, then each is checked for a live row; the year bounds walk the year index from
   * either end to the first live row. On 100,000 rows ~5 ms, where DISTINCT and min/max over the
   * live rows looked up every row (~75 ms).
   */
  facets(enterpriseId: number): EquipmentFacets {
    const workshops = this.db
      .prepare(
        `SELECT w FROM (SELECT DISTINCT workshop AS w FROM equipment WHERE enterprise_id = ? AND workshop IS NOT NULL)
          WHERE EXISTS (SELECT 1 FROM equipment e WHERE e.enterprise_id = ? AND e.workshop = w AND e.deleted_by IS NULL)
          ORDER BY w`,
      )
      .pluck()
      .all(enterpriseId, enterpriseId) as string[];
    const live = 'FROM equipment WHERE enterprise_id = ? AND deleted_by IS NULL';
    const r = this.db
      .prepare(
        `SELECT
           (SELECT year_commissioned ${live} AND year_commissioned IS NOT NULL ORDER BY year_commissioned LIMIT 1) AS lo,
           (SELECT year_commissioned ${live} AND year_commissioned IS NOT NULL ORDER BY year_commissioned DESC LIMIT 1) AS hi,
           (SELECT count(*) ${live}) AS n`,
      )
      .get(enterpriseId, enterpriseId, enterpriseId) as { lo: number | null; hi: number | null; n: number };
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

  /**
   * What an import writes with, inside its transaction: rows with a new asset code (or none) are
   * inserted INSERT_BATCH to a statement; rows whose code exists are updated at once, their previous
   * state kept for undo. An enterprise without live rows gets inserts only, so no row is looked up.
   * Codes within one file are distinct (the reader rejects repeats), so a row waiting to be inserted
   * never shares its code with a later one. Rows come as flat batches of IMPORT_ROW_WIDTH values
   * (pushImportValues). counts() writes what is still waiting. `rowsAtLeast`: how many rows the
   * import is sure to bring (0 when unknown).
   */
  bulkWriter(enterpriseId: number, changeSetId: number, rowsAtLeast = 0) {
    const ts = this.now().toISOString();
    const indexes = new DeferredIndexes(this.db, rowsAtLeast);
    const hasRows =
      this.db
        .prepare('SELECT 1 FROM equipment WHERE enterprise_id = ? AND deleted_by IS NULL LIMIT 1')
        .get(enterpriseId) !== undefined;
    const findByCode = this.db
      .prepare('SELECT id FROM equipment WHERE enterprise_id = ? AND asset_code = ? AND deleted_by IS NULL')
      .pluck();
    const update = this.db.prepare(
      `UPDATE equipment SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, search_text = ?, updated_at = ? WHERE id = ?`,
    );
    const saveBefore = this.db.prepare(
      'INSERT OR IGNORE INTO change_row (change_set_id, equipment_id, before_json) VALUES (?, ?, ?)',
    );
    // What every row of the import shares is written into the statement (integers and our own
    // timestamp): each row binds only its own values, straight from the batch.
    const shared = `${Math.trunc(enterpriseId)}, ${Math.trunc(changeSetId)}, '${ts}'`;
    const tuple = `(${Array<string>(IMPORT_ROW_WIDTH).fill('?').join(', ')}, ${shared})`;
    const insertSql = (n: number) =>
      `INSERT INTO equipment (${COLUMNS.join(', ')}, search_text, enterprise_id, created_by, updated_at)
       VALUES ${Array<string>(n).fill(tuple).join(', ')}`;
    const insertBatch = this.db.prepare(insertSql(INSERT_BATCH));
    const BATCH_VALUES = INSERT_BATCH * IMPORT_ROW_WIDTH;
    let waiting: unknown[] = [];
    let inserted = 0;
    let updated = 0;
    const flush = () => {
      const pending = waiting.length / IMPORT_ROW_WIDTH;
      if (pending === 0) return;
      (pending === INSERT_BATCH ? insertBatch : this.db.prepare(insertSql(pending))).run(waiting);
      inserted += pending;
      indexes.inserted(inserted);
      waiting = [];
    };
    /** Inserts whole statements' worth straight from the batch; keeps the rest waiting. */
    const insertRows = (values: readonly unknown[], from: number, to: number) => {
      let at = from;
      if (waiting.length > 0) {
        const fill = Math.min(to, at + BATCH_VALUES - waiting.length);
        for (; at < fill; at++) waiting.push(values[at]);
        if (waiting.length === BATCH_VALUES) flush();
      }
      for (; at + BATCH_VALUES <= to; at += BATCH_VALUES) {
        insertBatch.run(values.slice(at, at + BATCH_VALUES));
        inserted += INSERT_BATCH;
        indexes.inserted(inserted);
      }
      for (; at < to; at++) waiting.push(values[at]);
    };
    return {
      /** `values`: IMPORT_ROW_WIDTH values per row, rows one after another. */
      putBatch: (values: readonly unknown[]): void => {
        if (!hasRows) {
          insertRows(values, 0, values.length);
          return;
        }
        let runFrom = 0;
        for (let at = 0; at < values.length; at += IMPORT_ROW_WIDTH) {
          const code = values[at] as string | null;
          const existing =
            code === null ? undefined : (findByCode.get(enterpriseId, code) as number | undefined);
          if (existing === undefined) continue;
          insertRows(values, runFrom, at);
          runFrom = at + IMPORT_ROW_WIDTH;
          saveBefore.run(changeSetId, existing, JSON.stringify(this.rawById(existing)));
          update.run(...values.slice(at, at + IMPORT_ROW_WIDTH), ts, existing);
          updated++;
        }
        insertRows(values, runFrom, values.length);
      },
      /** Writes what is still waiting and builds any index that was set aside. */
      counts: () => {
        flush();
        indexes.restore();
        return { inserted, updated };
      },
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
   * The label of the later change that gave a row the asset code a row restored by undoing this
   * change set would need again (a deleted row's code given to a new row, or a code freed by an
   * edit and taken since); undefined when every restored code is free.
   */
  private codeHolder(enterpriseId: number, changeSetId: number): string | undefined {
    const holderId = this.db
      .prepare(
        `WITH restored (id, code) AS (
           SELECT equipment_id, json_extract(before_json, '$.asset_code') FROM change_row WHERE change_set_id = ?
           UNION ALL SELECT id, asset_code FROM equipment WHERE deleted_by = ?)
         SELECT e.id FROM restored r JOIN equipment e
           ON e.enterprise_id = ? AND e.asset_code = r.code AND e.deleted_by IS NULL AND e.id <> r.id
          WHERE e.created_by IS NOT ? AND e.id NOT IN (SELECT id FROM restored)
          LIMIT 1`,
      )
      .pluck()
      .get(changeSetId, changeSetId, enterpriseId, changeSetId) as number | undefined;
    if (holderId === undefined) return undefined;
    const label = this.db
      .prepare(
        `SELECT label FROM change_set WHERE enterprise_id = ? AND id > ? AND undone_at IS NULL AND (
           id = (SELECT created_by FROM equipment WHERE id = ?)
           OR id IN (SELECT change_set_id FROM change_row WHERE equipment_id = ?))
         ORDER BY id DESC LIMIT 1`,
      )
      .pluck()
      .get(enterpriseId, changeSetId, holderId, holderId) as string | undefined;
    return label ?? '';
  }

  /**
   * Undoes a change set: rows it created are removed, rows it changed get their earlier values back,
   * rows it deleted come back. Refused when a row it touched was changed again by a later change
   * set that is still in effect, since undoing would silently discard that later work, and when a
   * row it would bring back needs an asset code another row has taken since.
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
        const holder = this.codeHolder(enterpriseId, changeSetId);
        if (holder !== undefined) throw new AppError('UNDO_BLOCKED', { label: holder });

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
