import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const tsx = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');

export interface WebHost {
  /** Address with the launch token, as the host prints it. */
  url: string;
  workspace: string;
  dir: string;
  stop(): Promise<void>;
  /** Stops the host and starts a new one on the same workspace (new port, new token). */
  restart(): Promise<WebHost>;
}

/**
 * Starts the real browser host (`electron/host/web/web-main.ts`) on a workspace in a temp folder,
 * the way a user runs `npm run web`, and reads the address it prints.
 */
export async function startWebHost(existing?: { dir: string; workspace: string }): Promise<WebHost> {
  const dir = existing?.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rp-e2e-'));
  const workspace = existing?.workspace ?? path.join(dir, 'workspace.sqlite');
  // A build of one's own (RETROFIT_E2E_STATIC_DIR) lets journeys run beside another build of dist/.
  const staticDir = process.env.RETROFIT_E2E_STATIC_DIR;
  const args = ['electron/host/web/web-main.ts', '--db', workspace, '--port', '0'];
  if (staticDir) args.push('--static-dir', staticDir);
  const child = spawn(tsx, args, {
    cwd: root,
    env: { ...process.env, RETROFIT_LANG: 'zh-CN', RETROFIT_DATA_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${out}\n${err}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${out}\n${err}`));
    });
  });
  const stop = () => stopChild(child);
  return {
    url,
    workspace,
    dir,
    stop,
    restart: async () => {
      await stop();
      return startWebHost({ dir, workspace });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
