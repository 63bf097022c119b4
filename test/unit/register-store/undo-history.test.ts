/**
 * Re-imports update by asset code; every change (import, edit, bulk edit, add, delete) is one
 * change set in the history, and undoing it puts the register back exactly as it was — or is
 * refused, changing nothing, when later work that is still in effect depends on it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { expectAppError } from '../core/helpers';
import {
  allRows,
  fixture,
  importFile,
  newEnterprise,
  openStore,
  rawEquipment,
  registerChecksum,
  tableCount,
} from './store-helpers';

/** The standard fixture with every row changed: power, workshop, status and notes. */
function changedCopy(dir: string, extraRows: string[][] = []): string {
  const text = fs.readFileSync(fixture('register-standard-200.csv'), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data as string[][];
  const col = (name: string) => (header as string[]).indexOf(name);
  const changed = rows.map((r, i) => {
    const copy = [...r];
    copy[col('额定功率(kW)')] = String(Number(r[col('额定功率(kW)')]) + 1.5);
    copy[col('使用车间')] = `改造车间${i % 3}`;
    copy[col('使用状态')] = i % 2 ? '闲置' : '维修中';
    copy[col('备注')] = `第二次导入 ${i}`;
    return copy;
  });
  const file = path.join(dir, 'register-standard-200-changed.csv');
  fs.writeFileSync(file, '\uFEFF' + Papa.unparse([header as string[], ...changed, ...extraRows]) + '\r\n');
  return file;
}

// Imports run in the test's thread (see in-process-jobs.ts); the worker has its own tests in
// fixtures-import, cancel-kill and formula-safety. Every call still goes through the Core API.
vi.mock('../../../electron/core/jobs/run-job', async () => ({
  runJob: (await import('./in-process-jobs')).runJobInProcess,
}));

const history = (core: Core, enterpriseId: number) => core.call('equipment.history', { enterpriseId });

describe('re-import and undo of imports', () => {
  it('updates by asset code, lists both imports, and undoes them newest first', async () => {
    const { ws, core, enterpriseId } = await openStore();
    const empty = registerChecksum(ws.file);

    const first = await importFile(core, enterpriseId, fixture('register-standard-200.csv'));
    expect(first).toMatchObject({ imported: 200, updated: 0, rejectedCount: 0 });
    const afterFirst = rawEquipment(ws.file);
    const afterFirstSum = registerChecksum(ws.file);

    const second = await importFile(core, enterpriseId, changedCopy(ws.dir));
    expect(second).toMatchObject({ imported: 0, updated: 200, rejectedCount: 0 });
    const afterSecond = rawEquipment(ws.file);
    // Same rows (ids), no duplicates, every one changed.
    expect(afterSecond.map((r) => r.id)).toEqual(afterFirst.map((r) => r.id));
    expect(new Set(afterSecond.map((r) => r.asset_code)).size).toBe(200);
    expect(afterSecond.every((r) => String(r.notes).startsWith('第二次导入'))).toBe(true);
    expect(afterSecond[0]?.rated_kw).toBeCloseTo((afterFirst[0]?.rated_kw as number) + 1.5, 9);
    // The before-images of the second import are kept for undo.
    expect(tableCount(ws.file, 'change_row')).toBe(200);

    expect(await history(core, enterpriseId)).toEqual([
      expect.objectContaining({
        id: second.changeSetId,
        kind: 'import',
        fileName: 'register-standard-200-changed.csv',
        inserted: 0,
        updated: 200,
        undoneAt: null,
      }),
      expect.objectContaining({
        id: first.changeSetId,
        kind: 'import',
        fileName: 'register-standard-200.csv',
        inserted: 200,
        updated: 0,
        undoneAt: null,
      }),
    ]);

    // The first cannot be undone while the second, which changed its rows, is in effect.
    const beforeBlocked = registerChecksum(ws.file);
    const blocked = await expectAppError(
      core.call('equipment.undo', { enterpriseId, changeSetId: first.changeSetId! }),
      'UNDO_BLOCKED',
    );
    expect(blocked.params).toEqual({ label: 'register-standard-200-changed.csv' });
    expect(registerChecksum(ws.file)).toEqual(beforeBlocked);

    // Undoing the second restores the first's values exactly: every column, timestamps included.
    const undone = await core.call('equipment.undo', { enterpriseId, changeSetId: second.changeSetId! });
    expect(undone).toMatchObject({ id: second.changeSetId, undoneAt: expect.any(String) });
    expect(rawEquipment(ws.file)).toEqual(afterFirst);
    await expectAppError(
      core.call('equipment.undo', { enterpriseId, changeSetId: second.changeSetId! }),
      'UNDO_DONE',
    );

    // Now the first can go, and the register is empty again.
    await core.call('equipment.undo', { enterpriseId, changeSetId: first.changeSetId! });
    expect(rawEquipment(ws.file)).toEqual([]);
    expect((await core.call('equipment.page', { enterpriseId, offset: 0, limit: 10 })).total).toBe(0);
    expect((await history(core, enterpriseId)).map((h) => h.undoneAt !== null)).toEqual([true, true]);
    expect(registerChecksum(ws.file).counts.equipment).toBe(empty.counts.equipment);
    expect(afterFirstSum.counts.equipment).toBe(200);
  });

  it('a re-import that also adds rows: undo removes the new ones and restores the updated ones', async () => {
    const { ws, core, enterpriseId } = await openStore();
    await importFile(core, enterpriseId, fixture('register-standard-200.csv'));
    const before = rawEquipment(ws.file);
    const newRow = [
      'EQ-NEW-1',
      '新增激光切割机',
      '激光设备',
      'L-1',
      '大族激光',
      '1',
      '2024',
      '500000',
      '12',
      '4000',
      '',
      '是',
      '是',
      '三车间',
      '在用',
      '',
    ];
    const second = await importFile(core, enterpriseId, changedCopy(ws.dir, [newRow]));
    expect(second).toMatchObject({ imported: 1, updated: 200 });
    expect(tableCount(ws.file, 'equipment')).toBe(201);
    await core.call('equipment.undo', { enterpriseId, changeSetId: second.changeSetId! });
    expect(rawEquipment(ws.file)).toEqual(before);
  });

  it('a dry run and a failed import leave the history alone', async () => {
    const { ws, core, enterpriseId } = await openStore();
    await importFile(core, enterpriseId, fixture('register-standard-200.csv'), { dryRun: true });
    expect(await history(core, enterpriseId)).toEqual([]);
    const bad = path.join(ws.dir, 'empty.csv');
    fs.writeFileSync(bad, '');
    await expectAppError(importFile(core, enterpriseId, bad), 'FILE_EMPTY');
    expect(await history(core, enterpriseId)).toEqual([]);
    expect(registerChecksum(ws.file).counts).toEqual({
      equipment: 0,
      change_set: 0,
      change_row: 0,
      column_mapping: 0,
    });
  });
});

describe('undo of edits, bulk edits, deletions and additions', () => {
  async function withRows() {
    const store = await openStore();
    await importFile(store.core, store.enterpriseId, fixture('register-standard-200.csv'));
    const rows = await allRows(store.core, store.enterpriseId);
    return { ...store, rows };
  }

  it('an edit', async () => {
    const { ws, core, enterpriseId, rows } = await withRows();
    const before = rawEquipment(ws.file);
    const target = rows[5]!;
    const edited = await core.call('equipment.update', {
      enterpriseId,
      id: target.id,
      changes: { name: '改名后的设备', rated_kw: 99.5, workshop: null },
    });
    expect(edited).toMatchObject({ name: '改名后的设备', rated_kw: 99.5, workshop: null });
    const cs = (await history(core, enterpriseId))[0]!;
    expect(cs).toMatchObject({ kind: 'edit', updated: 1, label: target.asset_code });
    await core.call('equipment.undo', { enterpriseId, changeSetId: cs.id });
    expect(rawEquipment(ws.file)).toEqual(before);
    await expectAppError(core.call('equipment.undo', { enterpriseId, changeSetId: cs.id }), 'UNDO_DONE');
    expect(rawEquipment(ws.file)).toEqual(before);
  });

  it('a bulk edit', async () => {
    const { ws, core, enterpriseId, rows } = await withRows();
    const before = rawEquipment(ws.file);
    const ids = rows.slice(10, 60).map((r) => r.id);
    const result = await core.call('equipment.bulkUpdate', {
      enterpriseId,
      ids,
      changes: { status: 'retired', workshop: '报废库' },
    });
    expect(result.count).toBe(50);
    const changed = rawEquipment(ws.file).filter((r) => r.workshop === '报废库');
    expect(changed.map((r) => r.id)).toEqual(ids);
    expect(changed.every((r) => r.status === 'retired')).toBe(true);
    expect((await history(core, enterpriseId))[0]).toMatchObject({ kind: 'bulk-edit', updated: 50 });
    await core.call('equipment.undo', { enterpriseId, changeSetId: result.changeSetId });
    expect(rawEquipment(ws.file)).toEqual(before);
    await expectAppError(
      core.call('equipment.undo', { enterpriseId, changeSetId: result.changeSetId }),
      'UNDO_DONE',
    );
  });

  it('a deletion', async () => {
    const { ws, core, enterpriseId, rows } = await withRows();
    const before = rawEquipment(ws.file);
    const ids = [rows[0]!.id, rows[199]!.id, rows[77]!.id];
    const result = await core.call('equipment.delete', { enterpriseId, ids });
    expect(result.count).toBe(3);
    expect((await core.call('equipment.page', { enterpriseId, offset: 0, limit: 1 })).total).toBe(197);
    await expectAppError(core.call('equipment.get', { enterpriseId, id: ids[0]! }), 'NOT_FOUND');
    expect((await history(core, enterpriseId))[0]).toMatchObject({ kind: 'delete', deleted: 3 });
    await core.call('equipment.undo', { enterpriseId, changeSetId: result.changeSetId });
    expect(rawEquipment(ws.file)).toEqual(before);
    await expectAppError(
      core.call('equipment.undo', { enterpriseId, changeSetId: result.changeSetId }),
      'UNDO_DONE',
    );
  });

  it('an addition', async () => {
    const { ws, core, enterpriseId } = await withRows();
    const before = rawEquipment(ws.file);
    const added = await core.call('equipment.add', {
      enterpriseId,
      row: { asset_code: 'NEW-1', name: '新空压机', category: 'compressor', rated_kw: 37 },
    });
    expect(added).toMatchObject({ asset_code: 'NEW-1', category: 'compressor', quantity: 1 });
    const cs = (await history(core, enterpriseId))[0]!;
    expect(cs).toMatchObject({ kind: 'add', inserted: 1, label: 'NEW-1' });
    await core.call('equipment.undo', { enterpriseId, changeSetId: cs.id });
    expect(rawEquipment(ws.file)).toEqual(before);
    await expectAppError(core.call('equipment.undo', { enterpriseId, changeSetId: cs.id }), 'UNDO_DONE');
  });

  it('refuses to undo a change that later work still builds on, and changes nothing', async () => {
    const { ws, core, enterpriseId, rows } = await withRows();
    const target = rows[3]!;
    await core.call('equipment.update', { enterpriseId, id: target.id, changes: { rated_kw: 1 } });
    const [firstEdit] = await history(core, enterpriseId);
    await core.call('equipment.update', { enterpriseId, id: target.id, changes: { rated_kw: 2 } });
    const added = await core.call('equipment.add', {
      enterpriseId,
      row: { asset_code: 'N-1', name: '新泵' },
    });
    const [addCs] = await history(core, enterpriseId);
    await core.call('equipment.delete', { enterpriseId, ids: [added.id] });

    const before = registerChecksum(ws.file);
    // The second edit changed the same row; the deletion removed the added row.
    await expectAppError(
      core.call('equipment.undo', { enterpriseId, changeSetId: firstEdit!.id }),
      'UNDO_BLOCKED',
    );
    await expectAppError(
      core.call('equipment.undo', { enterpriseId, changeSetId: addCs!.id }),
      'UNDO_BLOCKED',
    );
    expect(registerChecksum(ws.file)).toEqual(before);
  });

  it('restoring a deleted row whose asset code was given to a new row is refused, not an internal error', async () => {
    const { ws, core, enterpriseId, rows } = await withRows();
    const victim = rows[0]!;
    const deletion = await core.call('equipment.delete', { enterpriseId, ids: [victim.id] });
    await core.call('equipment.add', {
      enterpriseId,
      row: { asset_code: victim.asset_code, name: '同编号的新设备' },
    });
    const before = registerChecksum(ws.file);
    await expectAppError(
      core.call('equipment.undo', { enterpriseId, changeSetId: deletion.changeSetId }),
      'UNDO_BLOCKED',
    );
    expect(registerChecksum(ws.file)).toEqual(before);
    expect(ws.logger.errors).toEqual([]);
  });

  it('an edit that freed an asset code, taken by a new row, cannot be undone either', async () => {
    const { ws, core, enterpriseId, rows } = await withRows();
    const target = rows[1]!;
    const oldCode = target.asset_code;
    const edit = await core.call('equipment.update', {
      enterpriseId,
      id: target.id,
      changes: { asset_code: 'RENAMED-1' },
    });
    expect(edit.asset_code).toBe('RENAMED-1');
    const [editCs] = await history(core, enterpriseId);
    await core.call('equipment.add', { enterpriseId, row: { asset_code: oldCode, name: '占用旧编号' } });
    const before = registerChecksum(ws.file);
    await expectAppError(
      core.call('equipment.undo', { enterpriseId, changeSetId: editCs!.id }),
      'UNDO_BLOCKED',
    );
    expect(registerChecksum(ws.file)).toEqual(before);
    expect(ws.logger.errors).toEqual([]);
  });

  it('undo of another enterprise’s change set is not found', async () => {
    const { core, enterpriseId, rows } = await withRows();
    await core.call('equipment.update', { enterpriseId, id: rows[0]!.id, changes: { rated_kw: 3 } });
    const [cs] = await history(core, enterpriseId);
    const other = await newEnterprise(core, '另一家企业');
    await expectAppError(
      core.call('equipment.undo', { enterpriseId: other, changeSetId: cs!.id }),
      'NOT_FOUND',
    );
  });
});
