/**
 * Every table and column the migrations create is either carried by a `.retrofit` file (found in an
 * export of an enterprise that has data everywhere) or listed as not carried with a reason. A new
 * migration that adds enterprise data fails here until the hand-off is taught about it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import {
  CARRIED_TABLES,
  NOT_CARRIED_TABLES,
  RENAMED_COLUMNS,
} from '../../../electron/core/handoff/handoff-tables';
import { buildRichEnterprise } from './rich-enterprise';

type Json = Record<string, unknown>;

/** The values at a part path such as 'projects[].lines[].equipment' ('[]' steps into every element). */
function valuesAt(content: Json, part: string): unknown[] {
  let values: unknown[] = [content];
  for (const step of part.split('.')) {
    const name = step.replace(/\[\]$/, '');
    values = values.map((v) => (v as Json)[name]).filter((v) => v !== undefined && v !== null);
    if (step.endsWith('[]') || values.every(Array.isArray)) values = values.flat();
  }
  return values;
}

/** What the schema has that the hand-off neither carries nor names as not carried. */
function uncovered(db: Database.Database, content: Json, entries: string[]): string[] {
  const problems: string[] = [];
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    if (NOT_CARRIED_TABLES[table]) continue;
    const carried = CARRIED_TABLES[table];
    if (!carried) {
      problems.push(`table ${table}`);
      continue;
    }
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
      (c) => c.name,
    );
    for (const column of columns) {
      if (carried.skipped[column]) continue;
      const key = RENAMED_COLUMNS[table]?.[column] ?? column;
      if (table === 'attachment_blob') {
        if (column === 'sha256' && entries.some((e) => /^attachments\/[0-9a-f]{64}$/.test(e))) continue;
        problems.push(`${table}.${column}`);
        continue;
      }
      const rows = valuesAt(content, carried.part);
      const found =
        rows.length > 0 &&
        (rows.every((r) => typeof r === 'object' && !Array.isArray(r))
          ? rows.every((r) => key in (r as Json))
          : carried.part.endsWith(key));
      if (!found) problems.push(`${table}.${column}`);
    }
  }
  for (const table of Object.keys(CARRIED_TABLES))
    if (!tables.includes(table)) problems.push(`listed ${table}`);
  return problems;
}

function schema(extra = ''): Database.Database {
  const db = new Database(':memory:');
  for (const m of MIGRATIONS) db.exec(m.sql);
  if (extra) db.exec(extra);
  return db;
}

describe('what the hand-off carries', () => {
  it('covers every table and column of the schema, and would catch one added by a future migration', async () => {
    const rich = await buildRichEnterprise();
    const file = path.join(rich.ws.dir, 'coverage.retrofit');
    await rich.core.call('handoff.export', {
      enterpriseId: rich.enterpriseId,
      target: rich.core.files.registerWriteTarget(file).fileId,
    });
    const zip = unzipSync(fs.readFileSync(file));
    const content = JSON.parse(Buffer.from(zip['content.json']!).toString('utf8')) as Json;
    const entries = Object.keys(zip);

    expect(uncovered(schema(), content, entries)).toEqual([]);
    for (const reason of Object.values(NOT_CARRIED_TABLES)) expect(reason.length).toBeGreaterThan(20);

    const future = schema(`
      CREATE TABLE site_visit (id INTEGER PRIMARY KEY, enterprise_id INTEGER NOT NULL, notes TEXT);
      ALTER TABLE project ADD COLUMN approval_number TEXT;
    `);
    expect(uncovered(future, content, entries)).toEqual(['project.approval_number', 'table site_visit']);
  });
});
