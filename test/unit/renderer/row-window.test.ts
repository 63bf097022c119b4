import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../shared/api/contract';
import type { EquipmentRecord } from '../../../shared/register/register-api';
import { PAGE_SIZE, RowWindow, type RowQuery } from '../../../renderer/register/row-window';

/** A register of `total` rows behind a fake API that records the pages asked for. */
function fakeApi(total: () => number) {
  const asked: { offset: number; sort?: unknown }[] = [];
  const api = {
    call: vi.fn(async (method: string, input: { offset: number; limit: number; sort?: unknown }) => {
      expect(method).toBe('equipment.page');
      asked.push({ offset: input.offset, sort: input.sort });
      const n = Math.max(0, Math.min(input.limit, total() - input.offset));
      const rows = Array.from({ length: n }, (_, i) => ({ id: input.offset + i + 1 }) as EquipmentRecord);
      return { total: total(), offset: input.offset, rows };
    }),
    onEvent: () => () => undefined,
  };
  return { api: api as unknown as ApiClient, asked };
}

const QUERY: RowQuery = { enterpriseId: 1, filter: {}, sort: null };

/** Lets fetches answer and the settle timer run. */
async function settle() {
  await vi.advanceTimersByTimeAsync(100);
  await vi.advanceTimersByTimeAsync(100);
}

/** What the table does: renders rows first..last, telling the window about each. */
function render(window: RowWindow, first: number, last: number) {
  for (let i = first; i <= last; i++) window.want(i);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('RowWindow', () => {
  it('fetches the first page at once and gives the table one slot per row', async () => {
    const { api, asked } = fakeApi(() => 100_000);
    const window = new RowWindow(api, QUERY);
    window.setQuery(QUERY);
    await settle();
    const state = window.getState();
    expect(asked).toEqual([{ offset: 0, sort: undefined }]);
    expect(state.total).toBe(100_000);
    expect(state.slots).toHaveLength(100_000);
    expect(state.slots[99_999]).toEqual({ index: 99_999, key: '99999' });
    expect(state.recordAt(0)?.id).toBe(1);
    expect(state.recordAt(PAGE_SIZE)).toBeNull();
  });

  it('fetches the pages around the rows the table renders, not the ones it flew past', async () => {
    const { api, asked } = fakeApi(() => 100_000);
    const window = new RowWindow(api, QUERY);
    window.setQuery(QUERY);
    await settle();
    asked.length = 0;
    // A drag across the register: every look finds the view far from the last one.
    for (const at of [10_000, 30_000, 50_000]) {
      render(window, at, at + 15);
      await vi.advanceTimersByTimeAsync(90);
    }
    expect(asked).toEqual([]);
    // The view stops: its page is fetched, and the next one since the view is within 100 rows of it.
    render(window, 50_300, 50_315);
    await settle();
    render(window, 50_300, 50_315);
    await settle();
    expect(asked.map((a) => a.offset)).toEqual([50_200, 50_400]);
    expect(window.getState().recordAt(50_300)?.id).toBe(50_301);
  });

  it('keeps the slots array (and so the table data) while pages arrive', async () => {
    const { api } = fakeApi(() => 5_000);
    const window = new RowWindow(api, QUERY);
    window.setQuery(QUERY);
    await settle();
    const { slots, recordAt } = window.getState();
    render(window, 1_000, 1_020);
    await settle();
    expect(window.getState().slots).toBe(slots);
    // …but the cells learn that records changed: recordAt is a new function.
    expect(window.getState().recordAt).not.toBe(recordAt);
  });

  it('drops far pages once it holds more than it keeps', async () => {
    const { api } = fakeApi(() => 100_000);
    const window = new RowWindow(api, QUERY);
    window.setQuery(QUERY);
    await settle();
    // Slow scrolling, one page at a time, down 40 pages.
    for (let page = 0; page < 40; page++) {
      render(window, page * PAGE_SIZE, page * PAGE_SIZE + 15);
      await settle();
    }
    const { recordAt } = window.getState();
    expect(recordAt(0)).toBeNull();
    expect(recordAt(39 * PAGE_SIZE)?.id).toBe(39 * PAGE_SIZE + 1);
  });

  it('refreshes the pages in view, showing the old rows until the new ones arrive', async () => {
    let total = 1_000;
    const { api, asked } = fakeApi(() => total);
    const window = new RowWindow(api, QUERY);
    window.setQuery(QUERY);
    await settle();
    render(window, 0, 15);
    await settle();
    asked.length = 0;
    total = 900;
    window.refresh();
    expect(window.getState().recordAt(0)?.id).toBe(1);
    await settle();
    expect(asked.map((a) => a.offset)).toEqual([0]);
    expect(window.getState().total).toBe(900);
    expect(window.getState().slots).toHaveLength(900);
  });

  it('starts over for a new sort, reusing the slots when the count is the same', async () => {
    const { api, asked } = fakeApi(() => 3_000);
    const window = new RowWindow(api, QUERY);
    window.setQuery(QUERY);
    await settle();
    const { slots } = window.getState();
    const sorted: RowQuery = { ...QUERY, sort: { field: 'name', order: 'desc' } };
    window.setQuery(sorted);
    expect(window.getState().total).toBeNull();
    expect(window.getState().recordAt(0)).toBeNull();
    await settle();
    expect(asked.at(-1)).toEqual({ offset: 0, sort: { field: 'name', order: 'desc' } });
    expect(window.getState().slots).toBe(slots);
  });

  it('ignores answers for a query it has left', async () => {
    let resolveFirst: (v: unknown) => void = () => undefined;
    const api = {
      call: vi.fn((_m: string, input: { filter: { search?: string } }) =>
        input.filter.search === 'old'
          ? new Promise((r) => (resolveFirst = r))
          : Promise.resolve({ total: 1, offset: 0, rows: [{ id: 7 }] }),
      ),
      onEvent: () => () => undefined,
    } as unknown as ApiClient;
    const window = new RowWindow(api, QUERY);
    window.setQuery({ ...QUERY, filter: { search: 'old' } });
    window.setQuery({ ...QUERY, filter: { search: 'new' } });
    await settle();
    resolveFirst({ total: 50, offset: 0, rows: [{ id: 99 }] });
    await settle();
    expect(window.getState().total).toBe(1);
    expect(window.getState().recordAt(0)?.id).toBe(7);
  });
});
