/**
 * A view's order kept between pages (page-order-cache.ts) must never show a stale register: after
 * an edit through the API, an undo, an import committed on the job worker's own connection, or a
 * commit by another program, the next page is the order of the rows as they are now. And a page asked for first, anywhere in a
 * view, is the same slice as the kept order gives.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { SORT_FIELDS, type EquipmentFilter, type EquipmentSort } from '../../../shared/register/register-api';
import { fixture, importFile, newEnterprise, openStore } from './store-helpers';

const BY_POWER: EquipmentSort = { field: 'rated_kw', order: 'desc' };

async function idsOf(core: Core, enterpriseId: number, sort: EquipmentSort, filter: EquipmentFilter = {}) {
  const out: number[] = [];
  for (let offset = 0; ; offset += 30) {
    const page = await core.call('equipment.page', { enterpriseId, offset, limit: 30, sort, filter });
    out.push(...page.rows.map((r) => r.id));
    if (page.rows.length < 30) return out;
  }
}

/** The order as SQLite gives it for the whole view at once, read from the file on its own connection. */
function orderInSql(file: string, enterpriseId: number): number[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT id FROM equipment WHERE enterprise_id = ? AND deleted_by IS NULL
         ORDER BY rated_kw DESC NULLS LAST, id DESC`,
      )
      .pluck()
      .all(enterpriseId) as number[];
  } finally {
    db.close();
  }
}

describe('a view kept between pages', () => {
  it('follows an edit, an undo and an import committed by the job worker', async () => {
    const { ws, core, enterpriseId } = await openStore();
    await importFile(core, enterpriseId, fixture('register-standard-200.csv'));
    // Paged twice: the second time through, the pages are slices of the kept order.
    expect(await idsOf(core, enterpriseId, BY_POWER)).toEqual(orderInSql(ws.file, enterpriseId));
    const before = await idsOf(core, enterpriseId, BY_POWER);
    expect(before).toEqual(orderInSql(ws.file, enterpriseId));

    // The row at the bottom becomes the most powerful machine: it must move to the top.
    const last = before[before.length - 1] as number;
    await core.call('equipment.update', { enterpriseId, id: last, changes: { rated_kw: 99_999 } });
    const afterEdit = await idsOf(core, enterpriseId, BY_POWER);
    expect(afterEdit[0]).toBe(last);
    expect(afterEdit).toEqual(orderInSql(ws.file, enterpriseId));

    const history = await core.call('equipment.history', { enterpriseId });
    await core.call('equipment.undo', { enterpriseId, changeSetId: (history[0] as { id: number }).id });
    expect(await idsOf(core, enterpriseId, BY_POWER)).toEqual(before);

    // The GBK file holds other asset codes: an import on the worker's connection adds its rows.
    const imported = await importFile(core, enterpriseId, fixture('register-standard-200-gbk.csv'));
    const afterImport = await idsOf(core, enterpriseId, BY_POWER);
    expect(afterImport.length).toBe(before.length + imported.imported);
    expect(afterImport).toEqual(orderInSql(ws.file, enterpriseId));

    // Another program (the CLI) commits to the same file: the row it changes moves.
    const first = afterImport[0] as number;
    const cli = new Database(ws.file);
    cli.prepare('UPDATE equipment SET rated_kw = 0.001 WHERE id = ?').run(first);
    cli.close();
    const afterCli = await idsOf(core, enterpriseId, BY_POWER);
    expect(afterCli.indexOf(first)).toBeGreaterThan(afterImport.length - 30);
    expect(afterCli).toEqual(orderInSql(ws.file, enterpriseId));
  });

  it('a page asked for first, deep in a view, is the slice the kept order gives', async () => {
    const { ws, core, enterpriseId } = await openStore();
    await importFile(core, enterpriseId, fixture('register-standard-200.csv'));
    const whole = orderInSql(ws.file, enterpriseId);
    for (const offset of [0, 55, 100, 170]) {
      // A write elsewhere makes every view new again: this page is the view's first request.
      await newEnterprise(core, `另一企业${offset}`);
      const page = await core.call('equipment.page', { enterpriseId, offset, limit: 20, sort: BY_POWER });
      expect(page.rows.map((r) => r.id)).toEqual(whole.slice(offset, offset + 20));
      const again = await core.call('equipment.page', { enterpriseId, offset, limit: 20, sort: BY_POWER });
      expect(again.rows.map((r) => r.id)).toEqual(whole.slice(offset, offset + 20));
    }
  });

  it('keeps views of different filters and enterprises apart', async () => {
    const { core, enterpriseId } = await openStore();
    const other = await newEnterprise(core, '深圳市宝安五金厂');
    await importFile(core, enterpriseId, fixture('register-standard-200.csv'));
    await importFile(core, other, fixture('register-messy-120-gbk.csv'));
    const idle = { statuses: ['idle' as const] };
    for (let round = 0; round < 2; round++) {
      const mine = await idsOf(core, enterpriseId, BY_POWER);
      const theirs = await idsOf(core, other, BY_POWER);
      const idleOnly = await idsOf(core, enterpriseId, BY_POWER, idle);
      expect(new Set([...mine, ...theirs]).size).toBe(mine.length + theirs.length);
      expect(idleOnly.length).toBeLessThan(mine.length);
      expect(idleOnly).toEqual(mine.filter((id) => idleOnly.includes(id)));
    }
  });

  it('takes every filter of a sort from the sort order it keeps, both ways, blanks last', async () => {
    const { ws, core, enterpriseId } = await openStore();
    const other = await newEnterprise(core, '深圳市宝安五金厂');
    await importFile(core, enterpriseId, fixture('register-messy-300.xlsx'));
    await importFile(core, other, fixture('register-messy-120-gbk.csv'));
    // Blanks in every column that can hold one, spread through the register.
    const all = await idsOf(core, enterpriseId, { field: 'asset_code', order: 'asc' });
    const blank = {
      maker: null,
      model: null,
      workshop: null,
      year_commissioned: null,
      month_commissioned: null,
      original_value_yuan: null,
      rated_kw: null,
      annual_hours: null,
    };
    for (const id of all.filter((_, i) => i % 23 === 5))
      await core.call('equipment.update', { enterpriseId, id, changes: blank });
    const raw = new Database(ws.file, { readonly: true });
    // The reference: each view sorted whole by SQLite, with the filter written out here.
    const column = (f: string) => (f === 'original_value_yuan' ? 'original_value_fen' : f);
    const views: { filter: EquipmentFilter; sql: string; params: unknown[] }[] = [
      { filter: {}, sql: '', params: [] },
      {
        filter: { statuses: ['idle', 'to_be_retired'] },
        sql: "AND status IN ('idle', 'to_be_retired')",
        params: [],
      },
      { filter: { search: '机' }, sql: 'AND instr(search_text, ?) > 0', params: ['机'] },
      {
        filter: { categories: ['machine_tool'], yearFrom: 2010 },
        sql: "AND category = 'machine_tool' AND year_commissioned >= 2010",
        params: [],
      },
    ];
    try {
      for (const field of SORT_FIELDS) {
        // A scroll through the whole register makes the sort's order; the views below reuse it.
        await idsOf(core, enterpriseId, { field, order: 'asc' });
        for (const order of ['asc', 'desc'] as const) {
          const dir = order.toUpperCase();
          for (const v of views) {
            const expected = raw
              .prepare(
                `SELECT id FROM equipment WHERE enterprise_id = ? AND deleted_by IS NULL ${v.sql}
                  ORDER BY ${column(field)} ${dir} NULLS LAST, id ${dir}`,
              )
              .pluck()
              .all(enterpriseId, ...v.params) as number[];
            expect(await idsOf(core, enterpriseId, { field, order }, v.filter), `${field} ${order}`).toEqual(
              expected,
            );
          }
        }
      }
      // The other enterprise's rows never enter this one's order, nor the reverse.
      const theirs = await idsOf(core, other, { field: 'maker', order: 'desc' });
      const expectedTheirs = raw
        .prepare(
          'SELECT id FROM equipment WHERE enterprise_id = ? AND deleted_by IS NULL ORDER BY maker DESC NULLS LAST, id DESC',
        )
        .pluck()
        .all(other) as number[];
      expect(theirs).toEqual(expectedTheirs);
    } finally {
      raw.close();
    }
  });
});
