import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../../../scripts/build-electron';
import { evaluateOwnCsp, scanElectronSources } from '../../../scripts/check-electronegativity';

/** The scanner may try (and fail) to reach the network for translations; allow for its timeouts. */
const SCAN_TIMEOUT = 60_000;

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-eng-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of the shell's sources, optionally with one file edited. */
function shellCopy(name: string, edit?: { file: string; from: string; to: string }): string {
  const target = path.join(dir, name);
  for (const part of ['main', 'preload']) {
    fs.cpSync(path.join(PROJECT_DIR, 'electron', part), path.join(target, part), { recursive: true });
  }
  if (edit) {
    const file = path.join(target, edit.file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(edit.from);
    fs.writeFileSync(file, text.replace(edit.from, edit.to));
  }
  return target;
}

describe('check-electronegativity', () => {
  it(
    'finds nothing blocking in the shell as written',
    async () => {
      const result = await scanElectronSources(shellCopy('clean'));
      expect(result.blocking).toEqual([]);
      expect(result.notes.join('\n')).toMatch(/CSP is served as a protocol response header/);
    },
    SCAN_TIMEOUT,
  );

  it(
    'blocks on a MEDIUM finding (sandbox off)',
    async () => {
      const result = await scanElectronSources(
        shellCopy('no-sandbox', { file: 'main/window.ts', from: 'sandbox: true', to: 'sandbox: false' }),
      );
      expect(result.blocking).toHaveLength(1);
      expect(result.blocking[0]).toMatch(/^MEDIUM\/FIRM SANDBOX_JS_CHECK main[\\/]window\.ts:\d+/);
    },
    SCAN_TIMEOUT,
  );

  it(
    'blocks on a HIGH finding (context isolation off) and on an unreviewed openExternal',
    async () => {
      const isolation = await scanElectronSources(
        shellCopy('no-isolation', {
          file: 'main/window.ts',
          from: 'contextIsolation: true',
          to: 'contextIsolation: false',
        }),
      );
      expect(isolation.blocking.join('\n')).toMatch(/HIGH\/FIRM CONTEXT_ISOLATION_JS_CHECK/);

      const external = await scanElectronSources(
        shellCopy('open-external', {
          file: 'main/security.ts',
          from: ' // eng-disable OPEN_EXTERNAL_JS_CHECK',
          to: '',
        }),
      );
      expect(external.blocking.join('\n')).toMatch(/MEDIUM\/TENTATIVE OPEN_EXTERNAL_JS_CHECK/);
    },
    SCAN_TIMEOUT,
  );

  it('judges the served CSP with the scanner’s own evaluator', () => {
    expect(evaluateOwnCsp().blocking).toEqual([]);
    expect(
      evaluateOwnCsp("default-src 'self'; script-src 'self' 'unsafe-inline'").blocking.join('\n'),
    ).toMatch(/unsafe-inline/);
    expect(evaluateOwnCsp("default-src 'self'; script-src 'self'").blocking).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/object-src 'none'/),
        expect.stringMatching(/base-uri 'none'/),
      ]),
    );
  });
});
