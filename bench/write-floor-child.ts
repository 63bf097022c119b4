/**
 * The writing half of a register import alone, as a floor under the whole import's time: the rows
 * are read and normalised first (not timed), then written the way the job worker writes them, on a
 * connection with its pragmas: one transaction, the import's change set, EquipmentRepository's
 * bulk writer (secondary indexes set aside and built again), commit. No reading thread competes.
 *
 * Beside it, the same values bound into a bare table of as many columns (no constraints, no
 * indexes, the same 100 rows per INSERT): what better-sqlite3 costs before SQLite checks or
 * indexes anything. Prints one JSON line.
 *
 *   write-floor-child --dir DIR --file REGISTER
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Core } from '../electron/core/core';
import { EquipmentRepository, IMPORT_ROW_WIDTH } from '../electron/core/register/equipment-repository';
import { rowsAtLeast } from '../electron/core/register/import-register';
import { readImportRows } from '../electron/core/register/import-rows';
import { FLOOR_PREFIX, type WriteFloorResult } from './import-result';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, file: { type: 'string' } },
    strict: true,
  });
  if (!values.dir || !values.file) throw new Error('usage: write-floor-child --dir DIR --file REGISTER');
  fs.rmSync(values.dir, { recursive: true, force: true });
  fs.mkdirSync(values.dir, { recursive: true });

  const batches: unknown[][] = [];
  for await (const e of readImportRows(values.file, { remembered: {}, referenceYear: 2026 }))
    if (e.kind === 'rows') batches.push(e.values);
  const rows = batches.reduce((n, b) => n + b.length / IMPORT_ROW_WIDTH, 0);

  const workspace = path.join(values.dir, 'workspace.sqlite');
  const core = await Core.open({
    workspacePath: workspace,
    autoBackupEveryMs: 0,
    logger: { error: (m, d) => console.error(m, d ?? ''), info: () => {} },
  });
  const enterprise = await core.call('enterprise.create', { name: '基准测试企业' });
  core.close();

  const db = new Database(workspace, { fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const repo = new EquipmentRepository(db);
  const t0 = performance.now();
  db.exec('BEGIN IMMEDIATE');
  const changeSet = repo.openChangeSet(enterprise.id, 'import', 'bench', {
    fileName: path.basename(values.file),
    fileFormat: 'csv',
    mappingJson: '{}',
  });
  const writer = repo.bulkWriter(enterprise.id, changeSet, rowsAtLeast(fs.statSync(values.file).size));
  for (const b of batches) writer.putBatch(b);
  const t1 = performance.now();
  writer.counts();
  const t2 = performance.now();
  repo.finishChangeSet(changeSet, { inserted: rows, updated: 0, rejected: 0 });
  db.exec('COMMIT');
  const t3 = performance.now();
  db.close();

  const bare = new Database(path.join(values.dir, 'bare.sqlite'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  const columns = Array.from({ length: IMPORT_ROW_WIDTH }, (_, i) => `c${i}`);
  bare.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, ${columns.join(', ')})`);
  const perStatement = 100 * IMPORT_ROW_WIDTH;
  const insert = bare.prepare(
    `INSERT INTO t (${columns.join(', ')}) VALUES ${Array<string>(100)
      .fill(`(${columns.map(() => '?').join(', ')})`)
      .join(', ')}`,
  );
  const insertOne = bare.prepare(
    `INSERT INTO t (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const all = batches.flat();
  const b0 = performance.now();
  bare.exec('BEGIN');
  let at = 0;
  for (; at + perStatement <= all.length; at += perStatement) insert.run(all.slice(at, at + perStatement));
  for (; at < all.length; at += IMPORT_ROW_WIDTH) insertOne.run(all.slice(at, at + IMPORT_ROW_WIDTH));
  bare.exec('COMMIT');
  const bareMs = performance.now() - b0;
  bare.close();

  const out: WriteFloorResult = {
    rows,
    writeMs: t3 - t0,
    insertMs: t1 - t0,
    indexMs: t2 - t1,
    commitMs: t3 - t2,
    bareMs,
  };
  console.log(FLOOR_PREFIX + JSON.stringify(out));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
