import fs from 'node:fs';

export type FileIdentity = { dev: number; ino: number } | null;

export function fileIdentity(file: string): FileIdentity {
  try {
    const s = fs.statSync(file);
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

/**
 * Whether the workspace file the core opened is still the one at its path. On Linux and macOS a
 * file can be deleted (or replaced) while the app holds it open; SQLite then keeps writing to the
 * unlinked file and everything saved since would vanish when the app closes.
 */
export function workspaceFileState(file: string, opened: FileIdentity): 'same' | 'missing' | 'replaced' {
  const now = fileIdentity(file);
  if (!now) return 'missing';
  if (opened && (now.dev !== opened.dev || now.ino !== opened.ino)) return 'replaced';
  return 'same';
}
