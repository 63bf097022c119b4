/**
 * Helpers for the register's storage tests: a workspace with one enterprise opened through the
 * Core API, importing a file by path the way a transport registers it, reading every stored row
 * back (through the API and raw from the SQLite file), and a checksum of the register's tables
 * for "nothing changed" comparisons.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { Core } from '../../../electron/core/core';
import type { MethodInput } from '../../../shared/api/contract';
import type { CoreEvent } from '../../../shared/api/events';
import type { EquipmentRow } from '../../../shared/register/equipment-row';
import type { EquipmentRecord, ImportResult } from '../../../shared/register/register-api';
import { EQUIPMENT_STATUSES } from '../../../shared/register/taxonomy';
import {
  fakeClock,
  readRaw,
  recordingLogger,
  sampleEnterprise,
  tempWorkspace,
  type TempWorkspace,
} from '../core/helpers';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const fixture = (name: string) => path.join(REPO_ROOT, 'test/fixtures', name);
/** The workspace clock: the import's reference year ("year in the future") is this year. */
export const NOW_ISO = '2026-03-10T08:00:00.000Z';
export const REFERENCE_YEAR = 2026;

export interface StoreWorkspace {
  ws: TempWorkspace;
  core: Core;
  enterpriseId: number;
  events: CoreEvent[];
}

export async function openStore(enterpriseName = '深圳市南山精密制造有限公司'): Promise<StoreWorkspace> {
  const ws = tempWorkspace();
  const clock = fakeClock(NOW_ISO);
  const core = await ws.open({ now: clock.now });
  const events: CoreEvent[] = [];
  core.onEvent((e) => events.push(e));
  const enterpriseId = await newEnterprise(core, enterpriseName);
  return { ws, core, enterpriseId, events };
}

/**
 * The same for a whole file's tests (beforeAll): the caller closes it with `dispose` in afterAll.
 */
