import type Database from 'better-sqlite3';
import { APPLICATION_ID } from './sqlite-header';
import { MIGRATIONS, type Migration } from './migrations';

export function pendingMigrations(db: Database.Database, migrations: Migration[] = MIGRATIONS): Migration[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  return migrations.filter((m) => m.version > current);
}

/**
 * Applies every pending migration in one transaction: either the workspace reaches the latest
 * version or it stays exactly as it was. The caller takes a backup first.
 */
export function applyMigrations(db: Database.Database, migrations: Migration[] = MIGRATIONS): number[] {
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return [];
  db.transaction(() => {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of pending) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return pending.map((m) => m.version);
}
