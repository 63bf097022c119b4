/**
 * The shell's own settings (settings.json in the user-data folder): the workspace the user chose
 * last, and where to look for updates when an organisation configures it. The page's preferences
 * (language, table layouts) live in the page, not here.
 */
import path from 'node:path';
import { isRecord, readJsonFile, writeJsonFile } from './json-file';

export interface ShellSettings {
  /** Absolute path of the workspace chosen with File ▸ New/Open Workspace; absent = the default one. */
  workspacePath?: string;
  /** A JSON document `{ "version": "1.2.3" }` announcing the latest release (see updates.ts). */
  updateUrl?: string;
  /** The page where releases are published, shown by Help ▸ Check for Updates. */
  releasesUrl?: string;
}

const STRING_KEYS = ['workspacePath', 'updateUrl', 'releasesUrl'] as const;

export function settingsFile(userDataDir: string): string {
  return path.join(userDataDir, 'settings.json');
}

/** Only the known keys with string values survive: a hand-edited file cannot inject anything else. */
export function parseSettings(raw: unknown): ShellSettings {
  const settings: ShellSettings = {};
  if (!isRecord(raw)) return settings;
  for (const key of STRING_KEYS) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() !== '') settings[key] = value;
  }
  return settings;
}

export function readSettings(file: string): ShellSettings {
  return parseSettings(readJsonFile(file));
}

/** Merges the change into what is on disk; `undefined` removes a key. */
export function updateSettings(file: string, change: Partial<ShellSettings>): ShellSettings {
  const next: Record<string, unknown> = { ...readSettings(file), ...change };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  writeJsonFile(file, next);
  return parseSettings(next);
}
