/**
 * Paging, sorting, filtering and search over a 2,000-row imported register, checked against an
 * independent evaluation in JavaScript over every row.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import {
  SORT_FIELDS,
  type EquipmentFilter,
  type EquipmentRecord,
  type EquipmentSort,
} from '../../../shared/register/register-api';
import { EQUIPMENT_CATEGORIES, EQUIPMENT_STATUSES } from '../../../shared/register/taxonomy';
import { csvCell } from '../../../electron/core/register/export-register';
import { allRows, importFile, openSharedStore, seeded } from './store-helpers';

const ROWS = 2000;
const NAMES = [
  '数控车床',
  '离心水泵',
  'CNC Lathe',
  'Air Compressor',
  '螺杆空压机',
  '激光打标机',
  '冷却塔风机',
  'AGV搬运车',
  '立式加工中心',
  'Pump P-100',
];
const MAKERS = ['沈阳机床', 'ABB', 'Siemens', '格兰富', 'abb中国', null];
const WORKSHOPS = ['一车间', '二车间', 'SMT车间', 'Assembly', null];
const HEADER = [
  '设备编号',
  '设备名称',
  '设备类别',
  '规格型号',
  '生产厂家',
  '数量',
  '投产年份',
  '资产原值(元)',
  '额定功率(kW)',
  '年运行小时',
  '使用车间',
  '使用状态',
];

/** A seeded register with blanks in every optional column (so that "nulls last" is exercised). */
function writeRegister(file: string): void {
  const rnd = seeded(20260310);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const lines = [HEADER.join(',')];
  for (let i = 0; i < ROWS; i++) {
    const code = `${pick(['EQ', 'eq', 'ZJ', '设备'])}-${String((i * 7919) % 10007).padStart(5, '0')}`;
    const year = rnd() < 0.15 ? '' : String(1990 + Math.floor(rnd() * 36));
    const month = year && rnd() < 0.3 ? `-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}` : '';
    const row = [
      code,
      pick(NAMES),
      pick(EQUIPMENT_CATEGORIES).zh,
      rnd() < 0.1 ? '' : `${pick(['X', 'k', 'CK', 'M%', 'K_', '型'])}${Math.floor(rnd() * 500)}`,
      pick(MAKERS) ?? '',
      String(1 + Math.floor(rnd() * 5)),
      year + month,
      rnd() < 0.1 ? '' : (Math.floor(rnd() * 100_000_000) / 100).toFixed(2),
      rnd() < 0.1 ? '' : String(Math.round(rnd() * 5000) / 10 + 0.1),
      rnd() < 0.2 ? '' : String(pick([2000, 4000, 6000, 8000])),
      pick(WORKSHOPS) ?? '',
      pick(EQUIPMENT_STATUSES).zh,
    ];
    lines.push(row.map((c) => csvCell(c)).join(','));
  }
  fs.writeFileSync(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
}

let store: Awaited<ReturnType<typeof openSharedStore>>;
let everything: EquipmentRecord[];

beforeAll(async () => {
  store = await openSharedStore();
  const file = path.join(store.ws.dir, 'register-2000.csv');
  writeRegister(file);
  const result = await importFile(store.core, store.enterpriseId, file);
  expect(result).toMatchObject({ imported: ROWS, rejectedCount: 0 });
  everything = await allRows(store.core, store.enterpriseId);
  expect(everything).toHaveLength(ROWS);
}, 30_000);

afterAll(() => store?.dispose());

// ---- the independent evaluation ----------------------------------------------------------------

function matches(r: EquipmentRecord, f: EquipmentFilter): boolean {
  if (f.categories?.length && !f.categories.includes(r.category)) return false;
  if (f.statuses?.length && !f.statuses.includes(r.status)) return false;
  if (f.workshops?.length && (r.workshop === null || !f.workshops.includes(r.workshop))) return false;
  if (f.yearFrom !== undefined && (r.year_commissioned === null || r.year_commissioned < f.yearFrom))
    return false;
  if (f.yearTo !== undefined && (r.year_commissioned === null || r.year_commissioned > f.yearTo))
    return false;
  const terms = (f.search ?? '').trim().split(/\s+/).filter(Boolean);
  const fields = [r.asset_code, r.name, r.model, r.maker].filter((v): v is string => v !== null);
  return terms.every((t) => fields.some((v) => v.toLowerCase().includes(t.toLowerCase())));
}

/** Code point order, as SQLite's BINARY collation orders UTF-8 text. */
function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = [...String(a)].map((c) => c.codePointAt(0) as number);
  const y = [...String(b)].map((c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++)
    if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}

function sorted(rows: EquipmentRecord[], sort: EquipmentSort): EquipmentRecord[] {
  const dir = sort.order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = a[sort.field];
    const vb = b[sort.field];
    if (va === null && vb !== null) return 1; // nulls last in either direction
    if (vb === null && va !== null) return -1;
    const byValue =
      va === null || vb === null ? 0 : compareValues(va as string | number, vb as string | number);
    return byValue !== 0 ? dir * byValue : dir * (a.id - b.id);
  });
}

