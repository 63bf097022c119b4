/**
 * The rows of one register view (a filter and a sort) as the table scrolls through them. The
 * register may hold 100,000 rows, so they are never fetched whole: the table reports which rows it
 * renders, and the window fetches the pages of ~200 rows around them, keeps a bounded number of
 * pages and drops the ones far from the view.
 *
 * The table's data is one array of slots ({index}) per view, created when the row count
 * changes and otherwise kept, and its columns stay the same when pages arrive: either change makes
 * antd's table re-walk all 100,000 rows (sorting, selection and row bookkeeping). Instead cells
 * read their record through `recordAt`, which is a new function with every `version`, handed down
 * in a context: a page arriving re-renders just the cells on screen.
 */
import type { ApiClient } from '../../shared/api/contract';
import type { EquipmentRecord } from '../../shared/register/register-api';
import { rowPage, type RowQuery } from './row-pages';

export type { RowQuery };

export const PAGE_SIZE = 200;
/** About 6,000 rows: enough to scroll back and forth without refetching, small enough to keep. */
const KEEP_PAGES = 30;
/** Rows fetched beyond the rendered ones, so a slow scroll rarely meets a blank row. */
const OVERSCAN_ROWS = 100;
/** How often the view's position is looked at while the user scrolls. */
const SETTLE_MS = 80;
/**
 * Rows the view may move between two looks and still count as settled. Dragging the scrollbar
 * from end to end passes hundreds of pages in a second or two: fetching (and drawing) each one
 * would only slow the drag down, so pages are fetched once the view slows to reading speed.
 */
const SETTLED_ROWS = 120;

export interface Slot {
  /** The row's index in the view. */
  index: number;
  /**
   * The table's row key: the index as text, made once. The virtual list looks every row's key up
   * in its height cache on every scroll frame; a number key would be turned into a new string
   * 100,000 times a frame.
   */
  key: string;
}

export interface RowWindowState {
  /** Rows matching the filter; null until the first page answered. */
  total: number | null;
  slots: readonly Slot[];
  /** Changes whenever a record on screen may have changed. */
  version: number;
  /**
   * The record at a row index, or null while its page is on its way. A new function with every
   * version, so whatever renders from it (the table's columns) knows to render again.
   */
  recordAt: (index: number) => EquipmentRecord | null;
  error: unknown;
}

const EMPTY: RowWindowState = { total: null, slots: [], version: 0, recordAt: () => null, error: null };

