/**
 * Register pages as the table asks for them: core.call('equipment.page') with a sort, filters, a
 * search and an offset, 100 rows, on a 100,000-row register — timed in the core (validation, queue,
 * query, row conversion), over a fixed set of varied queries. Baseline: `SELECT count(*) FROM
 * equipment` on a plain connection to the same file, in the same run.
 */
import Database from 'better-sqlite3';
import { Core } from '../electron/core/core';
import { SORT_FIELDS, type EquipmentFilter, type EquipmentSort } from '../shared/register/register-api';
import { percentile, round } from './bench-stats';

interface QuerySpec {
  sort: EquipmentSort;
  filter: EquipmentFilter;
  /** Where in the matching rows the page starts, as a share of their count. */
  at: number;
}

export interface PageQuery {
  sort: EquipmentSort;
  filter: EquipmentFilter;
  offset: number;
  total: number;
}

export interface PageRound {
  p50: number;
  p95: number;
  max: number;
  slowest: { ms: number; query: PageQuery }[];
  /** The pages that follow each jump, as the table asks for them while the user scrolls on. */
  scroll: { pages: number; p50: number; p95: number; max: number };
}

/** Pages requested after each jump: a few screens of scrolling. */
const SCROLL_PAGES = 5;

const SORTS: EquipmentSort[] = SORT_FIELDS.flatMap((field) => [
  { field, order: 'asc' as const },
  { field, order: 'desc' as const },
]);

/** Filters a user sets in the register's toolbar; workshops come from the register itself. */
function filters(workshops: string[]): EquipmentFilter[] {
  const w = (i: number) => workshops[i % Math.max(1, workshops.length)] as string;
  return [
    {},
    { search: '数控' },
    { search: '车床' },
    { search: 'eq-0123' },
    { search: '发那科' },
    { search: 'k1' },
    { search: '空压机 变频' },
    { search: '机' },
    { search: 'no-such-thing' },
    { categories: ['machine_tool'] },
    { categories: ['compressor', 'motor_pump_fan'] },
    { statuses: ['idle'] },
    { statuses: ['in_service', 'under_repair'] },
    ...(workshops.length ? [{ workshops: [w(0)] }, { workshops: [w(1), w(2)] }] : []),
    { yearFrom: 2015 },
    { yearFrom: 2000, yearTo: 2010 },
    { categories: ['machine_tool'], statuses: ['in_service'], search: '数控' },
    { categories: ['robot'], search: 'abb' },
    { statuses: ['to_be_retired'], yearTo: 2005 },
    ...(workshops.length ? [{ workshops: [w(3)], categories: ['press' as const], search: 'k' }] : []),
  ];
}

const POSITIONS = [0, 0.5, 0.97, 0.2];

/** A fixed, varied list: every sort and every filter, at the top, the middle and near the end. */
function specs(workshops: string[]): QuerySpec[] {
  const fs = filters(workshops);
  const out: QuerySpec[] = [];
  const n = Math.max(fs.length, SORTS.length) * 2;
  for (let i = 0; i < n; i++) {
    out.push({
      sort: SORTS[(i * 7) % SORTS.length] as EquipmentSort,
      filter: fs[i % fs.length] as EquipmentFilter,
      at: POSITIONS[i % POSITIONS.length] as number,
    });
  }
  return out;
}

export async function resolveQueries(core: Core, enterpriseId: number): Promise<PageQuery[]> {
  const facets = await core.call('equipment.facets', { enterpriseId });
  const out: PageQuery[] = [];
  for (const s of specs(facets.workshops)) {
    const first = await core.call('equipment.page', {
      enterpriseId,
      sort: s.sort,
      filter: s.filter,
      offset: 0,
      limit: 100,
    });
    const offset = Math.max(0, Math.min(Math.floor(first.total * s.at), first.total - 100));
    out.push({ sort: s.sort, filter: s.filter, offset, total: first.total });
  }
  return out;
}

export async function pageRound(core: Core, enterpriseId: number, queries: PageQuery[]): Promise<PageRound> {
  const times: { ms: number; query: PageQuery }[] = [];
  const scrollTimes: number[] = [];
  const timedPage = async (q: PageQuery, offset: number) => {
    const t0 = performance.now();
    const page = await core.call('equipment.page', {
      enterpriseId,
      sort: q.sort,
      filter: q.filter,
      offset,
      limit: 100,
    });
    const ms = performance.now() - t0;
    if (page.total !== q.total) throw new Error(`page total changed: ${page.total} ≠ ${q.total}`);
    return ms;
  };
  for (const q of queries) {
    times.push({ ms: await timedPage(q, q.offset), query: q });
    for (let k = 1; k <= SCROLL_PAGES && q.offset + 100 * k < q.total; k++)
      scrollTimes.push(await timedPage(q, q.offset + 100 * k));
  }
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  scrollTimes.sort((a, b) => a - b);
  return {
    scroll: {
      pages: scrollTimes.length,
      p50: percentile(scrollTimes, 50),
      p95: percentile(scrollTimes, 95),
      max: scrollTimes[scrollTimes.length - 1] ?? 0,
    },
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] as number,
    slowest: times
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((t) => ({ ms: round(t.ms, 2), query: t.query })),
  };
}

/** `SELECT count(*) FROM equipment` timed as many times as there are queries, on a connection of its own. */
export function countRound(workspace: string, n: number): { p50: number; p95: number } {
  const db = new Database(workspace, { readonly: true, fileMustExist: true });
  try {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      // Prepared each time, as the page query is.
      const t0 = performance.now();
      db.prepare('SELECT count(*) FROM equipment').pluck().get();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  } finally {
    db.close();
  }
}
