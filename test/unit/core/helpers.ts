/**
 * Fixtures for the core's tests: real SQLite files in a temp folder that is removed after each test,
 * a core opened on them (closed after the test), a settable clock, and ways to look at the files
 * from outside the core.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, onTestFinished } from 'vitest';
import { Core, type CoreOptions, type Logger } from '../../../electron/core/core';
import { AppError, type ErrorCode, type WireError } from '../../../shared/api/errors';
import type { MethodInput } from '../../../shared/api/contract';

export const DAY = 86_400_000;

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-core-test-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface RecordingLogger extends Logger {
  errors: { message: string; detail: unknown }[];
}

/** Keeps the test output clean and lets a test see what the core logged. */
export function recordingLogger(): RecordingLogger {
  const errors: RecordingLogger['errors'] = [];
  return { errors, error: (message, detail) => errors.push({ message, detail }), info: () => {} };
}

export interface FakeClock {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function fakeClock(startIso = '2025-03-10T08:00:00.000Z'): FakeClock {
  let t = Date.parse(startIso);
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = Date.parse(iso);
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export interface TempWorkspace {
  dir: string;
  file: string;
  backupsDir: string;
  logger: RecordingLogger;
  /** Opens a core on the workspace; automatic backups are off unless the options turn them on. */
  open(options?: Partial<CoreOptions>): Promise<Core>;
}

export function tempWorkspace(): TempWorkspace {
  const dir = tempDir();
  const file = path.join(dir, 'workspace.sqlite');
  const logger = recordingLogger();
  return {
    dir,
    file,
    backupsDir: path.join(dir, 'workspace-backups'),
    logger,
    open: async (options = {}) => {
      const core = await Core.open({ workspacePath: file, autoBackupEveryMs: 0, logger, ...options });
      onTestFinished(() => core.close());
      return core;
    },
  };
}

/** Runs a query on a separate read-only connection, as another program would see the file. */
export function readRaw<T>(file: string, query: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return query(db);
  } finally {
    db.close();
  }
}

export function userVersion(file: string): number {
  return readRaw(file, (db) => db.pragma('user_version', { simple: true }) as number);
}

/** The schema as SQLite stores it, for before/after comparisons. */
export function schemaSql(file: string): { type: string; name: string; sql: string | null }[] {
  return readRaw(
    file,
    (db) =>
      db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all() as {
        type: string;
        name: string;
        sql: string | null;
      }[],
  );
}

/** Every file under a folder with a hash of its bytes: equal snapshots mean nothing was touched. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return out;
}

/** Overwrites every page but the first and the last with deterministic noise. */
export function damageMiddlePages(file: string): void {
  const buf = fs.readFileSync(file);
  const pageSize = buf.readUInt16BE(16);
  expect(buf.length / pageSize).toBeGreaterThanOrEqual(3);
  let x = 0x2545f491;
  for (let i = pageSize; i < buf.length - pageSize; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    buf[i] = x & 0xff;
  }
  fs.writeFileSync(file, buf);
}

/** Awaits a promise that must reject with an AppError of the given code, and returns the error. */
export async function expectAppError(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected ${code}, got a result: ${JSON.stringify(value)?.slice(0, 200)}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code, (error as AppError).message).toBe(code);
  return error as AppError;
}

/** Dispatches a call that must fail, and returns the wire error. */
export async function expectWireError(
  core: Core,
  method: string,
  input: unknown,
  code: ErrorCode,
): Promise<WireError> {
  const reply = await core.dispatch(method, input);
  if (reply.ok) throw new Error(`expected ${code} from ${method}, got ${JSON.stringify(reply.result)}`);
  expect(reply.error.code, JSON.stringify(reply.error)).toBe(code);
  return reply.error;
}

export type EnterpriseInput = MethodInput<'enterprise.create'>;

/** A profile with two years of figures and energy, for tests that need some real data. */
export function sampleEnterprise(name: string, overrides: Partial<EnterpriseInput> = {}): EnterpriseInput {
  return {
    name,
    district: 'nanshan',
    industryDivision: '39',
    manufacturingType: 'discrete',
    years: [
      {
        year: 2023,
        employees: 320,
        revenueYuan: 25_000_000.5,
        outputValueYuan: 30_000_000,
        newProductOutputYuan: 9_000_000.07,
        energy: [{ source: 'electricity', quantity: 1_250_000 }],
      },
      { year: 2022, employees: 280, revenueYuan: 18_000_000.99 },
    ],
    ...overrides,
  };
}

export async function enterpriseNames(core: Core): Promise<string[]> {
  return (await core.call('enterprise.list', {})).map((e) => e.name);
}

/** Every live enterprise in full, in list order. */
export async function everyEnterprise(core: Core) {
  const list = await core.call('enterprise.list', {});
  return Promise.all(list.map((e) => core.call('enterprise.get', { id: e.id })));
}