async function pageThrough(
  core: Core,
  enterpriseId: number,
  limit: number,
  sort?: EquipmentSort,
  filter?: EquipmentFilter,
) {
  const rows: EquipmentRecord[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await core.call('equipment.page', { enterpriseId, offset, limit, sort, filter });
    expect(page.offset).toBe(offset);
    rows.push(...page.rows);
    // Every page reports the same total; the last one is shorter than the limit.
    if (page.rows.length < limit) return { total: page.total, rows };
    expect(page.total).toBeGreaterThan(offset + limit - 1);
  }
}

// ---- the tests ---------------------------------------------------------------------------------

describe('equipment.page sorting', () => {
  it.each(SORT_FIELDS.flatMap((field) => (['asc', 'desc'] as const).map((order) => ({ field, order }))))(
    'by $field $order, nulls last, pages concatenating to the whole register',
    async (sort) => {
      const { total, rows } = await pageThrough(store.core, store.enterpriseId, 437, sort);
      expect(total).toBe(ROWS);
      expect(rows.map((r) => r.id)).toEqual(sorted(everything, sort).map((r) => r.id));
    },
  );

  it('defaults to asset code order and answers past the end with no rows', async () => {
    const { core, enterpriseId } = store;
    const first = await core.call('equipment.page', { enterpriseId, offset: 0, limit: 50 });
    expect(first.rows.map((r) => r.id)).toEqual(
      sorted(everything, { field: 'asset_code', order: 'asc' })
        .slice(0, 50)
        .map((r) => r.id),
    );
    expect(await core.call('equipment.page', { enterpriseId, offset: ROWS + 5, limit: 10 })).toEqual({
      total: ROWS,
      offset: ROWS + 5,
      rows: [],
    });
  });

  it('the data has what the sort test needs: blanks in the optional columns and repeated values', () => {
    for (const field of [
      'model',
      'maker',
      'year_commissioned',
      'original_value_yuan',
      'rated_kw',
      'annual_hours',
      'workshop',
    ] as const) {
      expect(
        everything.some((r) => r[field] === null),
        field,
      ).toBe(true);
    }
    expect(new Set(everything.map((r) => r.name)).size).toBe(NAMES.length);
  });
});

const FILTERS: [string, EquipmentFilter][] = [
  ['one category', { categories: ['machine_tool'] }],
  ['several categories', { categories: ['compressor', 'motor_pump_fan', 'other'] }],
  ['statuses', { statuses: ['idle', 'to_be_retired'] }],
  ['workshops', { workshops: ['一车间', 'Assembly'] }],
  ['a year range', { yearFrom: 2000, yearTo: 2010 }],
  ['only a lower year bound', { yearFrom: 2020 }],
  ['only an upper year bound', { yearTo: 1995 }],
  [
    'everything combined (AND)',
    {
      categories: ['machine_tool', 'robot', 'compressor'],
      statuses: ['in_service'],
      workshops: ['一车间', '二车间', 'SMT车间'],
      yearFrom: 1995,
      yearTo: 2020,
      search: 'eq',
    },
  ],
  ['search, upper case finds lower case', { search: 'CNC' }],
  ['search, lower case finds upper case and codes', { search: 'eq-0' }],
  ['search, a one-character Chinese term', { search: '泵' }],
  ['search, another one-character term', { search: '机' }],
  ['search, two terms must both occur', { search: 'abb  泵' }],
  ['search, terms in different fields', { search: 'pump siemens' }],
  ['search, the maker only', { search: 'abb中国' }],
  ['search, % is a plain character', { search: 'm%' }],
  ['search, _ is a plain character', { search: '_' }],
  ['search, spaces only', { search: '   ' }],
  ['search and category', { search: '车', categories: ['forklift', 'robot'] }],
  ['nothing matches', { search: '不存在的设备' }],
];

