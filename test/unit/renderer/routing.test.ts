/** Routes in the fragment, including the dashboard's year and the register rows behind a figure. */
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../renderer/app/routing';

describe('routes', () => {
  it('read back what they write', () => {
    const routes: Route[] = [
      { page: 'enterprises' },
      { page: 'enterprise', id: 12 },
      { page: 'register', enterpriseId: 12 },
      {
        page: 'register',
        enterpriseId: 12,
        trace: { indicator: 'motor_ie3_share', part: 'excluded', year: 2025 },
      },
      { page: 'dashboard', enterpriseId: 12 },
      { page: 'dashboard', enterpriseId: 12, year: 2024 },
      { page: 'opportunities', enterpriseId: 12 },
      { page: 'projects', enterpriseId: 12 },
      { page: 'project', enterpriseId: 12, id: 4 },
      { page: 'scenarios', enterpriseId: 12 },
      { page: 'funding' },
      { page: 'backups' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('write the register and dashboard addresses a user can read', () => {
    expect(routeHref({ page: 'dashboard', enterpriseId: 3 })).toBe('#/enterprises/3/dashboard');
    expect(
      routeHref({
        page: 'register',
        enterpriseId: 3,
        trace: { indicator: 'nc_rate', part: 'numerator', year: 2026 },
      }),
    ).toBe('#/enterprises/3/register?indicator=nc_rate&part=numerator&year=2026');
  });

  it('drop options they do not know or the core would refuse, keeping the page', () => {
    expect(parseRoute('#/enterprises/3/register?indicator=nope&part=numerator&year=2026')).toEqual({
      page: 'register',
      enterpriseId: 3,
    });
    expect(parseRoute('#/enterprises/3/register?indicator=nc_rate&part=all&year=2026')).toEqual({
      page: 'register',
      enterpriseId: 3,
    });
    expect(parseRoute('#/enterprises/3/register?indicator=nc_rate&part=numerator')).toEqual({
      page: 'register',
      enterpriseId: 3,
    });
    expect(parseRoute('#/enterprises/3/dashboard?year=99999')).toEqual({
      page: 'dashboard',
      enterpriseId: 3,
    });
    expect(parseRoute('#/enterprises/3/dashboard?year=1899')).toEqual({ page: 'dashboard', enterpriseId: 3 });
    expect(parseRoute('#/enterprises/3/dashboard?year=toString')).toEqual({
      page: 'dashboard',
      enterpriseId: 3,
    });
  });

  it('still treat the launch token and unknown addresses as the enterprise list', () => {
    expect(parseRoute('#token=abc-123')).toEqual({ page: 'enterprises' });
    expect(parseRoute('')).toEqual({ page: 'enterprises' });
    expect(parseRoute('#/enterprises/x/dashboard')).toEqual({ page: 'enterprises' });
  });
});
