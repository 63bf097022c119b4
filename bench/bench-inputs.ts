/**
 * The bench's input files, made by the shared register generator (../shared/tools/gen-inventory.js)
 * into bench/tmp/. A file is reused when it was made by the same generator with the same arguments
 * (the 100k-row XLSX takes ~20 s to write); `--regenerate` makes them afresh.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '..');
export const TMP = path.join(REPO, 'bench', 'tmp');
/** The copy vendored with the tests (the shared handout's generator). */
export const GENERATOR = path.resolve(REPO, 'test', 'fixtures', 'gen-inventory.cjs');

export interface Input {
  id: string;
  file: string;
  args: string[];
  /** Whether this run wrote it (false: reused from an earlier run). */
  generated: boolean;
  bytes: number;
  ms: number;
}

export function generate(id: string, fileName: string, args: string[], force: boolean): Input {
  if (!fs.existsSync(GENERATOR)) throw new Error(`register generator not found at ${GENERATOR}`);
  fs.mkdirSync(TMP, { recursive: true });
  const file = path.join(TMP, fileName);
  const stampFile = `${file}.stamp.json`;
  const generatorHash = crypto.createHash('sha256').update(fs.readFileSync(GENERATOR)).digest('hex');
  const stamp = JSON.stringify({ args, generatorHash });
  const fresh =
    !force && fs.existsSync(file) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
  const t0 = performance.now();
  if (!fresh) {
    fs.rmSync(stampFile, { force: true });
    execFileSync(process.execPath, [GENERATOR, ...args, '--out', file], {
      env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    fs.writeFileSync(stampFile, stamp);
  }
  return { id, file, args, generated: !fresh, bytes: fs.statSync(file).size, ms: performance.now() - t0 };
}
