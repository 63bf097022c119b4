/** A register view's pages: the register's own, or the rows behind an indicator. */
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../shared/api/contract';
import { rowPage } from '../../../renderer/register/row-pages';

function recordingApi(answer: unknown) {
  const call = vi.fn(async () => answer);
  return { api: { call, onEvent: () => () => undefined } as unknown as ApiClient, call };
}

describe('rowPage', () => {
  it('pages the register with its filter and sort', async () => {
    const { api, call } = recordingApi({ total: 300, offset: 200, rows: [] });
    const page = await rowPage(
      api,
      { enterpriseId: 4, filter: { search: '电机' }, sort: { field: 'name', order: 'asc' } },
      200,
      200,
    );
    expect(call).toHaveBeenCalledWith('equipment.page', {
      enterpriseId: 4,
      offset: 200,
      limit: 200,
      filter: { search: '电机' },
      sort: { field: 'name', order: 'asc' },
    });
    expect(page.total).toBe(300);
  });

  it('pages the rows behind an indicator, counting all of them', async () => {
    const rows = [{ id: 7 }, { id: 9 }];
    const { api, call } = recordingApi({ ids: [3, 5, 7, 9], units: 11, offset: 2, rows });
    const trace = { indicator: 'nc_rate' as const, part: 'numerator' as const, year: 2025 };
    const page = await rowPage(api, { enterpriseId: 4, filter: {}, sort: null, trace }, 2, 200);
    expect(call).toHaveBeenCalledWith('indicators.rows', {
      enterpriseId: 4,
      indicator: 'nc_rate',
      part: 'numerator',
      year: 2025,
      offset: 2,
      limit: 200,
    });
    expect(page).toEqual({ total: 4, rows });
  });
});