describe('filters and search', () => {
  it.each(FILTERS)('%s', async (_name, filter) => {
    const { core, enterpriseId } = store;
    const expected = everything.filter((r) => matches(r, filter));
    const { total, rows } = await pageThrough(
      core,
      enterpriseId,
      500,
      { field: 'name', order: 'asc' },
      filter,
    );
    expect(total).toBe(expected.length);
    expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(
      expected.map((r) => r.id).sort((a, b) => a - b),
    );
    expect(await core.call('equipment.ids', { enterpriseId, filter })).toEqual(
      expected.map((r) => r.id).sort((a, b) => a - b),
    );
  });

  it('the filters are not vacuous: each case except the last matches some rows and not all', () => {
    for (const [name, filter] of FILTERS) {
      const n = everything.filter((r) => matches(r, filter)).length;
      if (name === 'nothing matches') expect(n).toBe(0);
      else if (name === 'search, spaces only') expect(n).toBe(ROWS);
      else expect({ name, some: n > 0 && n < ROWS }).toEqual({ name, some: true });
    }
  });

  it('equipment.ids without a filter is every live row; deleted rows drop out everywhere', async () => {
    const { core, enterpriseId } = store;
    const all = everything.map((r) => r.id).sort((a, b) => a - b);
    expect(await core.call('equipment.ids', { enterpriseId })).toEqual(all);
    const pumps = await core.call('equipment.ids', { enterpriseId, filter: { search: '泵' } });
    const deletion = await core.call('equipment.delete', { enterpriseId, ids: pumps });
    try {
      expect(await core.call('equipment.ids', { enterpriseId, filter: { search: '泵' } })).toEqual([]);
      expect((await core.call('equipment.page', { enterpriseId, offset: 0, limit: 1 })).total).toBe(
        ROWS - pumps.length,
      );
      expect((await core.call('equipment.facets', { enterpriseId })).total).toBe(ROWS - pumps.length);
    } finally {
      await core.call('equipment.undo', { enterpriseId, changeSetId: deletion.changeSetId });
    }
    expect(await core.call('equipment.ids', { enterpriseId })).toEqual(all);
  });

  it('equipment.facets gives the workshops and the year range of the live rows', async () => {
    const facets = await store.core.call('equipment.facets', { enterpriseId: store.enterpriseId });
    const years = everything.map((r) => r.year_commissioned).filter((y): y is number => y !== null);
    expect(facets).toEqual({
      total: ROWS,
      workshops: [...new Set(everything.map((r) => r.workshop).filter((w): w is string => w !== null))].sort(
        compareValues,
      ),
      yearMin: Math.min(...years),
      yearMax: Math.max(...years),
    });
  });

  it('another enterprise sees none of these rows', async () => {
    const other = (await store.core.call('enterprise.list', {})).length;
    expect(other).toBe(1);
    const id = (
      await store.core.call('enterprise.create', {
        name: '别家企业',
        district: 'futian',
        industryDivision: '39',
        manufacturingType: 'discrete',
        years: [],
      })
    ).id;
    expect((await store.core.call('equipment.page', { enterpriseId: id, offset: 0, limit: 10 })).total).toBe(
      0,
    );
    expect(await store.core.call('equipment.ids', { enterpriseId: id, filter: { search: 'eq' } })).toEqual(
      [],
    );
  });
});
