import type Database from 'better-sqlite3';

/**
 * Changes whenever the workspace's data may have changed, as seen from this connection: PRAGMA
 * data_version moves when another connection (a job thread, the CLI, another process) commits,
 * total_changes() when this one writes. What is worked out from the data can be kept while it
 * stays the same.
 */
export function workspaceVersion(db: Database.Database): string {
  const others = db.pragma('data_version', { simple: true }) as number;
  const own = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${others}:${own}`;
}
