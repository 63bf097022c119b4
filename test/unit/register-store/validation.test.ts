/**
 * Bad input through the API is refused with VALIDATION, the field's path and a message key, and
 * changes nothing: edits checked with the importer's rules, bulk edits all or nothing, and file
 * ids that were never chosen (or were chosen for the other direction).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/api/contract';
import type { EquipmentRecord } from '../../../shared/register/register-api';
import { expectAppError, expectWireError } from '../core/helpers';
import {
  fixture,
  importFile,
  openSharedStore,
  rawEquipment,
  REFERENCE_YEAR,
  registerChecksum,
} from './store-helpers';

let store: Awaited<ReturnType<typeof openSharedStore>>;
let rows: EquipmentRecord[];

beforeAll(async () => {
  store = await openSharedStore();
  await importFile(store.core, store.enterpriseId, fixture('register-standard-200.csv'));
  rows = (await store.core.call('equipment.page', { enterpriseId: store.enterpriseId, offset: 0, limit: 20 }))
    .rows;
}, 30_000);

afterAll(() => store?.dispose());

/** Runs a call that must fail with VALIDATION and checks that the workspace did not change. */
async function refused(method: string, input: unknown) {
  const before = registerChecksum(store.ws.file);
  const error = await expectWireError(store.core, method, input, 'VALIDATION');
  expect(registerChecksum(store.ws.file)).toEqual(before);
  return error;
}

type Changes = MethodInput<'equipment.update'>['changes'];

describe('equipment.update checks the merged row with the importer’s rules', () => {
  it.each<[string, Changes, (string | number)[], string]>([
    ['quantity 0', { quantity: 0 }, ['changes', 'quantity'], 'validation.too_small'],
    ['a fractional quantity', { quantity: 1.5 }, ['changes', 'quantity'], 'validation.invalid_type'],
    [
      'a year in the future',
      { year_commissioned: REFERENCE_YEAR + 1 },
      ['changes', 'year_commissioned'],
      'validation.too_big',
    ],
    ['an unknown category', { category: 'spaceship' }, ['changes', 'category'], 'validation.invalid_value'],
    [
      'the category label instead of its code',
      { category: '机床' },
      ['changes', 'category'],
      'validation.invalid_value',
    ],
    [
      'efficiency class IE9',
      { efficiency_class: 'IE9' },
      ['changes', 'efficiency_class'],
      'validation.invalid_value',
    ],
    ['an unknown status', { status: '在用' }, ['changes', 'status'], 'validation.invalid_value'],
    ['a negative power', { rated_kw: -5 }, ['changes', 'rated_kw'], 'validation.too_small'],
    [
      'money with three decimals',
      { original_value_yuan: 1.234 },
      ['changes', 'original_value_yuan'],
      'validation.twoDecimals',
    ],
    ['a blank name', { name: '   ' }, ['changes', 'name'], 'validation.too_small'],
    [
      'a month without a year',
      { year_commissioned: null, month_commissioned: 3 },
      ['changes', 'month_commissioned'],
      'register.monthWithoutYear',
    ],
  ])('%s', async (_name, changes, pathExpected, key) => {
    const target = rows[2]!;
    const error = await refused('equipment.update', {
      enterpriseId: store.enterpriseId,
      id: target.id,
      changes,
    });
    expect(error.issues).toContainEqual(expect.objectContaining({ path: pathExpected, key }));
    expect(
      await store.core.call('equipment.get', { enterpriseId: store.enterpriseId, id: target.id }),
    ).toEqual(target);
  });

  it('a category change to robot carries cnc with it instead of being refused', async () => {
    const { core, enterpriseId } = store;
    const target = rows.find((r) => !r.cnc)!;
    const updated = await core.call('equipment.update', {
      enterpriseId,
      id: target.id,
      changes: { category: 'robot' },
    });
    expect(updated).toMatchObject({ category: 'robot', cnc: true });
    const [cs] = await core.call('equipment.history', { enterpriseId });
    await core.call('equipment.undo', { enterpriseId, changeSetId: cs!.id });
    expect(await core.call('equipment.get', { enterpriseId, id: target.id })).toEqual(target);
  });

  it('an asset code another row has', async () => {
    const [a, b] = [rows[0]!, rows[1]!];
    const error = await refused('equipment.update', {
      enterpriseId: store.enterpriseId,
      id: a.id,
      changes: { asset_code: ` ${b.asset_code} ` },
    });
    expect(error.issues).toEqual([
      { path: ['asset_code'], key: 'register.codeTaken', params: { code: b.asset_code } },
    ]);
  });

  it('a full-width form of another row’s code is the same code', async () => {
    const [a, b] = [rows[0]!, rows[1]!];
    const fullWidth = (b.asset_code as string).replace(/[!-~]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) + 0xfee0),
    );
    expect(fullWidth).not.toBe(b.asset_code);
    const error = await refused('equipment.update', {
      enterpriseId: store.enterpriseId,
      id: a.id,
      changes: { asset_code: fullWidth },
    });
    expect(error.issues[0]).toMatchObject({ key: 'register.codeTaken', params: { code: b.asset_code } });
  });

  it('a field the register does not have, or a value of the wrong type, is refused by the contract', async () => {
    const id = rows[0]!.id;
    await refused('equipment.update', { enterpriseId: store.enterpriseId, id, changes: { colour: 'red' } });
    await refused('equipment.update', {
      enterpriseId: store.enterpriseId,
      id,
      changes: { name: { evil: 1 } },
    });
    await refused('equipment.add', { enterpriseId: store.enterpriseId, row: { name: 'x', id: 5 } });
    await refused('equipment.page', { enterpriseId: store.enterpriseId, offset: 0, limit: 5000 });
    await refused('equipment.page', {
      enterpriseId: store.enterpriseId,
      offset: 0,
      limit: 10,
      sort: { field: 'id; DROP TABLE equipment', order: 'asc' },
    });
  });

  it('rows of another enterprise are not found', async () => {
    const other = (
      await store.core.call('enterprise.create', {
        name: '另一家',
        district: 'futian',
        industryDivision: '39',
        manufacturingType: 'discrete',
        years: [],
      })
    ).id;
    const before = registerChecksum(store.ws.file);
    await expectAppError(
      store.core.call('equipment.update', {
        enterpriseId: other,
        id: rows[0]!.id,
        changes: { name: '偷改' },
      }),
      'NOT_FOUND',
    );
    await expectAppError(
      store.core.call('equipment.delete', { enterpriseId: other, ids: [rows[0]!.id] }),
      'NOT_FOUND',
    );
    expect(registerChecksum(store.ws.file)).toEqual(before);
  });
});

