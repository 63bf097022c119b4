import fs from 'node:fs';

/** "RETR" — marks a SQLite file as a Retrofit Planner workspace (PRAGMA application_id). */
export const APPLICATION_ID = 0x52455452;

export interface SqliteHeader {
  userVersion: number;
  applicationId: number;
  pageSize: number;
}

const MAGIC = 'SQLite format 3\u0000';

/**
 * Reads the database header straight from the file, without SQLite. This lets the app refuse a
 * file from a newer version, or a foreign file, without opening it — so it stays byte-for-byte untouched.
 * Returns null for an empty file; throws 'not-sqlite' when the bytes are not a SQLite header.
 */
export function readSqliteHeader(path: string): SqliteHeader | null {
  const fd = fs.openSync(path, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    if (n === 0) return null;
    if (n < 100 || buf.toString('latin1', 0, 16) !== MAGIC) throw new Error('not-sqlite');
    const rawPageSize = buf.readUInt16BE(16);
    return {
      pageSize: rawPageSize === 1 ? 65536 : rawPageSize,
      userVersion: buf.readInt32BE(60),
      applicationId: buf.readInt32BE(68),
    };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * True when page 1 — the root of sqlite_schema — is an empty table leaf, i.e. the file defines no
 * tables, indexes or views. Reads the bytes directly, so it leaves the file and its folder untouched;
 * it describes the main file only (content still in a -wal file is not seen).
 */
export function schemaPageIsEmpty(path: string): boolean {
  const fd = fs.openSync(path, 'r');
  try {
    const buf = Buffer.alloc(8);
    const n = fs.readSync(fd, buf, 0, 8, 100);
    const LEAF_TABLE = 0x0d;
    return n === 8 && buf[0] === LEAF_TABLE && buf.readUInt16BE(3) === 0;
  } finally {
    fs.closeSync(fd);
  }
}
