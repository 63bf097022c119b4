/**
 * A full logical dump of a workspace file — schema, user_version and every table's rows in a fixed
 * order — reduced to a hash, for "is it exactly the before or the after state" comparisons, plus
 * SQLite's own integrity_check. Both open the file read-write on their own connection, as the app
 * would after a crash: that is what rolls back a hot journal or ignores uncommitted WAL frames.
 */
import crypto from 'node:crypto';
import Database from 'better-sqlite3';

export interface WorkspaceDump {
  hash: string;
  /** Rows per table, to say what differs when the hash does. */
  counts: Record<string, number>;
  /** A hash per table: which tables differ. */
  tables: Record<string, string>;
  userVersion: number;
}

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

function cell(v: unknown): unknown {
  return Buffer.isBuffer(v) ? `x'${v.toString('hex')}'` : typeof v === 'bigint' ? String(v) : v;
}

/** Columns left out of the comparison (table → columns), for values that differ on every run. */
export type VolatileColumns = Record<string, string[]>;

export function dumpDb(db: Database.Database, volatile: VolatileColumns = {}): WorkspaceDump {
  const hash = crypto.createHash('sha256');
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  hash.update(`user_version ${userVersion}\n`);
  const schema = db
    .prepare(
      "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; sql: string | null }[];
  hash.update(JSON.stringify(schema));
  const counts: Record<string, number> = {};
  const tables: Record<string, string> = {};
  for (const { name } of schema.filter((s) => s.type === 'table')) {
    const skip = new Set(volatile[name] ?? []);
    const columns = (
      db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name) as string[]
    ).filter((c) => !skip.has(c));
    if (columns.length === 0) continue;
    const list = columns.map(q).join(', ');
    const rows = db
      .prepare(`SELECT ${list} FROM ${q(name)} ORDER BY ${list}`)
      .raw()
      .iterate() as Iterable<unknown[]>;
    let n = 0;
    const own = crypto.createHash('sha256');
    for (const row of rows) {
      own.update(JSON.stringify(row.map(cell)));
      n++;
    }
    counts[name] = n;
    tables[name] = own.digest('hex');
    hash.update(`\ntable ${name} ${tables[name]}\n`);
  }
  return { hash: hash.digest('hex'), counts, tables, userVersion };
}

export interface FileCheck {
  integrity: string[];
  dump: WorkspaceDump;
}

/** integrity_check and the dump of a workspace file, without migrating or otherwise changing it. */
export function checkWorkspaceFile(file: string, volatile: VolatileColumns = {}): FileCheck {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    return { integrity, dump: dumpDb(db, volatile) };
  } finally {
    db.close();
  }
}

/** Which tables' row counts differ between two dumps, for a failure's example line. */
export function countDiff(a: WorkspaceDump, b: WorkspaceDump): string {
  const names = [...new Set([...Object.keys(a.counts), ...Object.keys(b.counts)])].sort();
  const diff = names
    .filter((n) => a.tables[n] !== b.tables[n])
    .map((n) =>
      a.counts[n] === b.counts[n] ? `${n} (rows differ)` : `${n} ${a.counts[n] ?? '-'}→${b.counts[n] ?? '-'}`,
    );
  return diff.length > 0 ? diff.join(', ') : 'same rows, different schema';
}

/** mulberry32: a tiny seeded PRNG, so a failing run can be replayed with its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