describe('equipment.add', () => {
  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ['no name', { asset_code: 'N-1' }, ['row', 'name'], 'validation.too_small'],
    ['quantity 0', { name: '泵', quantity: 0 }, ['row', 'quantity'], 'validation.too_small'],
    [
      'IE9',
      { name: '电机', efficiency_class: 'IE9' },
      ['row', 'efficiency_class'],
      'validation.invalid_value',
    ],
  ])('refuses %s', async (_name, row, pathExpected, key) => {
    const error = await refused('equipment.add', { enterpriseId: store.enterpriseId, row });
    expect(error.issues).toContainEqual(expect.objectContaining({ path: pathExpected, key }));
  });

  it('refuses a code that is taken', async () => {
    const error = await refused('equipment.add', {
      enterpriseId: store.enterpriseId,
      row: { asset_code: rows[4]!.asset_code, name: '重复' },
    });
    expect(error.issues).toEqual([
      { path: ['asset_code'], key: 'register.codeTaken', params: { code: rows[4]!.asset_code } },
    ]);
  });
});

describe('equipment.bulkUpdate is all or nothing', () => {
  it('refuses one asset code for several rows', async () => {
    const error = await refused('equipment.bulkUpdate', {
      enterpriseId: store.enterpriseId,
      ids: [rows[0]!.id, rows[1]!.id],
      changes: { asset_code: 'SAME-1' },
    });
    expect(error.issues).toEqual([{ path: ['changes', 'asset_code'], key: 'register.codeBulk', params: {} }]);
  });

  it('refuses the whole edit when one row would become invalid', async () => {
    const { core, enterpriseId } = store;
    // A row without a year cannot take a month.
    const yearless = await core.call('equipment.add', {
      enterpriseId,
      row: { asset_code: 'NOYEAR-1', name: '无年份设备' },
    });
    const [addition] = await core.call('equipment.history', { enterpriseId });
    const before = rawEquipment(store.ws.file);
    const error = await refused('equipment.bulkUpdate', {
      enterpriseId,
      ids: [rows[0]!.id, rows[1]!.id, yearless.id],
      changes: { month_commissioned: 3 },
    });
    expect(error.issues).toContainEqual(
      expect.objectContaining({ path: ['changes', 'month_commissioned'], key: 'register.monthWithoutYear' }),
    );
    expect(rawEquipment(store.ws.file)).toEqual(before);
    await core.call('equipment.undo', { enterpriseId, changeSetId: addition!.id });
  });

  it('refuses a year in the future for all', async () => {
    const error = await refused('equipment.bulkUpdate', {
      enterpriseId: store.enterpriseId,
      ids: rows.slice(0, 5).map((r) => r.id),
      changes: { year_commissioned: 2099 },
    });
    expect(error.issues[0]).toMatchObject({
      path: ['changes', 'year_commissioned'],
      key: 'validation.too_big',
    });
  });

  it('an unknown id among them is not found and nothing is written', async () => {
    const before = registerChecksum(store.ws.file);
    await expectAppError(
      store.core.call('equipment.bulkUpdate', {
        enterpriseId: store.enterpriseId,
        ids: [rows[0]!.id, 999_999],
        changes: { workshop: 'X' },
      }),
      'NOT_FOUND',
    );
    await expectAppError(
      store.core.call('equipment.delete', { enterpriseId: store.enterpriseId, ids: [rows[0]!.id, 999_999] }),
      'NOT_FOUND',
    );
    expect(registerChecksum(store.ws.file)).toEqual(before);
  });
});

