/**
 * The column mapping a user corrected is remembered per enterprise and header layout: the next
 * preview of a file with the same headers offers it (mappingRemembered) and an import without a
 * mapping applies it.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { MappingChoice } from '../../../shared/register/header-mapping';
import {
  fixture,
  importFile,
  newEnterprise,
  openStore,
  readTruth,
  storedRows,
  tableCount,
} from './store-helpers';

const MESSY = fixture('register-messy-120-gbk.csv');
// 资产编号,资产名称,类别,型号,品牌/制造商,台数,启用日期,原值（万元）,功率,年运行时间(h),电机能效,数控,联网,所在部门,状态,说明
const VALUE_COLUMN = 7;
const DEPARTMENT_COLUMN = 13;
const REMARKS_COLUMN = 15;

/** The user's corrections: 原值 is in yuan after all, 所在部门 is not the workshop, 说明 is. */
const CORRECTED: MappingChoice = {
  original_value_yuan: { column: VALUE_COLUMN, scale: 1 },
  workshop: { column: REMARKS_COLUMN },
  notes: { column: null },
};

/** The same header layout in another file: UTF-8 this time, the first 10 rows, headers respaced. */
function sameLayoutCopy(dir: string): string {
  const text = iconv.decode(fs.readFileSync(MESSY), 'gb18030');
  const [header, ...rest] = text.split(/\r?\n/);
  const respaced = (header as string).replace('资产编号', ' 资产编号 ');
  const file = path.join(dir, 'same-layout.csv');
  fs.writeFileSync(file, [respaced, ...rest.slice(0, 10)].join('\r\n') + '\r\n');
  return file;
}

describe('remembered column mappings', () => {
  it('a corrected mapping is offered and applied again for the same header layout', async () => {
    const { ws, core, enterpriseId } = await openStore();
    const fresh = await core.call('equipment.importPreview', {
      enterpriseId,
      fileId: core.files.registerRead(MESSY).fileId,
    });
    expect(fresh.mappingRemembered).toBe(false);
    expect(fresh.mapping.original_value_yuan).toMatchObject({ column: VALUE_COLUMN, scale: 10_000 });
    expect(fresh.mapping.workshop?.column).toBe(DEPARTMENT_COLUMN);
    expect(fresh.mapping.notes?.column).toBe(REMARKS_COLUMN);

    const result = await importFile(core, enterpriseId, MESSY, { mapping: CORRECTED });
    expect(result).toMatchObject({ imported: 120, rejectedCount: 0 });
    const truth = new Map(
      readTruth(fixture('register-messy-120-gbk.truth.jsonl')).map((t) => [t.asset_code, t]),
    );
    const stored = await storedRows(core, enterpriseId);
    for (const row of stored) {
      // The 万元 figures read as yuan: 1/10,000 of the truth.
      expect(row.original_value_yuan).toBeCloseTo(
        (truth.get(row.asset_code)!.original_value_yuan as number) / 10_000,
        2,
      );
      expect(row.notes).toBeNull();
    }
    // 说明 is mostly blank; where it is not, its text is now the workshop.
    expect(stored.some((r) => r.workshop !== null)).toBe(true);
    const remarks = new Set([null, '含配套冷却系统', 'see "spec, v2"']);
    expect(stored.filter((r) => !remarks.has(r.workshop)).map((r) => r.workshop)).toEqual([]);

    // Another file with the same headers: the corrected mapping comes back, the automatic one beside it.
    const copy = sameLayoutCopy(ws.dir);
    const again = await core.call('equipment.importPreview', {
      enterpriseId,
      fileId: core.files.registerRead(copy).fileId,
    });
    expect(again.mappingRemembered).toBe(true);
    expect(again.encoding).not.toBe(fresh.encoding);
    expect(again.mapping.original_value_yuan).toMatchObject({ column: VALUE_COLUMN, scale: 1 });
    expect(again.mapping.workshop?.column).toBe(REMARKS_COLUMN);
    expect(again.mapping.notes).toBeNull();
    expect(again.autoMapping.original_value_yuan).toMatchObject({ column: VALUE_COLUMN, scale: 10_000 });
    expect(again.sample[0]?.row?.original_value_yuan).toBeCloseTo(33.48, 2);

    // An import without a mapping applies it.
    const second = await importFile(core, enterpriseId, copy);
    expect(second).toMatchObject({ imported: 0, updated: 10 });
    const first = (await storedRows(core, enterpriseId)).find((r) => r.asset_code === 'EQ-000001');
    expect(first?.original_value_yuan).toBeCloseTo(33.48, 2);

    // A mapping given with the preview wins over the remembered one, and says so.
    const explicit = await core.call('equipment.importPreview', {
      enterpriseId,
      fileId: core.files.registerRead(copy).fileId,
      mapping: { original_value_yuan: { column: VALUE_COLUMN, scale: 10_000 } },
    });
    expect(explicit.mappingRemembered).toBe(false);
    expect(explicit.mapping.original_value_yuan?.scale).toBe(10_000);
    expect(tableCount(ws.file, 'column_mapping')).toBe(1);
  });

  it('is per enterprise, per header layout, and not kept by a dry run', async () => {
    const { core, enterpriseId } = await openStore();
    await importFile(core, enterpriseId, MESSY, { mapping: CORRECTED, dryRun: true });
    const preview = (e: number, file: string) =>
      core.call('equipment.importPreview', { enterpriseId: e, fileId: core.files.registerRead(file).fileId });
    expect((await preview(enterpriseId, MESSY)).mappingRemembered).toBe(false);

    await importFile(core, enterpriseId, MESSY, { mapping: CORRECTED });
    expect((await preview(enterpriseId, MESSY)).mappingRemembered).toBe(true);
    // Another header layout of the same enterprise: the automatic mapping.
    expect((await preview(enterpriseId, fixture('register-standard-200.csv'))).mappingRemembered).toBe(false);
    // Another enterprise, same layout: nothing remembered for it.
    const other = await newEnterprise(core, '另一家企业');
    const theirs = await preview(other, MESSY);
    expect(theirs.mappingRemembered).toBe(false);
    expect(theirs.mapping.original_value_yuan?.scale).toBe(10_000);
  });
});