export class RowWindow {
  private state: RowWindowState = EMPTY;
  private readonly listeners = new Set<() => void>();
  private readonly pages = new Map<number, readonly EquipmentRecord[]>();
  /** Pages of the previous state of the register, shown until their fresh copy arrives. */
  private stale = new Map<number, readonly EquipmentRecord[]>();
  /** Page → the generation that asked for it; an answer from an older generation is dropped. */
  private readonly pending = new Map<number, number>();
  private generation = 0;
  /** The run of consecutive row indices rendered last: where the view is. */
  private runStart = 0;
  private runEnd = -1;
  private view = { first: 0, last: 0 };
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly api: ApiClient,
    private query: RowQuery,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): RowWindowState => this.state;

  /** The record at a row index now, for event handlers (renders use state.recordAt, which changes with it). */
  readonly peek = (index: number): EquipmentRecord | null => this.lookup(index);

  private lookup(index: number): EquipmentRecord | null {
    const page = Math.floor(index / PAGE_SIZE);
    const offset = index - page * PAGE_SIZE;
    return this.pages.get(page)?.[offset] ?? this.stale.get(page)?.[offset] ?? null;
  }

  /**
   * A new filter or sort: start over from the first page, which alone decides what shows first.
   * The slots are kept until it answers: a new sort has as many rows, and reusing the same array
   * spares the table a walk over all of them.
   */
  setQuery(query: RowQuery): void {
    this.query = query;
    this.generation++;
    this.pages.clear();
    this.stale.clear();
    this.pending.clear();
    this.view = { first: 0, last: 0 };
    this.set({ ...EMPTY, slots: this.state.slots, version: this.state.version + 1 });
    void this.fetch(0);
  }

  /**
   * The register changed (an edit, an import, an undo): refetch the pages in view and forget the
   * others. The rows on screen stay until their fresh copy arrives, so the table does not flash.
   */
  readonly refresh = (): void => {
    this.generation++;
    this.pending.clear();
    const inView = this.pagesAround(this.view.first, this.view.last);
    const stale = new Map<number, readonly EquipmentRecord[]>();
    for (const page of inView) {
      const shown = this.pages.get(page) ?? this.stale.get(page);
      if (shown) stale.set(page, shown);
    }
    this.stale = stale;
    this.pages.clear();
    this.set({ ...this.state, version: this.state.version + 1, error: null });
    for (const page of inView.length ? inView : [0]) void this.fetch(page);
  };

  /**
   * Called for every row the table renders. Only records the position: the fetch runs later, off
   * the render, and only for where the view still is by then.
   */
  readonly want = (index: number): void => {
    if (index === this.runEnd + 1 && index >= this.runStart) this.runEnd = index;
    else if (index < this.runStart || index > this.runEnd) this.runStart = this.runEnd = index;
    this.timer ??= setTimeout(this.settle, SETTLE_MS);
  };

  /** Stops pending timers and ignores answers still in flight; setQuery starts it again. */
  dispose(): void {
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private readonly settle = (): void => {
    this.timer = null;
    const moved = Math.abs(this.runStart - this.view.first);
    this.view = { first: this.runStart, last: this.runEnd };
    // Still flying past: look again shortly instead of fetching pages that will be gone by then.
    if (moved > SETTLED_ROWS) {
      this.timer = setTimeout(this.settle, SETTLE_MS);
      return;
    }
    const wanted = this.pagesAround(this.runStart, this.runEnd);
    for (const page of wanted) if (!this.pages.has(page)) void this.fetch(page);
    this.evictFarFrom(wanted[0] ?? 0);
  };

  private pagesAround(first: number, last: number): number[] {
    const total = this.state.total ?? 0;
    if (total === 0 || last < 0) return [];
    const from = Math.max(0, Math.floor((first - OVERSCAN_ROWS) / PAGE_SIZE));
    const to = Math.min(Math.floor((total - 1) / PAGE_SIZE), Math.floor((last + OVERSCAN_ROWS) / PAGE_SIZE));
    const pages: number[] = [];
    for (let p = from; p <= to; p++) pages.push(p);
    return pages;
  }

  private async fetch(page: number): Promise<void> {
    const generation = this.generation;
    if (this.pending.get(page) === generation) return;
    this.pending.set(page, generation);
    try {
      const answer = await rowPage(this.api, this.query, page * PAGE_SIZE, PAGE_SIZE);
      if (generation !== this.generation) return;
      this.pages.set(page, answer.rows);
      this.stale.delete(page);
      const total = answer.total;
      const slots =
        total === this.state.slots.length
          ? this.state.slots
          : Array.from({ length: total }, (_, index) => ({ index, key: String(index) }));
      this.set({ total, slots, version: this.state.version + 1, error: null });
    } catch (error) {
      if (generation === this.generation) this.set({ ...this.state, error });
    } finally {
      if (this.pending.get(page) === generation) this.pending.delete(page);
    }
  }

  private evictFarFrom(centrePage: number): void {
    if (this.pages.size <= KEEP_PAGES) return;
    const byDistance = [...this.pages.keys()].sort(
      (a, b) => Math.abs(b - centrePage) - Math.abs(a - centrePage),
    );
    // Far pages are off screen: dropping them needs no new version.
    for (const page of byDistance.slice(0, this.pages.size - KEEP_PAGES)) this.pages.delete(page);
  }

  private set(next: Omit<RowWindowState, 'recordAt'>): void {
    const recordAt =
      next.version === this.state.version ? this.state.recordAt : (index: number) => this.lookup(index);
    this.state = { ...next, recordAt };
    for (const listener of this.listeners) listener();
  }
}
