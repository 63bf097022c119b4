/**
 * The fixture registers imported through the Core API (`equipment.import` on the job worker) and
 * the STORED rows compared with their truth files, field by field.
 */
import { describe, expect, it } from 'vitest';
import { fenToYuan } from '../../../shared/money';
import type { EquipmentRecord } from '../../../shared/register/register-api';
import {
  allRows,
  fixture,
  importFile,
  openStore,
  rawEquipment,
  readTruth,
  REFERENCE_YEAR,
  registerChecksum,
  rowOf,
  tableCount,
  truthMismatches,
} from './store-helpers';

describe('importing the fixture registers stores what their truth says', () => {
  it.each([
    ['register-standard-200.csv', 'register-standard-200.truth.jsonl', 200, 'csv'],
    ['register-standard-200-gbk.csv', 'register-standard-200.truth.jsonl', 200, 'csv'],
    ['register-messy-300.xlsx', 'register-messy-300.truth.jsonl', 300, 'xlsx'],
    ['register-messy-120-gbk.csv', 'register-messy-120-gbk.truth.jsonl', 120, 'csv'],
  ])('%s', async (file, truthFile, count, format) => {
    const { ws, core, enterpriseId, events } = await openStore();
    const result = await importFile(core, enterpriseId, fixture(file));

    expect(result).toMatchObject({
      dryRun: false,
      imported: count,
      updated: 0,
      rejectedCount: 0,
      rejected: [],
    });
    expect(result.changeSetId).toEqual(expect.any(Number));
    expect(events).toContainEqual({ type: 'workspace-changed', scope: 'equipment' });

    const truth = readTruth(fixture(truthFile));
    // Through the API…
    const records = await allRows(core, enterpriseId);
    expect(truthMismatches(records.map(rowOf), truth)).toEqual([]);

    // …and as the file holds them: money in fen, booleans 0/1, created by the import's change set.
    const raw = rawEquipment(ws.file, enterpriseId);
    expect(raw).toHaveLength(count);
    const asRows = raw.map((r) => ({
      ...r,
      original_value_yuan: r.original_value_fen === null ? null : fenToYuan(r.original_value_fen as number),
      cnc: r.cnc === 1,
      networked: r.networked === 1,
    }));
    expect(truthMismatches(asRows as unknown as EquipmentRecord[], truth)).toEqual([]);
    for (const r of raw) {
      expect(r).toMatchObject({ created_by: result.changeSetId, deleted_by: null });
      expect(r.search_text).toBe(
        [r.asset_code, r.name, r.model, r.maker].filter(Boolean).join('\u0001').toLowerCase(),
      );
    }

    if (file === 'register-messy-120-gbk.csv') {
      // The month is kept when the file gives one (2018年4月), not when it gives a bare year.
      expect(records.find((r) => r.asset_code === 'EQ-000001')).toMatchObject({
        year_commissioned: 2018,
        month_commissioned: 4,
      });
      expect(records.find((r) => r.asset_code === 'EQ-000004')?.month_commissioned).toBeNull();
    }

    const history = await core.call('equipment.history', { enterpriseId });
    expect(history).toEqual([
      expect.objectContaining({
        id: result.changeSetId,
        kind: 'import',
        fileName: file,
        fileFormat: format,
        inserted: count,
        updated: 0,
        rejected: 0,
        undoneAt: null,
      }),
    ]);
  });

  it('a dry run reports the same counts and writes nothing', async () => {
    const { ws, core, enterpriseId } = await openStore();
    const before = registerChecksum(ws.file);
    const dry = await importFile(core, enterpriseId, fixture('register-messy-300.xlsx'), { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, changeSetId: null, imported: 300, updated: 0 });
    expect(registerChecksum(ws.file)).toEqual(before);
    expect(await core.call('equipment.history', { enterpriseId })).toEqual([]);
  });
});

describe('register-bad-rows.csv through the store', () => {
  it('stores exactly B-001, B-009 and B-010 and lists every rejected row with line, column and reason', async () => {
    const { ws, core, enterpriseId } = await openStore();
    const before = registerChecksum(ws.file);
    const result = await importFile(core, enterpriseId, fixture('register-bad-rows.csv'));

    expect(result).toMatchObject({ imported: 3, updated: 0, rejectedCount: 7 });
    expect(result.rejected.map((i) => [i.line, i.column, i.field, i.key])).toEqual([
      [3, '设备名称', 'name', 'register.nameMissing'],
      [4, '数量', 'quantity', 'register.quantityNotPositive'],
      [5, '投产年份', 'year_commissioned', 'register.yearFuture'],
      [6, '额定功率(kW)', 'rated_kw', 'register.negative'],
      [7, '设备编号', 'asset_code', 'register.codeRepeated'],
      [8, '资产原值(元)', 'original_value_yuan', 'register.notNumber'],
      [9, '能效等级', 'efficiency_class', 'register.efficiencyUnknown'],
    ]);
    expect(result.rejected.find((i) => i.line === 5)).toMatchObject({
      value: '2099',
      params: { year: 2099, referenceYear: REFERENCE_YEAR },
    });
    expect(result.rejected.find((i) => i.line === 7)?.params).toEqual({ code: 'B-001', firstLine: 2 });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        line: 11,
        column: '额定功率(kW)',
        field: 'rated_kw',
        key: 'register.powerZero',
        value: '0',
      }),
    );

    const rows = await allRows(core, enterpriseId);
    expect(rows.map((r) => r.asset_code)).toEqual(['B-001', 'B-009', 'B-010']);
    // The first B-001 (line 2), not the repeated one of line 7.
    expect(rows[0]).toMatchObject({ name: '数控车床', category: 'machine_tool', efficiency_class: 'IE3' });
    expect(rows[1]?.name).toBe('=HYPERLINK("http://example.invalid","点我")');
    expect(rows[2]).toMatchObject({
      name: '燃煤蒸汽锅炉',
      rated_kw: null,
      notes: '备注含"引号"，\n以及换行',
      status: 'to_be_retired',
    });
    // Raw: the formula is stored as its text, exactly.
    expect(rawEquipment(ws.file, enterpriseId).map((r) => [r.asset_code, r.name, r.rated_kw])).toEqual([
      ['B-001', '数控车床', 11],
      ['B-009', '=HYPERLINK("http://example.invalid","点我")', 1.5],
      ['B-010', '燃煤蒸汽锅炉', null],
    ]);

    // Nothing else: three rows, one change set, no before-images, the mapping remembered.
    const after = registerChecksum(ws.file);
    expect(before.counts).toEqual({ equipment: 0, change_set: 0, change_row: 0, column_mapping: 0 });
    expect(after.counts).toEqual({ equipment: 3, change_set: 1, change_row: 0, column_mapping: 1 });
    expect(tableCount(ws.file, 'equipment')).toBe(3);
    expect(await core.call('equipment.history', { enterpriseId })).toEqual([
      expect.objectContaining({ kind: 'import', inserted: 3, updated: 0, rejected: 7 }),
    ]);
  });
});