describe('file ids', () => {
  const unknownId = '0b7c9a34-5d2e-4f1a-9c3b-7e8d6f5a4b3c';
  const fileUnknown = { path: ['fileId'], key: 'validation.fileUnknown', params: {} };

  it('a file id that was never registered', async () => {
    const { enterpriseId } = store;
    expect((await refused('equipment.import', { enterpriseId, fileId: unknownId })).issues).toEqual([
      fileUnknown,
    ]);
    expect((await refused('equipment.importPreview', { enterpriseId, fileId: unknownId })).issues).toEqual([
      fileUnknown,
    ]);
    expect(
      (await refused('equipment.export', { enterpriseId, format: 'csv', target: unknownId })).issues,
    ).toEqual([fileUnknown]);
  });

  it('a malformed file id or a path in its place', async () => {
    const { enterpriseId } = store;
    for (const fileId of ['../../etc/passwd', fixture('register-standard-200.csv'), '']) {
      const error = await refused('equipment.import', { enterpriseId, fileId });
      expect(error.issues[0]?.path).toEqual(['fileId']);
    }
  });

  it('a save target used as an import source, and an import source used as a save target', async () => {
    const { core, enterpriseId, ws } = store;
    const target = core.files.registerWriteTarget(path.join(ws.dir, 'out.csv'));
    expect((await refused('equipment.import', { enterpriseId, fileId: target.fileId })).issues).toEqual([
      fileUnknown,
    ]);
    expect(
      (await refused('equipment.importPreview', { enterpriseId, fileId: target.fileId })).issues,
    ).toEqual([fileUnknown]);
    const source = core.files.registerRead(fixture('register-bad-rows.csv'));
    expect(
      (await refused('equipment.export', { enterpriseId, format: 'csv', target: source.fileId })).issues,
    ).toEqual([fileUnknown]);
  });

  it('a released file id is unknown again', async () => {
    const { core, enterpriseId } = store;
    const ref = core.files.registerRead(fixture('register-bad-rows.csv'));
    core.files.release(ref.fileId);
    expect((await refused('equipment.import', { enterpriseId, fileId: ref.fileId })).issues).toEqual([
      fileUnknown,
    ]);
  });
});
