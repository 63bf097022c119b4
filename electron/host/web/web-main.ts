/**
 * `npm run web [-- --db FILE --port N]`: the whole app in a browser, on this machine only.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Core } from '../../core/core';
import { defaultWorkspacePath } from '../../core/paths';
import { AppError } from '../../../shared/api/errors';
import { formatError } from '../../../shared/i18n/messages';
import { cliLang } from '../cli/cli-lang';
import { chromiumPdfPrinter } from '../print/chromium-pdf';
import { startWebServer } from './web-server';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '5178' },
      'static-dir': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, got ${values.port}`);
  const workspacePath = path.resolve(values.db ?? defaultWorkspacePath());
  // Draft PDFs print with the machine's Chromium; without one the core says PDF is unavailable.
  const printPdf = chromiumPdfPrinter();
  const core = await Core.open({ workspacePath, ...(printPdf ? { printPdf } : {}) });
  const server = await startWebServer({
    core,
    staticDir: path.resolve(values['static-dir'] ?? path.join(repoRoot, 'dist', 'renderer')),
    token: randomBytes(32).toString('base64url'),
    port,
  });
  const lang = cliLang();
  console.log(
    lang === 'en' ? `Retrofit Planner is running. Open:` : '技改规划助手已启动，请在浏览器中打开：',
  );
  console.log(`  ${server.url}`);
  console.log(lang === 'en' ? `Workspace: ${workspacePath}` : `工作区：${workspacePath}`);
  console.log(lang === 'en' ? 'Press Ctrl+C to stop.' : '按 Ctrl+C 停止。');
  const stop = async () => {
    await server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e: unknown) => {
  console.error(
    e instanceof AppError ? formatError(cliLang(), e.toWire()) : e instanceof Error ? e.message : String(e),
  );
  process.exit(1);
});