export async function openSharedStore(): Promise<StoreWorkspace & { dispose(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-register-store-'));
  const file = path.join(dir, 'workspace.sqlite');
  const logger = recordingLogger();
  const clock = fakeClock(NOW_ISO);
  const core = await Core.open({ workspacePath: file, autoBackupEveryMs: 0, logger, now: clock.now });
  const ws: TempWorkspace = {
    dir,
    file,
    backupsDir: path.join(dir, 'workspace-backups'),
    logger,
    open: () => Promise.reject(new Error('a shared store stays open')),
  };
  const events: CoreEvent[] = [];
  core.onEvent((e) => events.push(e));
  const enterpriseId = await newEnterprise(core, '深圳市南山精密制造有限公司');
  return {
    ws,
    core,
    enterpriseId,
    events,
    dispose: () => {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function newEnterprise(core: Core, name: string): Promise<number> {
  return (await core.call('enterprise.create', sampleEnterprise(name))).id;
}

type ImportExtras = Omit<MethodInput<'equipment.import'>, 'enterpriseId' | 'fileId'>;

/** Registers the file as a transport does for the user's choice, then imports it. */
export function importFile(
  core: Core,
  enterpriseId: number,
  file: string,
  extras: ImportExtras = {},
): Promise<ImportResult> {
  const { fileId } = core.files.registerRead(file);
  return core.call('equipment.import', { enterpriseId, fileId, ...extras });
}

/** Every live row through the API, paging as the UI does, in asset-code order. */
export async function allRows(core: Core, enterpriseId: number): Promise<EquipmentRecord[]> {
  const rows: EquipmentRecord[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await core.call('equipment.page', { enterpriseId, offset, limit: 1000 });
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) {
      expect(rows).toHaveLength(page.total);
      return rows;
    }
  }
}

/** A record without its id and timestamp: what the register holds for the asset. */
export function rowOf(record: EquipmentRecord): EquipmentRow {
  const { id: _id, updated_at: _updated, ...row } = record;
  return row;
}

export async function storedRows(core: Core, enterpriseId: number): Promise<EquipmentRow[]> {
  return (await allRows(core, enterpriseId)).map(rowOf);
}

export type RawEquipment = Record<string, string | number | null>;

/** The equipment table as another program sees the file, live and deleted rows, by id. */
export function rawEquipment(file: string, enterpriseId?: number): RawEquipment[] {
  return readRaw(file, (db) =>
    enterpriseId === undefined
      ? (db.prepare('SELECT * FROM equipment ORDER BY id').all() as RawEquipment[])
      : (db
          .prepare('SELECT * FROM equipment WHERE enterprise_id = ? ORDER BY id')
          .all(enterpriseId) as RawEquipment[]),
  );
}

export function tableCount(file: string, table: string): number {
  return readRaw(file, (db) => db.prepare(`SELECT count(*) AS n FROM ${table}`).pluck().get() as number);
}

/** Tables an import writes to; a checksum over every row of them says whether anything changed. */
export const REGISTER_TABLES = ['equipment', 'change_set', 'change_row', 'column_mapping'] as const;

/**
 * Also covers the tables' schema and indexes: a large import sets indexes aside while it inserts
 * (equipment-repository.ts), and a rollback must bring them back.
 */
export function registerChecksum(file: string): {
  counts: Record<string, number>;
  sha256: string;
  schema: string[];
} {
  return readRaw(file, (db) => {
    const hash = crypto.createHash('sha256');
    const counts: Record<string, number> = {};
    const schema = db
      .prepare(
        `SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master
         WHERE tbl_name IN (${REGISTER_TABLES.map(() => '?').join(', ')}) ORDER BY type, name`,
      )
      .pluck()
      .all(...REGISTER_TABLES) as string[];
    for (const table of REGISTER_TABLES) {
      const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      const lines = rows.map((r) => JSON.stringify(r)).sort();
      counts[table] = lines.length;
      hash.update(`${table}\n${lines.join('\n')}\n`);
    }
    return { counts, sha256: hash.digest('hex'), schema };
  });
}

export function integrityCheck(file: string): string[] {
  return readRaw(
    file,
    (db) => db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[],
  ).map((r) => r.integrity_check);
}

// ---- truth files -------------------------------------------------------------------------------

const STATUS_BY_ZH = new Map<string, string>(EQUIPMENT_STATUSES.map((s) => [s.zh, s.code]));

export { readTruth } from '../support/domain-truth';

/**
 * Every field of every truth object against the stored row of the same asset code; the truth
 * writes `year` for year_commissioned and the status in Chinese. Returns the mismatches.
 */
export function truthMismatches(rows: readonly EquipmentRow[], truth: Record<string, unknown>[]): string[] {
  const byCode = new Map(rows.map((r) => [r.asset_code, r as unknown as Record<string, unknown>]));
  const mismatches: string[] = [];
  if (rows.length !== truth.length) mismatches.push(`stored ${rows.length} rows, truth has ${truth.length}`);
  if (byCode.size !== rows.length)
    mismatches.push(`asset codes not unique: ${byCode.size} of ${rows.length}`);
  for (const t of truth) {
    const row = byCode.get(t.asset_code as string);
    if (!row) {
      mismatches.push(`${String(t.asset_code)}: not stored`);
      continue;
    }
    for (const [key, expected] of Object.entries(t)) {
      const field = key === 'year' ? 'year_commissioned' : key;
      const want = key === 'status' ? STATUS_BY_ZH.get(expected as string) : expected;
      if (want === undefined) mismatches.push(`${String(t.asset_code)}.${key}: truth value unknown`);
      if (!Object.is(row[field], want)) {
        mismatches.push(
          `${String(t.asset_code)}.${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(row[field])}`,
        );
      }
    }
  }
  return mismatches;
}

// ---- generated registers -----------------------------------------------------------------------

/** The fixture generator: beside the repository in CI (../shared/tools), GEN_INVENTORY overrides. */
export function genInventoryScript(): string {
  const candidates = [
    process.env.GEN_INVENTORY,
    path.resolve(REPO_ROOT, 'test/fixtures/gen-inventory.cjs'),
    path.resolve(REPO_ROOT, '../shared/tools/gen-inventory.js'),
  ].filter((c): c is string => !!c);
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found)
    throw new Error(`gen-inventory.js not found; tried ${candidates.join(', ')} (set GEN_INVENTORY)`);
  return found;
}

/** A seeded generator (xorshift32) so that a failing case can be replayed. */
export function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}
