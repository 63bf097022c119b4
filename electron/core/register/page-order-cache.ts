import type Database from 'better-sqlite3';
import { workspaceVersion } from '../db/workspace-version';

/**
 * An enterprise's live rows in one sort field's ascending order, blanks last (ties by id): every
 * filter of that sort, either way round, is this order with the non-matching rows left out, so a
 * view's order costs a pass over its matching ids instead of a sort of its rows.
 */
export interface SortOrder {
  ids: Int32Array;
  /** The rows with a value come first; ids[nonNull] is the first blank one. */
  nonNull: number;
  maxId: number;
}

/**
 * The ordered ids of a register view (one enterprise, sort and filter), kept between page requests.
 * A table scrolled or dragged through a sort that has no index would otherwise sort the whole
 * register again for every page (on 100,000 rows ~35–50 ms per page away from the ends); with the
 * order kept, a page is a slice of it and a lookup of 100 rows (under 1 ms). Eight views of
 * 100,000 ids are a few MB.
 *
 * An order is only used while the workspace is unchanged (workspaceVersion).
 */
export class PageOrderCache {
  private static readonly SIZE = 8;
  /** Most recently used last. */
  private readonly entries = new Map<string, { ids: readonly number[]; version: string }>();
  /** Views asked for once: the second request of a view pays for its full order. */
  private readonly seen = new Map<string, string>();
  /**
   * Sort orders by enterprise and field, most recently used last: every sortable field of one
   * enterprise fits (13 × 400 KB at 100,000 rows).
   */
  private readonly sorts = new Map<string, { order: SortOrder; version: string }>();
  private static readonly SORTS = 16;

  constructor(private readonly db: Database.Database) {}

  private version(): string {
    return workspaceVersion(this.db);
  }

  get(key: string): readonly number[] | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (entry.version !== this.version()) return null;
    this.entries.set(key, entry);
    return entry.ids;
  }

  set(key: string, ids: readonly number[]): void {
    this.entries.delete(key);
    this.entries.set(key, { ids, version: this.version() });
    while (this.entries.size > PageOrderCache.SIZE)
      this.entries.delete(this.entries.keys().next().value as string);
  }

  getSort(key: string): SortOrder | null {
    const entry = this.sorts.get(key);
    if (!entry) return null;
    this.sorts.delete(key);
    if (entry.version !== this.version()) return null;
    this.sorts.set(key, entry);
    return entry.order;
  }

  setSort(key: string, order: SortOrder): void {
    this.sorts.delete(key);
    this.sorts.set(key, { order, version: this.version() });
    while (this.sorts.size > PageOrderCache.SORTS)
      this.sorts.delete(this.sorts.keys().next().value as string);
  }

  /**
   * True when the view was asked for before in this version of the workspace: it is being
   * scrolled, so its full order is worth computing. A single page (the top of a new sort) is
   * cheaper to take with LIMIT.
   */
  repeated(key: string): boolean {
    const version = this.version();
    const before = this.seen.get(key) === version;
    this.seen.delete(key);
    this.seen.set(key, version);
    while (this.seen.size > 64) this.seen.delete(this.seen.keys().next().value as string);
    return before;
  }
}

const caches = new WeakMap<Database.Database, PageOrderCache>();

/** One cache per connection: the version it checks is that connection's view of the file. */
export function pageOrderCache(db: Database.Database): PageOrderCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new PageOrderCache(db);
    caches.set(db, cache);
  }
  return cache;
}
