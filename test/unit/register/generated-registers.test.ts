/**
 * Registers made by the shared generator (gen-inventory.js) with --truth, read back and compared
 * field by field. The generator is vendored from the shared handout into test/fixtures so the test
 * always runs; GEN_INVENTORY points it at another copy.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectMatchesTruth, readAll, readTruth } from './register-truth';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const GENERATOR = process.env.GEN_INVENTORY ?? path.join(ROOT, 'test/fixtures/gen-inventory.cjs');
const NODE_MODULES = path.join(ROOT, 'node_modules');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-generated-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function generate(out: string, ...args: string[]): { file: string; truth: string } {
  const file = path.join(dir, out);
  const truth = `${file}.truth.jsonl`;
  execFileSync(process.execPath, [GENERATOR, '--out', file, '--truth', truth, ...args], {
    env: { ...process.env, NODE_PATH: NODE_MODULES },
    stdio: 'ignore',
  });
  return { file, truth };
}

describe('generated registers', () => {
  it('a 2,000-row messy XLSX with a title row', async () => {
    const { file, truth } = generate(
      'messy-2000.xlsx',
      '--rows',
      '2000',
      '--seed',
      '42',
      '--headers',
      'messy',
      '--title',
    );
    const { info, rows } = await readAll(file);
    expect(info).toMatchObject({ format: 'xlsx', headerLine: 2, sheet: '设备台账' });
    expectMatchesTruth(rows, readTruth(truth));
  });

  it('a 2,000-row GBK CSV with the messy headers', async () => {
    const { file, truth } = generate(
      'messy-2000-gbk.csv',
      '--rows',
      '2000',
      '--seed',
      '43',
      '--headers',
      'messy',
      '--encoding',
      'gbk',
    );
    const { info, rows } = await readAll(file);
    expect(info).toMatchObject({ format: 'csv', encoding: 'gb18030', headerLine: 1 });
    expectMatchesTruth(rows, readTruth(truth));
  });

  it('a 2,000-row GBK CSV with a title line and the standard headers', async () => {
    const { file, truth } = generate(
      'std-2000-gbk.csv',
      '--rows',
      '2000',
      '--seed',
      '44',
      '--encoding',
      'gbk',
      '--title',
    );
    const { info, rows } = await readAll(file);
    expect(info).toMatchObject({ encoding: 'gb18030', headerLine: 2 });
    expectMatchesTruth(rows, readTruth(truth));
  });
});
