import os from 'node:os';
import path from 'node:path';

export const PRODUCT_FOLDER = 'Retrofit Planner';

/**
 * The per-user data folder. It is the folder Electron's app.getPath('userData') gives for this
 * product name, so the desktop app, the browser host and the CLI share one default workspace.
 * RETROFIT_DATA_DIR overrides it (tests, portable installs).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.RETROFIT_DATA_DIR) return path.resolve(env.RETROFIT_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_FOLDER);
}

export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(defaultDataDir(env), 'workspace.sqlite');
}
