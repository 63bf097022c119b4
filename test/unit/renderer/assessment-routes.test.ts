/** The assessment pages' addresses, and the register rows a readiness action leads to. */
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../../shared/api/contract';
import { ROW_SETS } from '../../../shared/readiness/action-row-sets';
import { parseRoute, routeHref, type Route } from '../../../renderer/app/routing';
import { traceCall, traceRows } from '../../../renderer/dashboard/row-trace';

describe('assessment routes', () => {
  it('read back what they write', () => {
    const routes: Route[] = [
      { page: 'assessments', enterpriseId: 4 },
      { page: 'assessment', enterpriseId: 4, id: 17 },
      { page: 'compare', enterpriseId: 4 },
      { page: 'compare', enterpriseId: 4, first: 3 },
      { page: 'compare', enterpriseId: 4, first: 3, second: 9 },
      { page: 'register', enterpriseId: 4, trace: { rowSet: 'motors_below_ie3', year: 2026 } },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('write addresses a user can read', () => {
    expect(routeHref({ page: 'assessment', enterpriseId: 4, id: 17 })).toBe('#/enterprises/4/assessments/17');
    expect(routeHref({ page: 'compare', enterpriseId: 4, first: 3, second: 9 })).toBe(
      '#/enterprises/4/assessments/compare?first=3&second=9',
    );
    expect(routeHref({ page: 'register', enterpriseId: 4, trace: { rowSet: 'over_age', year: 2025 } })).toBe(
      '#/enterprises/4/register?rowSet=over_age&year=2025',
    );
  });

  it('know every row set the core lists, and no other name', () => {
    for (const rowSet of ROW_SETS)
      expect(parseRoute(`#/enterprises/4/register?rowSet=${rowSet}&year=2026`)).toEqual({
        page: 'register',
        enterpriseId: 4,
        trace: { rowSet, year: 2026 },
      });
    for (const bad of ['constructor', '__proto__', 'all', ''])
      expect(parseRoute(`#/enterprises/4/register?rowSet=${bad}&year=2026`)).toEqual({
        page: 'register',
        enterpriseId: 4,
      });
  });

  it('drop ids the core would refuse, keeping the page', () => {
    expect(parseRoute('#/enterprises/4/assessments/0')).toEqual({ page: 'assessments', enterpriseId: 4 });
    expect(parseRoute('#/enterprises/4/assessments/x')).toEqual({ page: 'assessments', enterpriseId: 4 });
    expect(parseRoute('#/enterprises/4/assessments/compare?first=-1&second=2.5')).toEqual({
      page: 'compare',
      enterpriseId: 4,
    });
    expect(parseRoute('#/enterprises/4/register?rowSet=over_age')).toEqual({
      page: 'register',
      enterpriseId: 4,
    });
  });
});

describe('trace rows', () => {
  it('list an action’s rows with readiness.rows and a figure’s with indicators.rows', async () => {
    const answer = { ids: [2, 5], units: 7, offset: 0, rows: [] };
    const call = vi.fn(async () => answer);
    const api = { call, onEvent: () => () => undefined } as unknown as ApiClient;
    expect(await traceRows(api, 4, { rowSet: 'diesel_generators', year: 2026 }, { limit: 1 })).toBe(answer);
    expect(call).toHaveBeenLastCalledWith('readiness.rows', {
      enterpriseId: 4,
      year: 2026,
      rowSet: 'diesel_generators',
      limit: 1,
    });
    expect(
      traceCall(4, { indicator: 'nc_rate', part: 'excluded', year: 2025 }, { offset: 200, limit: 200 }),
    ).toEqual({
      method: 'indicators.rows',
      input: { enterpriseId: 4, indicator: 'nc_rate', part: 'excluded', year: 2025, offset: 200, limit: 200 },
    });
  });
});
